package org.massline.meeting;

/** The campaign's special meeting, or the annual one that repeats it every year (DOMAIN §6). */
public enum MeetingKind {
  SPECIAL("专题民主生活会"),
  ANNUAL("年度民主生活会");

  private final String label;

  MeetingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
