package org.massline.app;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Camunda's clock, so that domain timestamps move with it when tests move it. */
public final class Clock {

  private Clock() {
  }

  public static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
