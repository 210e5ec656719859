package org.massline.meeting;

/** Who talks with whom before the meeting (谈心交心, DOMAIN §4). */
public enum TalkKind {
  PRINCIPAL_MEMBER("主要负责同志与班子成员"),
  MEMBER_MEMBER("班子成员之间"),
  SUPERIOR_PRINCIPAL("上级领导与主要负责同志"),
  /** A member of the leadership group with a cadre they are in charge of (分管). */
  MEMBER_CADRE("班子成员与分管干部"),
  /** The supervision group with the principal, and with each member (督导组谈话). */
  SUPERVISION_PRINCIPAL("督导组与主要负责同志"),
  SUPERVISION_MEMBER("督导组与班子成员");

  private final String label;

  TalkKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
