package org.massline.meeting;

/** Where a self-examination report stands in drafting and review. */
public enum ReportStatus {
  DRAFTING, SUBMITTED, REJECTED, APPROVED
}
