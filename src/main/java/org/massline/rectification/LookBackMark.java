package org.massline.rectification;

/** A unit's rectification as the look-back appraises it; a poor one is not eligible for awards (不能评先选优). */
public enum LookBackMark {
  GOOD("好"),
  FAIR("较好"),
  AVERAGE("一般"),
  POOR("差");

  private final String label;

  LookBackMark(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean eligibleForAwards() {
    return this != POOR;
  }
}
