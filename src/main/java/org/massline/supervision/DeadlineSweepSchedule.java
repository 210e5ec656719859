package org.massline.supervision;

import org.massline.app.Schedule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the {@link DeadlineSweep} every {@code massline.schedule.sweep-every} on each node that runs
 * jobs (where Camunda's job executor is off, as in the tests, nothing sweeps on its own).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
class DeadlineSweepSchedule implements SchedulingConfigurer {

  private final DeadlineSweep sweep;
  private final Schedule schedule;

  DeadlineSweepSchedule(DeadlineSweep sweep, Schedule schedule) {
    this.sweep = sweep;
    this.schedule = schedule;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(sweep::run, schedule.sweepEvery());
  }
}
