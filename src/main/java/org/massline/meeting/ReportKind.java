package org.massline.meeting;

/** The leadership group's report (written under the principal), or a member's own. */
public enum ReportKind {
  GROUP, PERSONAL
}
