package org.massline.meeting;

/** Where a meeting stands, as the meeting table records it. */
public enum MeetingStatus {
  PREPARING, TALKS_AND_REPORTS, SCHEDULED, HELD, COMMENTED, NOTIFIED, CLOSED
}
