package org.massline.campaign;

/** The three stages (环节) of one unit's campaign (DOMAIN §4), in order. */
public enum Stage {
  STUDY("学习教育、听取意见"),
  PROBLEMS("查摆问题、开展批评"),
  RECTIFICATION("整改落实、建章立制");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
