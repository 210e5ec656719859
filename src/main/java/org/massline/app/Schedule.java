package org.massline.app;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every deadline of every process step, as ISO-8601 durations in {@code massline.schedule}; BPMN
 * reads them through this bean ({@code ${schedule.due('reviewReport')}}), so a campaign office
 * changes them in configuration, not in a diagram. {@code time-scale} compresses all of them
 * (the {@code fast-clock} profile: a day lasts two seconds).
 */
@Component("schedule")
@ConfigurationProperties("massline.schedule")
public class Schedule {

  /** Per step: how long after the step starts its work is due. */
  private Map<String, String> due = new HashMap<>();
  /** After the due date, how long before the supervision group gets a supervision notice. */
  private String grace = "P3D";
  /** Used for a step that has no entry of its own. */
  private String defaultDue = "P7D";
  /** Divides every duration: 1 in real life, 43200 in the fast-clock profile. */
  private double timeScale = 1;

  /** The due date of a step started now (Camunda's clock). */
  public Date due(String step) {
    return new Date(ClockUtil.getCurrentTime().getTime() + dueAfter(step).toMillis());
  }

  /** When the reminder timer of a step fires: at its due date. */
  public String reminderAfter(String step) {
    return dueAfter(step).toString();
  }

  /** When the supervision-notice timer of a step fires: at its due date plus the grace period. */
  public String noticeAfter(String step) {
    return dueAfter(step).plus(scaled(grace)).toString();
  }

  public Duration dueAfter(String step) {
    return scaled(due.getOrDefault(step, defaultDue));
  }

  private Duration scaled(String iso) {
    Duration duration = parse(iso);
    return timeScale == 1 ? duration : Duration.ofMillis(Math.max(1000, (long) (duration.toMillis() / timeScale)));
  }

  /** Accepts both {@code P14D} (a period) and {@code PT36H} (a duration). */
  static Duration parse(String iso) {
    try {
      return Duration.parse(iso);
    } catch (DateTimeParseException e) {
      Period period = Period.parse(iso);
      if (period.getMonths() != 0 || period.getYears() != 0) {
        return Duration.ofDays(period.toTotalMonths() * 30 + period.getDays());
      }
      return Duration.ofDays(period.getDays());
    }
  }

  public Map<String, String> getDue() {
    return due;
  }

  public void setDue(Map<String, String> due) {
    due.values().forEach(Schedule::parse); // fail at start on a malformed value
    this.due = due;
  }

  public String getGrace() {
    return grace;
  }

  public void setGrace(String grace) {
    parse(grace);
    this.grace = grace;
  }

  public String getDefaultDue() {
    return defaultDue;
  }

  public void setDefaultDue(String defaultDue) {
    parse(defaultDue);
    this.defaultDue = defaultDue;
  }

  public double getTimeScale() {
    return timeScale;
  }

  public void setTimeScale(double timeScale) {
    this.timeScale = timeScale;
  }
}
