package org.massline.organizationallife;

/** What a branch decides for a member appraised 不合格 (处置不合格党员). */
public enum FollowUpMeasure {
  CORRECT_WITHIN_DEADLINE("限期改正"),
  PERSUADE_TO_LEAVE("劝其退党"),
  REMOVE("除名");

  private final String label;

  FollowUpMeasure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
