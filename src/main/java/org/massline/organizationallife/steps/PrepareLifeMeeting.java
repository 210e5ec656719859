package org.massline.organizationallife.steps;

import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.LIFE_MEETING_ID;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.ProblemsFound;
import org.massline.meeting.ProblemsFound.FoundProblem;
import org.massline.meeting.Wind;
import org.massline.organization.CategoryGuidance;
import org.massline.organization.CategoryGuidanceDecision;
import org.massline.organization.SelfExamination;
import org.massline.organizationallife.LifeMeetingRepository;
import org.massline.organizationallife.LifeMeetingStatus;
import org.massline.organizationallife.OrganizationalLifeMeetingProcess;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code prepareLifeMeeting} (会前准备): the branch's study, its talks and the opinions heard, and
 * the party organization's own self-examination with the problems it found (村、社区党组织要进行对照检查).
 */
@Component(OrganizationalLifeMeetingProcess.PREPARE_LIFE_MEETING)
public class PrepareLifeMeeting extends Step<PrepareLifeMeeting.Values> {

  public record Values(LocalDate studyDate, BigDecimal studyHours, String studyTopics, String studyAttendance,
      int talkCount, int opinionCount, String opinionSummary, String branchExamination, List<Problem> problems) {
    public Values {
      problems = listOrEmpty(problems);
    }
  }

  /** One problem of the branch, with its wind. */
  public record Problem(Wind wind, String description) {
  }

  private final LifeMeetingRepository lifeMeetings;
  private final Branch branch;
  private final CategoryGuidanceDecision categories;

  private final List<ProblemsFound> found;

  public PrepareLifeMeeting(LifeMeetingRepository lifeMeetings, Branch branch, CategoryGuidanceDecision categories,
      List<ProblemsFound> found) {
    this.lifeMeetings = lifeMeetings;
    this.branch = branch;
    this.categories = categories;
    this.found = found;
  }

  /** The branch, what its category is to check against, and whether its members write. */
  @Override
  protected void show(DelegateTask task) {
    long id = LIFE_MEETING_ID.from(task);
    CategoryGuidance guidance = categories.ofUnit(OrganizationalLifeMeetingProcess.UNIT_ID.from(task));
    task.setVariableLocal("branchContext", branch.describe(id) + "\n" + guidance.brief() + "\n对照检查材料："
        + (guidance.selfExamination() == SelfExamination.OPTIONAL ? "可不撰写书面材料，在支部委员会和党员大会上对照检查"
            : "每名党员撰写简要对照检查材料"));
    // the branch's problem list starts from what it found before (its campaign's list)
    List<FoundProblem> problems = ProblemsFound.all(found, OrganizationalLifeMeetingProcess.UNIT_ID.from(task));
    if (!problems.isEmpty()) {
      task.setVariableLocal("problems", org.massline.forms.Values.json(problems.stream()
          .map(p -> Map.of("wind", p.wind().name(), "description", p.description())).toList()));
    }
  }

  @Override
  protected void check(Values preparation, Submission submission, Problems problems) {
    Checks.notInFuture(preparation.studyDate(), "集中学习日期", problems);
    if (preparation.problems().isEmpty()) {
      problems.add("问题清单中还没有问题：请至少列出支部查摆出的一个问题");
    }
  }

  @Override
  protected void complete(Values p, DelegateTask task) {
    long id = LIFE_MEETING_ID.from(task);
    long preparationId = lifeMeetings.insertPreparation(id, p.studyDate(), p.studyHours(), p.studyTopics(),
        p.studyAttendance(), p.talkCount(), p.opinionCount(), p.opinionSummary(), p.branchExamination(),
        Actor.of(task));
    p.problems().forEach(problem -> lifeMeetings.insertProblem(id, preparationId, problem.wind(), problem.description()));
    lifeMeetings.updateStatus(id, Boolean.TRUE.equals(OrganizationalLifeMeetingProcess.WRITES_SELF_EXAMINATION.from(task))
        ? LifeMeetingStatus.SELF_EXAMINATION : LifeMeetingStatus.COMMITTEE_MEETING);
  }
}
