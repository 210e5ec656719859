package org.massline.campaign;

/**
 * The six no-passes (6个不放过, seed 002, DOMAIN §5): what a supervision group checks at a stage gate;
 * a unit that fails one is sent back to the stage (回炉/补课).
 */
public enum NoPass {
  UNDERSTANDING("思想认识上不去"),
  SOLICITATION("征求意见不深入"),
  PROBLEM_FINDING("查摆问题不聚焦"),
  SELF_ANALYSIS("自我剖析不深刻"),
  CRITICISM("开展批评不严肃"),
  RECTIFICATION("整改措施不到位");

  private final String label;

  NoPass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
