package org.massline.campaign;

/** Where one unit's campaign is: before its tier opens, getting ready, in a stage, waiting out its minimum, done. */
public enum UnitCampaignStatus {
  PLANNED("未开始"),
  PREPARING("补齐组织信息"),
  REORGANIZING("整顿软弱涣散班子"),
  STUDY(Stage.STUDY.label()),
  PROBLEMS(Stage.PROBLEMS.label()),
  RECTIFICATION(Stage.RECTIFICATION.label()),
  CLOSING("三个环节已通过，待满规定时间"),
  DONE("已完成"),
  CANCELLED("已撤销");

  private final String label;

  UnitCampaignStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static UnitCampaignStatus of(Stage stage) {
    return valueOf(stage.name());
  }
}
