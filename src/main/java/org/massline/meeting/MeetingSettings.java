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
  /** The scopes a notification may be circulated within; the first is the default. */
  private List<String> notificationScopes = List.of("本单位全体党员干部", "本单位领导班子成员", "下属各单位党组织",
      "向社会公开");
  /** Title of a meeting started without one. */
  private String defaultTitle = "专题民主生活会";

  public int getRejectionsBeforeEscalation() {
    return rejectionsBeforeEscalation;
  }

  public void setRejectionsBeforeEscalation(int rejectionsBeforeEscalation) {
    if (rejectionsBeforeEscalation < 1) {
      throw new IllegalArgumentException("massline.meeting.rejections-before-escalation must be at least 1");
    }
    this.rejectionsBeforeEscalation = rejectionsBeforeEscalation;
  }

  public List<String> getNotificationScopes() {
    return notificationScopes;
  }

  public void setNotificationScopes(List<String> notificationScopes) {
    this.notificationScopes = notificationScopes;
  }

  public String getDefaultTitle() {
    return defaultTitle;
  }

  public void setDefaultTitle(String defaultTitle) {
    this.defaultTitle = defaultTitle;
  }
}
