package org.massline.rectification;

/** Where a problem to rectify comes from (群众提、自己找、上级点、互相帮、集体议, as the meetings recorded them). */
public enum ProblemOrigin {
  MEETING_PROBLEM("民主生活会查摆的问题"),
  CRITICISM("会上收到的批评意见"),
  COMMENTARY("督导组点评指出的问题"),
  BRANCH_PROBLEM("组织生活会问题清单");

  private final String label;

  ProblemOrigin(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
