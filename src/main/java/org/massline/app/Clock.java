package org.massline.app;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Camunda's clock, so that domain timestamps and "today" move with it when tests move it. */
public final class Clock {

  /**
   * The day changes at midnight in China, not at midnight on the server's clock (a container runs
   * in UTC): "today" for a form's dates is Beijing's today. Override with -Dmassline.zone=...
   */
  public static final ZoneId ZONE = ZoneId.of(System.getProperty("massline.zone", "Asia/Shanghai"));

  private Clock() {
  }

  public static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  public static LocalDate today() {
    return toLocalDate(ClockUtil.getCurrentTime());
  }

  /** The calendar day of an instant where the campaign's people are. */
  public static LocalDate toLocalDate(java.util.Date instant) {
    return instant.toInstant().atZone(ZONE).toLocalDate();
  }
}
