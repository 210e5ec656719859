package org.massline.meeting;

/**
 * Why a reviewer sends a report back: the three defects review must reject (DOMAIN §4) and the six
 * no-passes (6个不放过, DOMAIN §5).
 */
public enum ReviewReason {
  NOTHING_TO_ADD("以“已查摆过、没有新问题”搪塞"),
  COPIED("照搬照抄以往材料"),
  NO_SUBSTANCE("不见人、不见事、不见思想"),
  SHALLOW_UNDERSTANDING("思想认识不到位"),
  NARROW_OPINIONS("征求意见不广泛"),
  UNFOCUSED_PROBLEMS("查摆问题不聚焦"),
  SHALLOW_ANALYSIS("剖析根源不深刻"),
  NOT_SERIOUS("批评和自我批评不认真"),
  WEAK_MEASURES("整改措施不具体、不到位");

  private final String label;

  ReviewReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
