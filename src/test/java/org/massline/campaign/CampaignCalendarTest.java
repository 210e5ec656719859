package org.massline.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.massline.app.Clock;
import org.massline.app.ScheduleSettings;

/** The campaign's calendar as configured: the seed's defaults, refused schedules, and fast-clock's compression. */
class CampaignCalendarTest {

  static final LocalDate START = LocalDate.of(2014, 1, 20);

  static CampaignCalendar calendar(double scale) {
    return new CampaignCalendar(new ScheduleSettings(Map.of(), Duration.ofDays(3), Duration.ofDays(7), scale,
        Duration.ofMinutes(1)));
  }

  @Test
  void theSeedsCalendarIsTheDefault() {
    CampaignSettings settings = new CampaignSettings(Period.ofMonths(8), Period.ofMonths(3), Period.ofDays(7), null,
        null);
    assertThat(settings.tierOpens()).containsExactly(Map.entry(1, Period.ZERO), Map.entry(2, Period.ofMonths(1)),
        Map.entry(3, Period.ofMonths(2)));
    assertThat(settings.stages()).containsOnlyKeys(Stage.values()).containsValue(Period.ofMonths(1));
  }

  @Test
  void aTierWhoseUnitsCannotFinishBeforeTheEndStopsTheStartUp() {
    assertThatThrownBy(() -> new CampaignSettings(Period.ofMonths(8), Period.ofMonths(3), Period.ofDays(7),
        Map.of(2, Period.ofMonths(1), 3, Period.ofMonths(6)), null))
        .hasMessageContaining("tier 3").hasMessageContaining("before the campaign's end");
    assertThatThrownBy(() -> new CampaignSettings(Period.ofMonths(8), Period.ofMonths(3), Period.ofDays(7),
        Map.of(2, Period.ofMonths(2), 3, Period.ofMonths(1)), null)).hasMessageContaining("opens before the tier above");
    assertThatThrownBy(() -> new CampaignSettings(Period.ofMonths(8), Period.ofMonths(3), Period.ofDays(7),
        Map.of(2, Period.ofMonths(1), 4, Period.ofMonths(2)), null)).hasMessageContaining("tiers 1, 2 and 3");
  }

  @Test
  void aPlannedDateIsItsDayInBeijing() {
    Instant origin = Instant.parse("2014-01-20T02:00:00Z");
    assertThat(calendar(1).at(START, origin, START.plusMonths(8)))
        .isEqualTo(LocalDate.of(2014, 9, 20).atStartOfDay(Clock.ZONE).toInstant());
    assertThat(calendar(1).after(origin, Period.ofMonths(3))).isEqualTo(Instant.parse("2014-04-20T02:00:00Z"));
  }

  @Test
  void fastClockCompressesEightMonthsIntoMinutesInTheSameOrder() {
    Instant origin = Instant.parse("2026-12-08T01:00:00Z");
    LocalDate start = LocalDate.of(2026, 12, 8);
    CampaignCalendar fast = calendar(43200);
    Instant tier2 = fast.at(start, origin, start.plusMonths(1));
    Instant end = fast.at(start, origin, start.plusMonths(8));
    assertThat(fast.at(start, origin, start)).as("tier 1 opens at once").isEqualTo(origin);
    assertThat(Duration.between(origin, tier2)).as("a month in about a minute").isBetween(Duration.ofSeconds(60),
        Duration.ofSeconds(63));
    assertThat(Duration.between(origin, end)).as("eight months in about eight minutes")
        .isBetween(Duration.ofMinutes(8), Duration.ofMinutes(9));
    assertThat(Duration.between(origin, fast.after(origin, Period.ofMonths(3)))).isBetween(Duration.ofMinutes(3),
        Duration.ofSeconds(190));
  }
}
