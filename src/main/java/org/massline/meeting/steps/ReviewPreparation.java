package org.massline.meeting.steps;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Preparation;
import org.massline.meeting.MeetingStatus;
import org.massline.meeting.PreparationDefect;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code reviewPreparation} (督导组审核会前准备): before talks and reports begin, the supervision group
 * passes the preparation or returns it with the reasons (征求意见不深入、查摆问题不聚焦); a returned
 * preparation is redone, every version kept.
 */
@Component(MeetingProcess.REVIEW_PREPARATION)
public class ReviewPreparation extends Step<ReviewPreparation.Values> {

  public enum Decision {
    PASS, RETURN
  }

  public record Values(Decision decision, List<PreparationDefect> defects, String comment) {
    public Values {
      defects = listOrEmpty(defects);
    }
  }

  private final MeetingRepository repository;
  private final MeetingPeople people;

  public ReviewPreparation(MeetingRepository repository, MeetingPeople people) {
    this.repository = repository;
    this.people = people;
  }

  /** The preparation as submitted, its problem list by whom it concerns. */
  @Override
  protected void show(DelegateTask task) {
    long meetingId = MeetingProcess.MEETING_ID.from(task);
    Preparation p = latest(meetingId);
    StringBuilder context = new StringBuilder("集中学习：").append(p.studyDate()).append("，")
        .append(p.studyHours().stripTrailingZeros().toPlainString()).append(" 小时；").append(p.studyTopics())
        .append("\n出勤：").append(p.studyAttendance())
        .append("\n征求意见 ").append(p.opinionCount()).append(" 条：").append(p.opinionSummary())
        .append("\n\n问题清单：");
    repository.findProblems(meetingId).forEach(problem -> context.append("\n· ")
        .append(problem.subjectId() == null ? "领导班子" : people.name(problem.subjectId())).append(" [")
        .append(problem.wind().label()).append("] ").append(problem.description()));
    task.setVariableLocal("preparationContext", context.toString());
    repository.updateStatus(meetingId, MeetingStatus.PREPARATION_REVIEW);
  }

  @Override
  protected void check(Values review, Submission submission, Problems problems) {
    if (review.decision() == Decision.RETURN) {
      if (review.defects().isEmpty()) {
        problems.add("退回时请选择存在的问题");
      }
      if (Checks.length(review.comment()) < 10) {
        problems.add("退回时请写明具体意见（至少 10 字）");
      }
    }
  }

  @Override
  protected void complete(Values review, DelegateTask task) {
    long meetingId = MeetingProcess.MEETING_ID.from(task);
    boolean passed = review.decision() == Decision.PASS;
    repository.insertPreparationReview(meetingId, latest(meetingId).id(), Actor.of(task), passed,
        review.defects().stream().map(Enum::name).collect(Collectors.joining(",")), Checks.blankToNull(review.comment()));
    MeetingProcess.PREPARATION_PASSED.set(task, passed);
    repository.updateStatus(meetingId, passed ? MeetingStatus.TALKS_AND_REPORTS : MeetingStatus.PREPARING);
  }

  private Preparation latest(long meetingId) {
    List<Preparation> preparations = repository.findPreparations(meetingId);
    return preparations.get(preparations.size() - 1);
  }
}
