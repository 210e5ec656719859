package org.massline.meeting.steps;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.NotificationReader;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code acknowledgeNotification} (上级党组织签收会议情况报告): the superior signs for the circulated
 * notification, or sends it back with the reasons for the principal to revise.
 */
@Component(MeetingProcess.ACKNOWLEDGE_NOTIFICATION)
public class AcknowledgeNotification extends Step<AcknowledgeNotification.Values> {

  public enum Decision {
    ACKNOWLEDGE, SEND_BACK
  }

  public record Values(Decision decision, String acknowledgement) {
  }

  private final MeetingRepository repository;
  private final PersonNames names;

  public AcknowledgeNotification(MeetingRepository repository, PersonNames names) {
    this.repository = repository;
    this.names = names;
  }

  @Override
  protected void show(DelegateTask task) {
    repository.findCirculatedNotification(MeetingProcess.MEETING_ID.from(task)).ifPresent(n -> {
      task.setVariableLocal("notificationText", n.content());
      List<String> readers = repository.findReadersOf(n.id()).stream().map(NotificationReader::personId)
          .map(names::name).toList();
      task.setVariableLocal("circulation", "通报范围：" + n.scope() + "；通报人：" + names.name(n.circulatedBy())
          + (readers.isEmpty() ? "" : "；签收后送" + String.join("、", readers) + "同志阅知（" + readers.size() + " 人）"));
    });
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    if (values.decision() == Decision.SEND_BACK && Checks.length(values.acknowledgement()) < 10) {
      problems.add("退回修改时请在“批示或意见”中写明要修改的地方（至少 10 字）");
    }
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    long meetingId = MeetingProcess.MEETING_ID.from(task);
    boolean acknowledged = values.decision() == Decision.ACKNOWLEDGE;
    if (acknowledged) {
      repository.acknowledgeNotification(meetingId, Actor.of(task), Checks.blankToNull(values.acknowledgement()));
    } else {
      repository.returnNotification(meetingId, Actor.of(task), values.acknowledgement());
    }
    MeetingProcess.NOTIFICATION_ACKNOWLEDGED.set(task, acknowledged);
  }
}
