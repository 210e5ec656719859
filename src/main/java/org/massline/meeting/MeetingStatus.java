package org.massline.meeting;

/** Where a meeting stands, as the meeting table records it. */
public enum MeetingStatus {
  PREPARING, PREPARATION_REVIEW, TALKS_AND_REPORTS, SCHEDULED, HELD, TO_BE_HELD_AGAIN, COMMENTED, NOTIFIED, CLOSED
}
