package org.massline.rectification;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code massline.look-back}: when each year's look-back (回头看) opens by itself for every region, and
 * how many units the office spot-checks.
 *
 * @param opensOn the day of the year ({@code MM-dd}) it opens, with the year-end summary (seed 002)
 * @param spotCheckShare the share of the units drawn for spot checks (at least one)
 * @param automatic whether it opens by itself on that day (else only offices start it)
 */
@ConfigurationProperties("massline.look-back")
public record LookBackSettings(@DefaultValue("12-15") String opensOn, @DefaultValue("0.3") double spotCheckShare,
    @DefaultValue("true") boolean automatic) {

  public LookBackSettings {
    try {
      MonthDay.parse("--" + opensOn);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("massline.look-back.opens-on must be a day as MM-dd, was " + opensOn, e);
    }
    if (spotCheckShare <= 0 || spotCheckShare > 1) {
      throw new IllegalArgumentException("massline.look-back.spot-check-share must be in (0, 1], was " + spotCheckShare);
    }
  }

  /** The day this year's look-back opens. */
  public LocalDate opensIn(int year) {
    return MonthDay.parse("--" + opensOn).atYear(year);
  }
}
