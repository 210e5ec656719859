package org.massline.organizationallife;

/** The grades of 民主评议党员, best first. */
public enum AppraisalGrade {
  EXCELLENT("优秀"),
  QUALIFIED("合格"),
  BASICALLY_QUALIFIED("基本合格"),
  UNQUALIFIED("不合格");

  private final String label;

  AppraisalGrade(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
