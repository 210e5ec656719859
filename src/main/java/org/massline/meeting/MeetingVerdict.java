package org.massline.meeting;

/** How the supervision group's commentary ends: the meeting passes, or is held again (重开). */
public enum MeetingVerdict {
  PASS,
  HOLD_AGAIN
}
