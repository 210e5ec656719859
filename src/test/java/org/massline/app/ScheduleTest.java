package org.massline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The schedule's checks and arithmetic, without a context. */
class ScheduleTest {

  @Test
  void aStepNoProcessHasStopsTheStartUp() {
    ScheduleSettings typo = new ScheduleSettings(Map.of("reviewReprot", Duration.ofDays(7)), Duration.ofDays(3),
        Duration.ofDays(7), 1, Duration.ofMinutes(1));
    assertThatThrownBy(() -> new Schedule(typo)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reviewReprot").hasMessageContaining("reviewReport");
  }

  @Test
  void stepsWithoutAnEntryTakeTheDefaultAndTheTimeScaleDividesEverything() {
    ScheduleSettings fast = new ScheduleSettings(Map.of("reviewReport", Duration.ofDays(5)), Duration.ofDays(3),
        Duration.ofDays(7), 43200, Duration.ofSeconds(1));
    Schedule schedule = new Schedule(fast);
    assertThat(schedule.dueAfter("reviewReport")).isEqualTo(Duration.ofSeconds(10));
    assertThat(schedule.dueAfter("aStepAnAdministratorAdded")).isEqualTo(Duration.ofSeconds(14));
    assertThat(schedule.grace()).isEqualTo(Duration.ofSeconds(6));
    assertThat(schedule.sweepEvery()).as("real time, never scaled").isEqualTo(Duration.ofSeconds(1));
  }
}
