package org.massline.meeting.steps;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Notification;
import org.massline.meeting.MeetingRepository.NotificationReader;
import org.massline.organization.PersonNames;
import org.springframework.stereotype.Component;

/**
 * {@code readNotification} (阅知会议情况通报): each person the circulated scope reaches reads the signed
 * notification and acknowledges it; who and when are kept beside the notification.
 */
@Component(MeetingProcess.READ_NOTIFICATION)
public class ReadNotification extends Step<ReadNotification.Values> {

  public record Values(boolean read, String remark) {
  }

  private final MeetingRepository repository;
  private final PersonNames names;

  public ReadNotification(MeetingRepository repository, PersonNames names) {
    this.repository = repository;
    this.names = names;
  }

  /** The signed text, who circulated it within which scope, and as whom it reaches the reader. */
  @Override
  protected void show(DelegateTask task) {
    Notification signed = signed(task);
    String reader = MeetingProcess.READER.from(task);
    String reachedAs = repository.findReadersOf(signed.id()).stream().filter(r -> r.personId().equals(reader))
        .map(NotificationReader::reachedAs).findFirst().orElse("");
    task.setVariableLocal("notificationText", signed.content());
    task.setVariableLocal("circulation", "通报范围：" + signed.scope() + "；通报人：" + names.name(signed.circulatedBy())
        + "；上级党组织" + names.name(signed.acknowledgedBy()) + "同志已签收。您作为" + reachedAs + "阅知。");
    task.setName("阅知会议情况通报");
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    if (!values.read()) {
      problems.add("请阅读通报全文后勾选“我已阅读通报全文，知悉会议情况”");
    }
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    repository.acknowledgeReading(signed(task).id(), MeetingProcess.READER.from(task),
        Checks.blankToNull(values.remark()));
  }

  private Notification signed(DelegateTask task) {
    return repository.findCirculatedNotification(MeetingProcess.MEETING_ID.from(task)).orElseThrow();
  }
}
