package org.massline.meeting.steps;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.MeetingKind;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Report;
import org.massline.meeting.MeetingRepository.ReportSections;
import org.massline.meeting.MeetingRepository.ReportVersion;
import org.massline.meeting.ProblemSource;
import org.massline.meeting.ReportSection;
import org.massline.meeting.ReportTexts;
import org.massline.meeting.Wind;
import org.massline.organization.CategoryGuidanceDecision;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code draftReport} (撰写对照检查材料): a report's draft, every draft a new version; a revision
 * starts from the last draft and must change something (照搬照抄 is what review rejects). While
 * drafting, the author adds the problems they find (查摆问题) of the report's subject — themselves, or
 * for the group report the group — to the meeting's problem list, each once.
 */
@Component(MeetingProcess.DRAFT_REPORT)
public class DraftReport extends Step<DraftReport.Values> {

  /** The report's sections, as {@link ReportSections} names them, and the problems found while drafting. */
  public record Values(String formalism, String bureaucratism, String hedonism, String extravagance,
      String publicExpenses, String positionConsumption, String giftsAndFavours, String officialCars,
      String officeAndHousing, String familyEmployment, String causeIdeals, String causePurpose,
      String causePartySpirit, String causeDiscipline, String measures, String politicalRules,
      String rectificationProgress, List<FoundProblem> problemsFound) {
    public Values {
      problemsFound = listOrEmpty(problemsFound);
    }

    ReportSections sections() {
      return new ReportSections(formalism, bureaucratism, hedonism, extravagance, publicExpenses, positionConsumption,
          giftsAndFavours, officialCars, officeAndHousing, familyEmployment, causeIdeals, causePurpose,
          causePartySpirit, causeDiscipline, measures, politicalRules, rectificationProgress);
    }
  }

  /** A problem of the report's subject the author found while drafting. */
  public record FoundProblem(Wind wind, ProblemSource source, String description) {
  }

  private final MeetingRepository repository;
  private final ReportTexts texts;
  private final CategoryGuidanceDecision categories;

  public DraftReport(MeetingRepository repository, ReportTexts texts, CategoryGuidanceDecision categories) {
    this.repository = repository;
    this.texts = texts;
    this.categories = categories;
  }

  /** What the unit's category is to check against, the problems to address, earlier reviews, the last draft. */
  @Override
  protected void show(DelegateTask task) {
    Report report = repository.findReport(MeetingProcess.REPORT_ID.from(task));
    List<ReportVersion> versions = repository.findReportVersions(report.id());
    StringBuilder context = new StringBuilder(texts.title(report)).append(versions.isEmpty() ? "：初稿"
        : "：第 " + (versions.size() + 1) + " 稿（根据审核意见修改）");
    context.append("\n\n").append(categories.ofUnit(MeetingProcess.UNIT_ID.from(task)).brief());
    context.append("\n\n问题清单中").append(report.isGroupReport() ? "班子" : "本人").append("的问题：");
    String subject = subjectOf(report);
    repository.findProblems(report.meetingId()).stream()
        .filter(p -> Objects.equals(p.subjectId(), subject))
        .forEach(p -> context.append("\n· [").append(p.wind().label()).append("·").append(p.source().label())
            .append("] ").append(p.description()));
    texts.appendReviews(context, repository.findReviews(report.id()));
    boolean annual = annual(report);
    if (annual) {
      context.append("\n\n年度民主生活会主题：深入学习贯彻习近平总书记系列重要讲话精神，严格党内生活，严守党的纪律，深化作风建设。")
          .append("须写明“严明党的政治纪律和政治规矩”和“落实中央八项规定精神、持续抓好整改”两部分。");
    }
    task.setVariableLocal(PrepareMeeting.ANNUAL, annual);
    task.setVariableLocal("draftContext", context.toString());
    if (!versions.isEmpty()) {
      // a revision starts from the last draft; nothing written is lost
      ReportSection.toMap(versions.get(versions.size() - 1).sections()).forEach(task::setVariableLocal);
    }
    task.setName((versions.isEmpty() ? "撰写" : "修改") + texts.title(report));
  }

  /** Whose problems the report is about: the author's own, or for the group report the group's (null). */
  private static String subjectOf(Report report) {
    return report.isGroupReport() ? null : report.authorId();
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    ReportSections draft = values.sections();
    long reportId = submission.variable(MeetingProcess.REPORT_ID);
    if (annual(repository.findReport(reportId))) {
      for (ReportSection section : ReportSection.values()) {
        if (section.annual() && Checks.length(section.textOf(draft)) < 20) {
          problems.add("年度民主生活会对照检查材料须写“" + section.heading().substring(section.heading().indexOf("—— ") + 3)
              + "”（至少 20 字）");
        }
      }
    }
    repository.findLatestReportVersion(reportId).map(ReportVersion::sections).ifPresent(previous -> {
      if (previous.equals(draft)) {
        problems.add("修改稿与上一稿完全相同，请根据审核意见修改后再提交");
      }
    });
  }

  private boolean annual(Report report) {
    return repository.findMeeting(report.meetingId()).orElseThrow().kind() == MeetingKind.ANNUAL;
  }

  /** The draft as a new version; the problems found join the meeting's list, each once. */
  @Override
  protected void complete(Values values, DelegateTask task) {
    Report report = repository.findReport(MeetingProcess.REPORT_ID.from(task));
    repository.insertReportVersion(report.id(), values.sections(), Actor.of(task));
    for (FoundProblem p : values.problemsFound()) {
      repository.addProblemOnce(report.meetingId(), subjectOf(report), p.wind(), p.source(), p.description().trim());
    }
  }
}
