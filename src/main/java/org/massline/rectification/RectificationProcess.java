package org.massline.rectification;

import org.massline.forms.Variable;
import org.massline.supervision.SupervisionNoticeProcess;

/**
 * The backing class of {@code processes/rectification.bpmn}: one unit's rectification (business key
 * the unit id) from its problems to an approved plan, then every ledger item on its own
 * ({@link LedgerItemProcess}). Process variables hold ids and routing decisions only.
 */
public final class RectificationProcess {

  public static final String KEY = "rectification";

  // element ids
  public static final String OPEN_RECTIFICATION = "openRectification";
  public static final String DRAFT_RECTIFICATION_PLAN = "draftRectificationPlan";
  public static final String SUPERVISE_RECTIFICATION_PLAN = "superviseRectificationPlan";
  public static final String REVIEW_RECTIFICATION_PLAN = "reviewRectificationPlan";
  public static final String OPEN_LEDGER = "openLedger";
  public static final String TRACK_LEDGER_ITEMS = "trackLedgerItems";
  public static final String RECTIFICATION_COMPLETED = "rectificationCompleted";

  // variables
  public static final Variable<Long> RECTIFICATION_ID = Variable.of("rectificationId", Long.class);
  public static final Variable<String> UNIT_ID = Variable.of("unitId", String.class);
  /** The unit's principal: drafts the plan and organizes the masses' appraisal of finished items. */
  public static final Variable<String> PRINCIPAL = Variable.of("principal", String.class);
  public static final Variable<String> SUPERIOR_LEADER = Variable.of("superiorLeader", String.class);
  /** The supervision group's Camunda group: it gives its opinion on the plan and gets overdue notices. */
  public static final Variable<String> SUPERVISION_GROUP = SupervisionNoticeProcess.SUPERVISION_GROUP;
  public static final Variable<Boolean> PLAN_APPROVED = Variable.of("planApproved", Boolean.class);

  private RectificationProcess() {
  }
}
