package org.massline.campaign;

/** What a unit-campaign record or a campaign report is. */
public enum CampaignRecordKind {
  /** the office closed the gaps that kept the unit from beginning */
  UNIT_RECORDS,
  /** a weak leadership group's reorganization (整顿) */
  REORGANIZATION,
  /** the campaign office's summary at the end */
  SUMMARY,
  /** what the office or a supervision group did about the units still open at the planned end */
  LATE_UNITS
}
