package org.massline.meeting;

/**
 * The scopes a notification is circulated within (在规定范围内通报, seed 001 三(二)), each resolved
 * against the organization model to the people who read and acknowledge it (阅知): the principal who
 * circulates it is never among them, and the superior organization signs for it in any case.
 */
public enum NotificationScope {
  /** The unit's leadership group and its party members (the {@code <unit>-branch} people). */
  UNIT_CADRES("本单位全体党员干部", true, true, false),
  /** The unit's leadership group only. */
  LEADERSHIP_GROUP("本单位领导班子成员", true, false, false),
  /** The leadership group and the principal of every subordinate unit's party organization. */
  SUBORDINATE_UNITS("下属各单位党组织", true, false, true),
  /** Made public: everybody of the unit and the subordinate party organizations read it first. */
  PUBLIC("向社会公开", true, true, true);

  private final String label;
  private final boolean leadership;
  private final boolean partyMembers;
  private final boolean subordinateUnits;

  NotificationScope(String label, boolean leadership, boolean partyMembers, boolean subordinateUnits) {
    this.label = label;
    this.leadership = leadership;
    this.partyMembers = partyMembers;
    this.subordinateUnits = subordinateUnits;
  }

  public String label() {
    return label;
  }

  /** The unit's principal and members (领导班子) read it. */
  public boolean reachesLeadership() {
    return leadership;
  }

  /** The unit's party members (党员) read it. */
  public boolean reachesPartyMembers() {
    return partyMembers;
  }

  /** The principal of each unit whose parent is this unit reads it for that unit's party organization. */
  public boolean reachesSubordinateUnits() {
    return subordinateUnits;
  }
}
