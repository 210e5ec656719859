package org.massline.organization;

/** Whether a category's members write self-examination reports (对照检查材料), by DOMAIN §3. */
public enum SelfExamination {
  /** Group and every member, in writing. */
  REQUIRED,
  /** Brief, by the branch committee and each member (村社区: "视情况"). */
  BRIEF,
  OPTIONAL
}
