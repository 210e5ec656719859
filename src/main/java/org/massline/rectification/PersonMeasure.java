package org.massline.rectification;

/**
 * What the supervision group decides for the people responsible (DOMAIN §5, seed 001 三): a recorded
 * decision with its reasons, never automatic.
 */
public enum PersonMeasure {
  NONE("暂不对个人采取措施"),
  EDUCATION("批评教育"),
  ORGANIZATIONAL_ADJUSTMENT("组织调整"),
  DISCIPLINE_REFERRAL("移交纪检监察机关");

  private final String label;

  PersonMeasure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
