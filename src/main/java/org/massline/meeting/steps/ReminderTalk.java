package org.massline.meeting.steps;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Report;
import org.massline.meeting.ReportTexts;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/** {@code reminderTalk} (督导组约谈提醒): after repeated rejections, the supervision group talks with the author. */
@Component(MeetingProcess.REMINDER_TALK)
public class ReminderTalk extends Step<ReminderTalk.Values> {

  public record Values(LocalDate talkDate, String summary, String nextSteps) {
  }

  private final MeetingRepository repository;
  private final ReportTexts texts;
  private final PersonNames names;

  public ReminderTalk(MeetingRepository repository, ReportTexts texts, PersonNames names) {
    this.repository = repository;
    this.texts = texts;
    this.names = names;
  }

  /** Why the supervision group talks with the unit's principal (约谈提醒 is held with the principal, DOMAIN §5). */
  @Override
  protected void show(DelegateTask task) {
    Report report = repository.findReport(MeetingProcess.REPORT_ID.from(task));
    String principal = names.name(MeetingProcess.PRINCIPAL.from(task));
    StringBuilder context = new StringBuilder(texts.title(report)).append("已被退回 ").append(report.rejections())
        .append(" 次，请督导组约谈本单位主要负责同志").append(principal).append("同志");
    if (!report.isGroupReport() && !report.authorId().equals(MeetingProcess.PRINCIPAL.from(task))) {
      context.append("，并请材料作者").append(names.name(report.authorId())).append("同志参加");
    }
    context.append("。约谈期间材料的修改照常进行。");
    texts.appendReviews(context, repository.findReviews(report.id()));
    task.setVariableLocal("reminderContext", context.toString());
    task.setName("约谈提醒：" + principal + "（" + texts.title(report) + "退回 " + report.rejections() + " 次）");
  }

  @Override
  protected void check(Values talk, Submission submission, Problems problems) {
    Checks.notInFuture(talk.talkDate(), "谈话日期", problems);
  }

  @Override
  protected void complete(Values talk, DelegateTask task) {
    Report report = repository.findReport(MeetingProcess.REPORT_ID.from(task));
    repository.insertReminderTalk(report.id(), report.rejections(), talk.talkDate(), talk.summary(),
        Checks.blankToNull(talk.nextSteps()), Actor.of(task));
  }
}
