package org.massline.meeting.steps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.MeetingKind;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Participant;
import org.massline.meeting.MeetingRepository.Preparation;
import org.massline.meeting.MeetingStatus;
import org.massline.meeting.ProblemsFound;
import org.massline.meeting.ProblemsFound.FoundProblem;
import org.massline.meeting.PreparationDefect;
import org.massline.meeting.ProblemSource;
import org.massline.meeting.Wind;
import org.massline.organization.CategoryGuidanceDecision;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code prepareMeeting} (会前准备): the study record, the opinions heard, and the problems found
 * (查摆问题) for the group and for each member — the list must cover every one of them.
 */
@Component(MeetingProcess.PREPARE_MEETING)
public class PrepareMeeting extends Step<PrepareMeeting.Values> {

  /** The subject value that stands for the whole leadership group in the problem list. */
  public static final String GROUP = "group";
  /** Shown to the form: whether the annual meeting's fields are asked for. */
  static final String ANNUAL = "annual";

  /** {@code plan} and {@code rectificationReport}: written for an annual meeting (DOMAIN §6), else left out. */
  public record Values(LocalDate studyDate, BigDecimal studyHours, String studyTopics, String studyAttendance,
      int opinionCount, List<String> opinionChannels, String opinionSummary, String plan, String rectificationReport,
      List<Problem> problems) {
    public Values {
      opinionChannels = listOrEmpty(opinionChannels);
      problems = listOrEmpty(problems);
    }
  }

  /** One line of the problem list: whose ({@link #GROUP} or a member's id), which wind, from whom. */
  public record Problem(String subject, Wind wind, ProblemSource source, String description) {
  }

  private final MeetingRepository repository;
  private final PersonNames names;
  private final CategoryGuidanceDecision categories;

  private final List<ProblemsFound> found;

  public PrepareMeeting(MeetingRepository repository, PersonNames names, CategoryGuidanceDecision categories,
      List<ProblemsFound> found) {
    this.repository = repository;
    this.names = names;
    this.categories = categories;
    this.found = found;
  }

  /**
   * Whom a problem can concern, what the unit's category is to check against, and after a return
   * the supervision group's reasons with the last preparation to start from.
   */
  @Override
  protected void show(DelegateTask task) {
    long meetingId = MeetingProcess.MEETING_ID.from(task);
    List<Participant> participants = repository.findParticipants(meetingId);
    List<Map<String, Object>> subjects = new ArrayList<>();
    subjects.add(PersonNames.option("领导班子", GROUP));
    participants.forEach(p -> subjects.add(PersonNames.option(names.name(p.personId()), p.personId())));
    task.setVariableLocal("subjectOptions", org.massline.forms.Values.json(subjects));
    StringBuilder context = new StringBuilder();
    repository.findPreparationReviews(meetingId).stream().reduce((first, last) -> last).filter(r -> !r.passed())
        .ifPresent(r -> {
          context.append("督导组退回了上一次会前准备：").append(Arrays.stream(r.defects().split(","))
              .map(d -> PreparationDefect.valueOf(d).label()).collect(Collectors.joining("、"))).append("。")
              .append(r.comment()).append("\n\n");
          showLastPreparation(task, meetingId);
        });
    if (repository.findPreparations(meetingId).isEmpty()) {
      showProblemsFound(task);
    }
    task.setVariableLocal(ANNUAL, annual(meetingId));
    task.setVariableLocal("groupContext", context.append("班子成员：").append(String.join("、", participants.stream()
        .map(Participant::personId).map(names::name).toList())).append("。问题清单须覆盖班子和每一位成员。\n")
        .append(categories.ofUnit(MeetingProcess.UNIT_ID.from(task)).brief()).toString());
  }

  /** The first preparation starts from the problems the unit found before (its campaign's list), raised by the masses. */
  private void showProblemsFound(DelegateTask task) {
    List<FoundProblem> problems = ProblemsFound.all(found, MeetingProcess.UNIT_ID.from(task));
    if (!problems.isEmpty()) {
      task.setVariableLocal("problems", org.massline.forms.Values.json(problems.stream()
          .map(p -> Map.of("subject", GROUP, "wind", p.wind().name(), "source", ProblemSource.MASSES.name(),
              "description", p.description())).toList()));
    }
  }

  private boolean annual(long meetingId) {
    return repository.findMeeting(meetingId).orElseThrow().kind() == MeetingKind.ANNUAL;
  }

  /** A returned preparation is redone from what was written: nothing is lost. */
  private void showLastPreparation(DelegateTask task, long meetingId) {
    List<Preparation> preparations = repository.findPreparations(meetingId);
    Preparation last = preparations.get(preparations.size() - 1);
    task.setVariableLocal("studyDate", last.studyDate().toString());
    task.setVariableLocal("studyHours", last.studyHours().doubleValue());
    task.setVariableLocal("studyTopics", last.studyTopics());
    task.setVariableLocal("studyAttendance", last.studyAttendance());
    task.setVariableLocal("opinionCount", last.opinionCount());
    task.setVariableLocal("opinionChannels", org.massline.forms.Values.json(List.of(last.opinionChannels().split(","))));
    task.setVariableLocal("opinionSummary", last.opinionSummary());
    task.setVariableLocal("plan", last.plan());
    task.setVariableLocal("rectificationReport", last.rectificationReport());
    task.setVariableLocal("problems", org.massline.forms.Values.json(repository.findProblems(meetingId).stream()
        .map(p -> Map.of("subject", p.subjectId() == null ? GROUP : p.subjectId(), "wind", p.wind().name(),
            "source", p.source().name(), "description", p.description())).toList()));
  }

  @Override
  protected void check(Values preparation, Submission submission, Problems problems) {
    Checks.notInFuture(preparation.studyDate(), "集中学习日期", problems);
    if (annual(submission.variable(MeetingProcess.MEETING_ID))) {
      if (Checks.length(preparation.plan()) < 20) {
        problems.add("年度民主生活会须填写“会议方案”（至少 20 字）");
      }
      if (Checks.length(preparation.rectificationReport()) < 20) {
        problems.add("年度民主生活会须填写“整改落实情况报告”（至少 20 字）");
      }
    }
    Set<String> subjects = new HashSet<>();
    preparation.problems().forEach(p -> subjects.add(p.subject()));
    if (!subjects.contains(GROUP)) {
      problems.add("问题清单中还没有班子的问题");
    }
    long meetingId = submission.variable(MeetingProcess.MEETING_ID);
    for (Participant p : repository.findParticipants(meetingId)) {
      if (!subjects.contains(p.personId())) {
        problems.add("问题清单中还没有" + names.name(p.personId()) + "同志的问题");
      }
    }
  }

  @Override
  protected void complete(Values preparation, DelegateTask task) {
    long meetingId = MeetingProcess.MEETING_ID.from(task);
    long preparationId = repository.insertPreparation(meetingId, preparation.studyDate(), preparation.studyHours(),
        preparation.studyTopics(), preparation.studyAttendance(), preparation.opinionCount(),
        String.join(",", preparation.opinionChannels()), preparation.opinionSummary(),
        Checks.blankToNull(preparation.plan()), Checks.blankToNull(preparation.rectificationReport()), Actor.of(task));
    for (Problem p : preparation.problems()) {
      repository.insertProblem(meetingId, preparationId, GROUP.equals(p.subject()) ? null : p.subject(), p.wind(),
          p.source(), p.description());
    }
    repository.updateStatus(meetingId, MeetingStatus.PREPARATION_REVIEW);
  }
}
