package org.massline.meeting.steps;

import java.time.LocalDate;

import org.massline.app.Clock;
import org.massline.forms.Problems;

/** Checks several steps make. */
final class Checks {

  private Checks() {
  }

  static void notInFuture(LocalDate date, String label, Problems problems) {
    if (date != null && date.isAfter(Clock.today())) {
      problems.add(label + "不能晚于今天");
    }
  }

  /** Characters as a person counts them. */
  static int length(String text) {
    return text == null ? 0 : text.codePointCount(0, text.length());
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
