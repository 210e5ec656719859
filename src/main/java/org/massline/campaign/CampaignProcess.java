package org.massline.campaign;

import org.massline.forms.Variable;

/**
 * The backing class of {@code processes/campaign.bpmn}: a region's campaign (business key the office's
 * unit), from its implementation plan through the tiers of units that roll out one after another and
 * overlap, to the office's summary. Process variables hold ids and routing decisions only.
 */
public final class CampaignProcess {

  public static final String KEY = "campaign";

  // element ids
  public static final String CAMPAIGN_REQUESTED = "campaignRequested";
  public static final String OPEN_CAMPAIGN = "openCampaign";
  public static final String DRAFT_IMPLEMENTATION_PLAN = "draftImplementationPlan";
  public static final String REVIEW_IMPLEMENTATION_PLAN = "reviewImplementationPlan";
  public static final String ROLL_OUT_CAMPAIGN = "rollOutCampaign";
  public static final String ROLL_OUT_TIERS = "rollOutTiers";
  public static final String TIER_OPENS = "tierOpens";
  public static final String RUN_UNIT_CAMPAIGNS = "runUnitCampaigns";
  public static final String CAMPAIGN_OVERDUE = "campaignOverdue";
  public static final String HANDLE_LATE_UNITS = "handleLateUnits";
  public static final String SUMMARIZE_CAMPAIGN = "summarizeCampaign";
  public static final String CAMPAIGN_COMPLETED = "campaignCompleted";

  // variables
  public static final Variable<Long> CAMPAIGN_ID = Variable.of("campaignId", Long.class);
  /** The start form's unit: the office's unit, whose subtree the campaign covers (also the business key). */
  public static final Variable<String> UNIT_ID = Variable.of("unitId", String.class);
  public static final Variable<String> TITLE = Variable.of("title", String.class);
  /** The start form's date (ISO {@code yyyy-MM-dd}). */
  public static final Variable<String> STARTS_ON = Variable.of("startsOn", String.class);
  /** The campaign office of the unit: drafts the plan, writes the summary. */
  public static final Variable<String> OFFICE_GROUP = Variable.of("officeGroup", String.class);
  /** The supervision group covering the office's unit: reviews the implementation plan. */
  public static final Variable<String> SUPERVISION_GROUP = Variable.of("supervisionGroup", String.class);
  public static final Variable<Boolean> PLAN_APPROVED = Variable.of("planApproved", Boolean.class);
  /** One tier's instance of the rollout (1, 2 or 3). */
  public static final Variable<Integer> TIER = Variable.of("tier", Integer.class);
  /** One unit of a tier: the business key of its unit campaign. */
  public static final Variable<String> TIER_UNIT_ID = Variable.of("tierUnitId", String.class);
  /** Who handles the late units, comma-separated as candidate groups: the office and the units' supervision groups. */
  public static final Variable<String> LATE_HANDLERS = Variable.of("lateHandlers", String.class);

  private CampaignProcess() {
  }
}
