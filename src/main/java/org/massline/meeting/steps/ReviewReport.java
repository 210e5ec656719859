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
import org.massline.meeting.MeetingRepository.Report;
import org.massline.meeting.MeetingRepository.ReportComment;
import org.massline.meeting.MeetingRepository.ReportVersion;
import org.massline.meeting.MeetingRepository.Review;
import org.massline.meeting.ReportStatus;
import org.massline.meeting.ReportTexts;
import org.massline.meeting.ReviewReason;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code reviewReport} (上级党组织审核把关): the superior approves a report or sends it back with
 * reasons (the three defects and the six no-passes) and what to change; never their own report.
 * Sets the variables the BPMN routes on: approved, and how often the report was sent back.
 */
@Component(MeetingProcess.REVIEW_REPORT)
public class ReviewReport extends Step<ReviewReport.Values> {

  public enum Decision {
    @JsonProperty("approve") APPROVE,
    @JsonProperty("reject") REJECT
  }

  public record Values(Decision decision, List<ReviewReason> reasons, String reviewComment) {
    public Values {
      reasons = listOrEmpty(reasons);
    }
  }

  private final MeetingRepository repository;
  private final ReportTexts texts;
  private final PersonNames names;

  public ReviewReport(MeetingRepository repository, ReportTexts texts, PersonNames names) {
    this.repository = repository;
    this.texts = texts;
    this.names = names;
  }

  /** The report, its comments, the supervision group's opinions, every earlier review, what to compare it with. */
  @Override
  protected void show(DelegateTask task) {
    task.setName("审核" + showForReview(task, repository, texts, names));
  }

  /**
   * What both the supervision group and the superior read beside a draft; returns the draft's name
   * for the task's title.
   */
  static String showForReview(DelegateTask task, MeetingRepository repository, ReportTexts texts, PersonNames names) {
    Report report = repository.findReport(MeetingProcess.REPORT_ID.from(task));
    ReportVersion latest = texts.showLatest(task, report);
    StringBuilder history = new StringBuilder();
    List<ReportComment> comments = repository.findReportComments(report.id());
    if (!comments.isEmpty()) {
      history.append("征求意见情况：");
      comments.forEach(c -> history.append("\n· ").append(names.name(c.commenterId())).append("：")
          .append(c.content()));
      history.append("\n\n");
    }
    List<Review> reviews = repository.findReviews(report.id());
    texts.appendOpinions(history, repository.findSupervisionOpinions(report.id()));
    if (reviews.isEmpty()) {
      history.append("\n\n此前没有上级党组织的审核记录。");
    } else {
      texts.appendReviews(history, reviews);
    }
    task.setVariableLocal("reviewHistory", history.toString().trim());
    task.setVariableLocal("comparison", texts.comparison(report, latest));
    return texts.title(report) + "（第 " + latest.version() + " 稿）";
  }

  @Override
  protected void check(Values review, Submission submission, Problems problems) {
    checkDecision(review, submission, repository, problems);
  }

  /** Nobody reviews their own report; a return gives its reasons and what to change. */
  static void checkDecision(Values review, Submission submission, MeetingRepository repository, Problems problems) {
    Report report = repository.findReport(submission.variable(MeetingProcess.REPORT_ID));
    if (submission.userId() != null && submission.userId().equals(report.authorId())) {
      problems.add("不能审核本人撰写的对照检查材料");
    }
    if (review.decision() == Decision.REJECT) {
      if (review.reasons().isEmpty()) {
        problems.add("退回修改时，请至少勾选一项退回理由");
      }
      if (Checks.length(review.reviewComment()) < 10) {
        problems.add("退回修改时，请写明具体修改要求（至少 10 个字）");
      }
    } else if (!review.reasons().isEmpty()) {
      problems.add("审核通过时不应勾选退回理由");
    }
  }

  /** The decision, and the variables the BPMN routes on. */
  @Override
  protected void complete(Values review, DelegateTask task) {
    long reportId = MeetingProcess.REPORT_ID.from(task);
    boolean approved = review.decision() == Decision.APPROVE;
    String reasons = review.reasons().stream().map(ReviewReason::name).collect(Collectors.joining(","));
    repository.insertReview(reportId, Actor.of(task), approved, reasons.isEmpty() ? null : reasons,
        Checks.blankToNull(review.reviewComment()));
    int rejections;
    if (approved) {
      repository.updateReportStatus(reportId, ReportStatus.APPROVED);
      rejections = repository.findReport(reportId).rejections();
    } else {
      rejections = repository.incrementRejections(reportId);
    }
    // the report's own scope (the task runs in the report's subprocess): each report routes on its own review
    MeetingProcess.REPORT_APPROVED.setLocal(task.getExecution(), approved);
    MeetingProcess.REJECTIONS.setLocal(task.getExecution(), rejections);
  }
}
