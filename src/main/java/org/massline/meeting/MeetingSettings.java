package org.massline.meeting;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** The meeting's thresholds and scopes ({@code massline.meeting}); BPMN reads them as {@code meetingSettings}. */
@Component("meetingSettings")
@ConfigurationProperties("massline.meeting")
public class MeetingSettings {

  /** After this many rejections of the same report, the supervision group holds a reminder talk. */
  private int rejectionsBeforeEscalation = 3;
  /** The scopes a notification may be circulated within, the first the default; each resolves to its readers. */
  private List<NotificationScope> notificationScopes = List.of(NotificationScope.values());
  /** Criticism from others each member present must receive at the meeting. */
  private int minCriticismsPerMember = 1;
  /**
   * Criticisms the meeting must record in all, at least (a group of n members present can give
   * n·(n−1) at most, so a smaller group needs only that many).
   */
  private int minCriticismsPerMeeting = 6;
  /** Title of a meeting started without one. */
  private String defaultTitle = "专题民主生活会";

  public int getRejectionsBeforeEscalation() {
    return rejectionsBeforeEscalation;
  }

  public void setRejectionsBeforeEscalation(int rejectionsBeforeEscalation) {
    this.rejectionsBeforeEscalation = atLeast(1, rejectionsBeforeEscalation, "rejections-before-escalation");
  }

  public List<NotificationScope> getNotificationScopes() {
    return notificationScopes;
  }

  public void setNotificationScopes(List<NotificationScope> notificationScopes) {
    if (notificationScopes.isEmpty()) {
      throw new IllegalArgumentException("massline.meeting.notification-scopes must name at least one scope");
    }
    this.notificationScopes = List.copyOf(notificationScopes);
  }

  public String getDefaultTitle() {
    return defaultTitle;
  }

  public void setDefaultTitle(String defaultTitle) {
    this.defaultTitle = defaultTitle;
  }

  public int getMinCriticismsPerMember() {
    return minCriticismsPerMember;
  }

  public void setMinCriticismsPerMember(int minCriticismsPerMember) {
    this.minCriticismsPerMember = atLeast(0, minCriticismsPerMember, "min-criticisms-per-member");
  }

  public int getMinCriticismsPerMeeting() {
    return minCriticismsPerMeeting;
  }

  public void setMinCriticismsPerMeeting(int minCriticismsPerMeeting) {
    this.minCriticismsPerMeeting = atLeast(0, minCriticismsPerMeeting, "min-criticisms-per-meeting");
  }

  private static int atLeast(int min, int value, String name) {
    if (value < min) {
      throw new IllegalArgumentException("massline.meeting." + name + " must be at least " + min);
    }
    return value;
  }
}
