package org.massline.meeting.steps;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.app.Clock;
import org.massline.forms.Step;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingNotifications;
import org.massline.meeting.MeetingRepository.Notification;
import org.massline.meeting.MeetingSettings;
import org.massline.meeting.NotificationScope;
import org.massline.meeting.MeetingStatus;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code circulateNotification} (审定并在规定范围内通报): the principal edits the generated notification
 * and circulates it within a scope (a {@link NotificationScope}'s name); the final text is kept beside the
 * draft, and the people the scope reaches beside the text.
 */
@Component(MeetingProcess.CIRCULATE_NOTIFICATION)
public class CirculateNotification extends Step<CirculateNotification.Values> {

  public record Values(String notificationText, String scope) {
  }

  private final MeetingRepository repository;
  private final MeetingSettings settings;
  private final PersonNames names;
  private final MeetingNotifications notifications;

  public CirculateNotification(MeetingRepository repository, MeetingSettings settings, PersonNames names,
      MeetingNotifications notifications) {
    this.repository = repository;
    this.settings = settings;
    this.names = names;
    this.notifications = notifications;
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
        .map(s -> PersonNames.option(s.label(), s.name())).toList()));
    task.setVariableLocal("scope", settings.getNotificationScopes().get(0).name());
    // whom each scope reaches, by name: they read and acknowledge it once the superior has signed
    StringBuilder reach = new StringBuilder();
    String principal = MeetingProcess.PRINCIPAL.from(task);
    for (NotificationScope scope : settings.getNotificationScopes()) {
      List<String> readers = List.copyOf(notifications.reach(last.meetingId(), scope, principal).keySet());
      reach.append(reach.isEmpty() ? "" : "\n").append(scope.label()).append("：")
          .append(readers.isEmpty() ? "无其他阅知人" : String.join("、", readers.stream().map(names::name).toList())
              + "（" + readers.size() + " 人）");
    }
    task.setVariableLocal("scopeContext", reach.toString());
  }

  /** The final text, as a new version, circulated within the scope: its readers are written beside it. */
  @Override
  protected void complete(Values circulation, DelegateTask task) {
    long meetingId = MeetingProcess.MEETING_ID.from(task);
    NotificationScope scope = NotificationScope.valueOf(circulation.scope());
    String by = Actor.of(task);
    long notificationId = repository.circulateNotification(meetingId, circulation.notificationText(), scope.label(), by);
    notifications.reach(meetingId, scope, by).forEach((reader, reachedAs) ->
        repository.insertNotificationReader(notificationId, reader, reachedAs));
    repository.updateStatus(meetingId, MeetingStatus.NOTIFIED);
  }
}
