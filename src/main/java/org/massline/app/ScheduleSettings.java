package org.massline.app;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code massline.schedule}: every deadline, as ISO-8601 durations ({@code P14D}, {@code PT36H}).
 *
 * @param due per step (a user task's id): how long after the step starts its work is due
 * @param grace after the due date, how long before the supervision group gets a supervision notice
 * @param defaultDue for a step without an entry of its own (one an administrator adds to a diagram)
 * @param timeScale divides every duration: 1 in real life, 43200 in the fast-clock profile
 * @param sweepEvery how often each node looks for work that fell due (real time, never scaled)
 */
@ConfigurationProperties("massline.schedule")
public record ScheduleSettings(Map<String, Duration> due, @DefaultValue("P3D") Duration grace,
    @DefaultValue("P7D") Duration defaultDue, @DefaultValue("1") double timeScale,
    @DefaultValue("PT1M") Duration sweepEvery) {

  public ScheduleSettings {
    due = due == null ? Map.of() : Map.copyOf(due);
    if (timeScale <= 0) {
      throw new IllegalArgumentException("massline.schedule.time-scale must be positive, was " + timeScale);
    }
  }
}
