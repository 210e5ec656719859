package org.massline.meeting.steps;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Step;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/** {@code acknowledgeNotification} (上级党组织签收会议情况报告): the superior signs for the circulated notification. */
@Component(MeetingProcess.ACKNOWLEDGE_NOTIFICATION)
public class AcknowledgeNotification extends Step<AcknowledgeNotification.Values> {

  public record Values(boolean acknowledged, String acknowledgement) {
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
      task.setVariableLocal("circulation", "通报范围：" + n.scope() + "；通报人：" + names.name(n.circulatedBy()));
    });
  }

  @Override
  protected void complete(Values acknowledgement, DelegateTask task) {
    repository.acknowledgeNotification(MeetingProcess.MEETING_ID.from(task), Actor.of(task),
        Checks.blankToNull(acknowledgement.acknowledgement()));
  }
}
