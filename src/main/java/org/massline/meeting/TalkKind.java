package org.massline.meeting;

/** Who talks with whom before the meeting (谈心交心, DOMAIN §4). */
public enum TalkKind {
  PRINCIPAL_MEMBER("主要负责同志与班子成员"),
  MEMBER_MEMBER("班子成员之间"),
  SUPERIOR_PRINCIPAL("上级领导与主要负责同志");

  private final String label;

  TalkKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
