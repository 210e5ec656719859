package org.massline.campaign;

/** A campaign's own row: its plan is being written, its tiers roll out, or it ended. */
public enum CampaignStatus {
  PLANNING, RUNNING, COMPLETED, CANCELLED
}
