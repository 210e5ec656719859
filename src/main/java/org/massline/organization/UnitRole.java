package org.massline.organization;

import java.util.Arrays;
import java.util.Optional;

/** What a person is in a unit or a supervision group (DOMAIN §7). */
public enum UnitRole {
  PRINCIPAL("主要负责同志", false),
  MEMBER("班子成员", false),
  PARTY_MEMBER("党员", false),
  OFFICE("活动办公室", false),
  SUPERVISION_LEADER("督导组组长", true),
  SUPERVISOR("督导组成员", true);

  private final String label;
  private final boolean supervision;

  UnitRole(String label, boolean supervision) {
    this.label = label;
    this.supervision = supervision;
  }

  public String label() {
    return label;
  }

  /** True for roles held in a supervision group rather than in a unit. */
  public boolean isSupervision() {
    return supervision;
  }

  /** Principal and members form the unit's leadership group (领导班子). */
  public boolean isLeadership() {
    return this == PRINCIPAL || this == MEMBER;
  }

  public static Optional<UnitRole> parse(String text) {
    String t = text == null ? "" : text.trim();
    return Arrays.stream(values())
        .filter(r -> r.name().equalsIgnoreCase(t) || r.label.equals(t))
        .findFirst();
  }
}
