package org.massline.rectification;

/** How much an item weighs: a key item (重点) climbs the escalation ladder sooner when it lags. */
public enum ItemWeight {
  NORMAL("一般"),
  KEY("重点");

  private final String label;

  ItemWeight(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
