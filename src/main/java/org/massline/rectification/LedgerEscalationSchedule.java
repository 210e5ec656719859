package org.massline.rectification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the {@link LedgerEscalationSweep} and the {@link LookBackCalendar} every
 * {@code massline.rectification.escalation-every} on each node that runs jobs (where Camunda's job executor is off, as in the tests, nothing sweeps on its own).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
class LedgerEscalationSchedule implements SchedulingConfigurer {

  private final LedgerEscalationSweep sweep;
  private final LookBackCalendar lookBacks;
  private final RectificationSettings settings;

  LedgerEscalationSchedule(LedgerEscalationSweep sweep, LookBackCalendar lookBacks, RectificationSettings settings) {
    this.sweep = sweep;
    this.lookBacks = lookBacks;
    this.settings = settings;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(sweep::run, settings.escalationEvery());
    registrar.addFixedDelayTask(lookBacks::run, settings.escalationEvery());
  }
}
