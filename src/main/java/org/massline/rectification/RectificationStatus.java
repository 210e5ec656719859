package org.massline.rectification;

/** Where a unit's rectification stands. */
public enum RectificationStatus {
  PLANNING, PLAN_REVIEW, IN_PROGRESS, COMPLETED, CANCELLED
}
