package org.massline.meeting;

/** How a problem was found: 群众提、自己找、上级点、互相帮、集体议. */
public enum ProblemSource {
  MASSES("群众提"),
  SELF("自己找"),
  SUPERIOR("上级点"),
  MUTUAL("互相帮"),
  COLLECTIVE("集体议");

  private final String label;

  ProblemSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
