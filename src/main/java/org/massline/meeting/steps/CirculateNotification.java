package org.massline.meeting.steps;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.app.Clock;
import org.massline.forms.Step;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Notification;
import org.massline.meeting.MeetingSettings;
import org.massline.meeting.MeetingStatus;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code circulateNotification} (审定并在规定范围内通报): the principal edits the generated notification
 * and circulates it within a scope; the final text is kept beside the draft.
 */
@Component(MeetingProcess.CIRCULATE_NOTIFICATION)
public class CirculateNotification extends Step<CirculateNotification.Values> {

  public record Values(String notificationText, String scope) {
  }

  private final MeetingRepository repository;
  private final MeetingSettings settings;
  private final PersonNames names;

  public CirculateNotification(MeetingRepository repository, MeetingSettings settings, PersonNames names) {
    this.repository = repository;
    this.settings = settings;
    this.names = names;
  }

  /** The generated draft, to edit, and the scopes to choose from. */
  @Override
  protected void show(DelegateTask task) {
    List<Notification> versions = repository.findNotifications(MeetingProcess.MEETING_ID.from(task));
    Notification last = versions.get(versions.size() - 1);
    task.setVariableLocal("notificationText", last.content());
    if (last.returnReasons() != null) {
      task.setVariableLocal("returnContext", "上级党组织" + names.name(last.returnedBy()) + "同志退回修改（"
          + Clock.toLocalDate(last.returnedAt()) + "）：" + last.returnReasons());
    }
    task.setVariableLocal("scopeOptions", org.massline.forms.Values.json(settings.getNotificationScopes().stream()
        .map(s -> PersonNames.option(s, s)).toList()));
    task.setVariableLocal("scope", settings.getNotificationScopes().get(0));
  }

  /** The final text, as a new version, circulated within the scope. */
  @Override
  protected void complete(Values circulation, DelegateTask task) {
    long meetingId = MeetingProcess.MEETING_ID.from(task);
    repository.circulateNotification(meetingId, circulation.notificationText(), circulation.scope(), Actor.of(task));
    repository.updateStatus(meetingId, MeetingStatus.NOTIFIED);
  }
}
