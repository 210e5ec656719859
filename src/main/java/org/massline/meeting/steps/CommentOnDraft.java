package org.massline.meeting.steps;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Step;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Report;
import org.massline.meeting.ReportTexts;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/** {@code commentOnDraft} (对班子对照检查材料提出意见): each other member's opinion on the group report's first draft. */
@Component(MeetingProcess.COMMENT_ON_DRAFT)
public class CommentOnDraft extends Step<CommentOnDraft.Values> {

  public record Values(String comment) {
  }

  private final MeetingRepository repository;
  private final ReportTexts texts;

  public CommentOnDraft(MeetingRepository repository, ReportTexts texts) {
    this.repository = repository;
    this.texts = texts;
  }

  @Override
  protected void show(DelegateTask task) {
    Report report = repository.findReport(MeetingProcess.REPORT_ID.from(task));
    texts.showLatest(task, report);
    task.setName("对" + texts.title(report) + "提出意见");
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    repository.insertReportComment(MeetingProcess.REPORT_ID.from(task), Actor.of(task), values.comment());
  }
}
