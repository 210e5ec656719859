package org.massline.meeting;

/** Why a supervision group returns a preparation (六个不放过, seed 002): the gates of the first stage. */
public enum PreparationDefect {
  SHALLOW_UNDERSTANDING("学习不深入、思想认识不到位"),
  SHALLOW_OPINIONS("征求意见不深入"),
  UNFOCUSED_PROBLEMS("查摆问题不聚焦");

  private final String label;

  PreparationDefect(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
