package org.massline.organizationallife;

/** Where an organizational life meeting stands. */
public enum LifeMeetingStatus {
  PREPARING,
  SELF_EXAMINATION,
  COMMITTEE_MEETING,
  GENERAL_MEETING,
  APPRAISAL,
  FOLLOW_UP,
  ACKNOWLEDGING,
  CLOSED
}
