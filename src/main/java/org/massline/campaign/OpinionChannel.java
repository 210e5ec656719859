package org.massline.campaign;

/** How an opinion was heard (DOMAIN §4 stage 1): the channels the seed combines. */
public enum OpinionChannel {
  FACE_TO_FACE("面对面（当面听取）"),
  BACK_TO_BACK("背靠背（书面或匿名）"),
  INDIVIDUAL("个别听"),
  COLLECTIVE("集体谈（座谈会）"),
  VISIT("走进群众听（走访）"),
  APPRAISAL("组织群众评"),
  LETTER("来信来访"),
  ONLINE("网络征求");

  private final String label;

  OpinionChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
