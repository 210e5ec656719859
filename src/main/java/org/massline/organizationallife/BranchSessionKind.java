package org.massline.organizationallife;

/** The two sessions of an organizational life meeting. */
public enum BranchSessionKind {
  COMMITTEE("支部委员会"),
  GENERAL("党员大会");

  private final String label;

  BranchSessionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
