package org.massline.forms;

import java.time.LocalDate;

import org.massline.app.Clock;

/** Checks that steps of several processes make. */
public final class Checks {

  private Checks() {
  }

  public static void notInFuture(LocalDate date, String label, Problems problems) {
    if (date != null && date.isAfter(Clock.today())) {
      problems.add(label + "不能晚于今天");
    }
  }

  /** Characters as a person counts them. */
  public static int length(String text) {
    return text == null ? 0 : text.codePointCount(0, text.length());
  }

  public static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
