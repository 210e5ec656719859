package org.massline.meeting;

/** Criticism the supervision group stops at the meeting: 绕、躲、虚、偏. */
public enum Intervention {
  EVASIVE("绕"),
  HIDING("躲"),
  EMPTY("虚"),
  BIASED("偏");

  private final String label;

  Intervention(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
