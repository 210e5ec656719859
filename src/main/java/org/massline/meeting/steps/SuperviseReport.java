package org.massline.meeting.steps;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.ReportVersion;
import org.massline.meeting.ReportTexts;
import org.massline.meeting.ReviewReason;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code superviseReport} (督导组提出审核意见): the superior organization reviews strictly "with the
 * supervision group" (DOMAIN §4): the group gives its opinion on each draft first, the superior then
 * decides ({@link ReviewReport}) with the opinion beside the draft. Both are kept.
 */
@Component(MeetingProcess.SUPERVISE_REPORT)
public class SuperviseReport extends Step<ReviewReport.Values> {

  private final MeetingRepository repository;
  private final ReportTexts texts;
  private final PersonNames names;

  public SuperviseReport(MeetingRepository repository, ReportTexts texts, PersonNames names) {
    this.repository = repository;
    this.texts = texts;
    this.names = names;
  }

  @Override
  protected void show(DelegateTask task) {
    task.setName("督导组审核意见：" + ReviewReport.showForReview(task, repository, texts, names));
  }

  @Override
  protected void check(ReviewReport.Values opinion, Submission submission, Problems problems) {
    ReviewReport.checkDecision(opinion, submission, repository, problems);
  }

  @Override
  protected void complete(ReviewReport.Values opinion, DelegateTask task) {
    long reportId = MeetingProcess.REPORT_ID.from(task);
    ReportVersion latest = repository.findLatestReportVersion(reportId).orElseThrow();
    String reasons = opinion.reasons().stream().map(ReviewReason::name).collect(Collectors.joining(","));
    repository.insertSupervisionOpinion(reportId, latest.version(), Actor.of(task),
        opinion.decision() == ReviewReport.Decision.APPROVE, reasons.isEmpty() ? null : reasons,
        Checks.blankToNull(opinion.reviewComment()));
  }
}
