package org.massline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The deadlines of {@link ScheduleSettings}, as BPMN reads them ({@code ${schedule.due('reviewReport')}}),
 * so that a campaign office changes them in configuration, not in a diagram. A step the processes do
 * not have (a typo) stops the start-up instead of silently taking the default.
 */
@Component("schedule")
@EnableConfigurationProperties(ScheduleSettings.class)
public class Schedule {

  static final String PROCESSES = "classpath*:processes/*.bpmn";

  private final ScheduleSettings settings;

  public Schedule(ScheduleSettings settings) {
    this.settings = settings;
    Set<String> steps = userTasks();
    Set<String> unknown = new TreeSet<>(settings.due().keySet());
    unknown.removeAll(steps);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("massline.schedule.due names steps no process has: " + unknown
          + "; the processes' steps are " + new TreeSet<>(steps));
    }
  }

  /** The due date of a step started now (Camunda's clock). */
  public Date due(String step) {
    return new Date(ClockUtil.getCurrentTime().getTime() + dueAfter(step).toMillis());
  }

  public Duration dueAfter(String step) {
    return scaled(settings.due().getOrDefault(step, settings.defaultDue()));
  }

  /** After a task's due date, how long until its supervision notice. */
  public Duration grace() {
    return scaled(settings.grace());
  }

  /**
   * Whole days from the end of a deadline day to now (negative before it), as the schedule counts
   * them: in the fast-clock profile a deadline set when the work opened comes that much sooner, and
   * a day lasts as long as the profile makes it.
   */
  public long daysPast(Instant opened, LocalDate deadline) {
    Instant end = deadline.plusDays(1).atStartOfDay(Clock.ZONE).toInstant();
    double scale = settings.timeScale();
    Instant due = scale == 1 ? end : opened.plusMillis((long) (Duration.between(opened, end).toMillis() / scale));
    long past = (long) (Duration.between(due, ClockUtil.getCurrentTime().toInstant()).toMillis() * scale);
    return Math.floorDiv(past, Duration.ofDays(1).toMillis());
  }

  public Duration sweepEvery() {
    return settings.sweepEvery();
  }

  private Duration scaled(Duration duration) {
    double scale = settings.timeScale();
    return scale == 1 ? duration : Duration.ofMillis(Math.max(1000, (long) (duration.toMillis() / scale)));
  }

  /** The ids of the user tasks of the processes this application deploys. */
  static Set<String> userTasks() {
    Set<String> ids = new TreeSet<>();
    try {
      for (Resource bpmn : new PathMatchingResourcePatternResolver().getResources(PROCESSES)) {
        try (InputStream in = bpmn.getInputStream()) {
          Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class).forEach(t -> ids.add(t.getId()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the processes to check massline.schedule", e);
    }
    return ids;
  }
}
