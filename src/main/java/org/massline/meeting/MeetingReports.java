package org.massline.meeting;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Values;
import org.massline.meeting.MeetingRepository.Participant;
import org.massline.meeting.MeetingRepository.Report;
import org.massline.meeting.MeetingRepository.ReportVersion;
import org.massline.meeting.MeetingRepository.Review;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.PersonNames;
import org.massline.organization.Unit;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Self-examination reports (对照检查材料): drafting (every draft a new version), comments on the
 * group report's draft, superior review (审核把关) and the reminder talk after repeated rejection.
 */
@Component("meetingReports")
public class MeetingReports {

  static final String APPROVE = "approve";
  static final String REJECT = "reject";

  private final MeetingRepository repository;
  private final OrganizationRepository organization;
  private final PersonNames names;

  public MeetingReports(MeetingRepository repository, OrganizationRepository organization, PersonNames names) {
    this.repository = repository;
    this.organization = organization;
    this.names = names;
  }

  /** The collection of the report multi-instance. */
  public List<Long> reportIds(long meetingId) {
    return repository.findReports(meetingId).stream().map(Report::id).toList();
  }

  public String author(long reportId) {
    return repository.findReport(reportId).authorId();
  }

  /** Comments on the group report are solicited from the other members, on its first draft. */
  public boolean needsComments(long reportId) {
    Report report = repository.findReport(reportId);
    return report.isGroupReport() && repository.findReportVersions(reportId).size() == 1
        && !commenters(reportId).isEmpty();
  }

  public List<String> commenters(long reportId) {
    Report report = repository.findReport(reportId);
    return repository.findParticipants(report.meetingId()).stream().map(Participant::personId)
        .filter(p -> !p.equals(report.authorId())).toList();
  }

  public String title(Report report) {
    if (report.isGroupReport()) {
      String unitId = repository.findMeeting(report.meetingId()).orElseThrow().unitId();
      return organization.findUnit(unitId).map(Unit::name).orElse(unitId) + "领导班子对照检查材料";
    }
    return names.name(report.authorId()) + "同志个人对照检查材料";
  }

  /** {@code draftReport} create: the problems to address, earlier reviews, and the last draft to revise. */
  public void showForDrafting(DelegateTask task) {
    Report report = repository.findReport(MeetingProcess.reportId(task));
    List<ReportVersion> versions = repository.findReportVersions(report.id());
    StringBuilder context = new StringBuilder(title(report)).append(versions.isEmpty() ? "：初稿"
        : "：第 " + (versions.size() + 1) + " 稿（根据审核意见修改）");
    context.append("\n\n会前查摆的问题：");
    String subject = report.isGroupReport() ? null : report.authorId();
    repository.findProblems(report.meetingId()).stream()
        .filter(p -> java.util.Objects.equals(p.get("subject_id"), subject))
        .forEach(p -> context.append("\n· [").append(Wind.valueOf((String) p.get("wind")).label()).append("] ")
            .append(p.get("description")));
    appendReviews(context, repository.findReviews(report.id()));
    task.setVariableLocal("draftContext", context.toString());
    if (!versions.isEmpty()) {
      // a revision starts from the last draft; nothing written is lost
      ReportSection.toMap(versions.get(versions.size() - 1).sections()).forEach(task::setVariableLocal);
    }
    task.setName((versions.isEmpty() ? "撰写" : "修改") + title(report));
  }

  /** {@code draftReport} complete: the draft as a new version. */
  public void submitDraft(DelegateTask task) {
    long reportId = MeetingProcess.reportId(task);
    repository.insertReportVersion(reportId,
        ReportSection.from(key -> Values.text(task.getVariableLocal(key))), Actor.of(task));
  }

  /** {@code commentOnDraft} create. */
  public void showForComment(DelegateTask task) {
    Report report = repository.findReport(MeetingProcess.reportId(task));
    ReportVersion latest = repository.findLatestReportVersion(report.id()).orElseThrow();
    task.setVariableLocal("reportText", ReportSection.format(title(report), latest.version(), latest.sections()));
    task.setName("对" + title(report) + "提出意见");
  }

  /** {@code commentOnDraft} complete. */
  public void comment(DelegateTask task) {
    long reportId = MeetingProcess.reportId(task);
    ReportVersion latest = repository.findLatestReportVersion(reportId).orElseThrow();
    repository.insertReportComment(reportId, latest.version(), Actor.of(task),
        Values.text(task.getVariableLocal("comment")));
  }

  /** {@code reviewReport} create: the report, its comments and every earlier review. */
  public void showForReview(DelegateTask task) {
    Report report = repository.findReport(MeetingProcess.reportId(task));
    ReportVersion latest = repository.findLatestReportVersion(report.id()).orElseThrow();
    task.setVariableLocal("reportText", ReportSection.format(title(report), latest.version(), latest.sections()));
    StringBuilder history = new StringBuilder();
    List<Map<String, Object>> comments = repository.findReportComments(report.id());
    if (!comments.isEmpty()) {
      history.append("征求意见情况：");
      comments.forEach(c -> history.append("\n· ").append(names.name((String) c.get("commenter_id"))).append("：")
          .append(c.get("content")));
      history.append("\n\n");
    }
    List<Review> reviews = repository.findReviews(report.id());
    if (reviews.isEmpty()) {
      history.append("此前没有审核记录。");
    } else {
      appendReviews(history, reviews);
    }
    task.setVariableLocal("reviewHistory", history.toString().trim());
    task.setName("审核" + title(report) + "（第 " + latest.version() + " 稿）");
  }

  /** {@code reviewReport} complete: the decision, and the variables the BPMN routes on. */
  public void review(DelegateTask task) {
    long reportId = MeetingProcess.reportId(task);
    ReportVersion latest = repository.findLatestReportVersion(reportId).orElseThrow();
    boolean approved = APPROVE.equals(Values.text(task.getVariableLocal("decision")));
    String reasons = String.join(",", Values.strings(task.getVariableLocal("reasons")));
    repository.insertReview(reportId, latest.version(), Actor.of(task), approved, reasons.isEmpty() ? null : reasons,
        MeetingTalks.blankToNull(Values.text(task.getVariableLocal("reviewComment"))));
    int rejections;
    if (approved) {
      repository.updateReportStatus(reportId, "APPROVED");
      rejections = repository.findReport(reportId).rejections();
    } else {
      rejections = repository.incrementRejections(reportId);
    }
    task.getExecution().setVariable(MeetingProcess.REPORT_APPROVED, approved);
    task.getExecution().setVariable(MeetingProcess.REJECTIONS, rejections);
  }

  /** {@code reminderTalk} create: why the supervision group talks with the author. */
  public void showForReminderTalk(DelegateTask task) {
    Report report = repository.findReport(MeetingProcess.reportId(task));
    StringBuilder context = new StringBuilder(title(report)).append("已被退回 ").append(report.rejections())
        .append(" 次，请督导组对").append(names.name(report.authorId())).append("同志进行约谈提醒。");
    appendReviews(context, repository.findReviews(report.id()));
    task.setVariableLocal("reminderContext", context.toString());
    task.setName("约谈提醒：" + names.name(report.authorId()) + "（材料退回 " + report.rejections() + " 次）");
  }

  /** {@code reminderTalk} complete. */
  public void recordReminderTalk(DelegateTask task) {
    Report report = repository.findReport(MeetingProcess.reportId(task));
    repository.insertReminderTalk(report.id(), report.rejections(),
        java.time.LocalDate.parse(Values.text(task.getVariableLocal("talkDate"))),
        Values.text(task.getVariableLocal("summary")),
        MeetingTalks.blankToNull(Values.text(task.getVariableLocal("nextSteps"))), Actor.of(task));
  }

  private void appendReviews(StringBuilder text, List<Review> reviews) {
    for (Review r : reviews) {
      text.append("\n\n第 ").append(r.version()).append(" 稿审核：").append(r.approved() ? "通过" : "退回修改")
          .append("（").append(names.name(r.reviewerId())).append("，").append(r.reviewedAt().toLocalDateTime().toLocalDate())
          .append("）");
      if (r.reasons() != null) {
        text.append("\n退回理由：").append(Arrays.stream(r.reasons().split(","))
            .map(code -> ReviewReason.valueOf(code).label()).collect(Collectors.joining("；")));
      }
      if (r.comment() != null) {
        text.append("\n审核意见：").append(r.comment());
      }
    }
  }
}
