package org.massline.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;

import org.massline.app.Clock;
import org.massline.app.ScheduleSettings;
import org.springframework.stereotype.Component;

/**
 * The campaign's dates as instants in Camunda's clock. A planned date is its day's start in Beijing;
 * in the fast-clock profile ({@code massline.schedule.time-scale}) every span from the campaign's
 * start is compressed by the same factor, so that eight months pass in minutes and the tiers, stages
 * and the planned end keep their order.
 */
@Component
public class CampaignCalendar {

  private final double scale;

  public CampaignCalendar(ScheduleSettings schedule) {
    this.scale = schedule.timeScale();
  }

  /** When a planned date comes, for a campaign that starts on {@code startsOn} and was started at {@code origin}. */
  public Instant at(LocalDate startsOn, Instant origin, LocalDate date) {
    Instant day = date.atStartOfDay(Clock.ZONE).toInstant();
    if (scale == 1) {
      return day;
    }
    return origin.plusMillis((long) (Duration.between(startsOn.atStartOfDay(Clock.ZONE).toInstant(), day).toMillis()
        / scale));
  }

  /** A period after an instant, compressed like the rest of the calendar. */
  public Instant after(Instant from, Period period) {
    LocalDate day = from.atZone(Clock.ZONE).toLocalDate();
    Duration span = Duration.between(day.atStartOfDay(Clock.ZONE), day.plus(period).atStartOfDay(Clock.ZONE));
    return from.plusMillis((long) (span.toMillis() / scale));
  }

  public static Date date(Instant instant) {
    return Date.from(instant);
  }
}
