package org.massline.rectification;

import org.massline.forms.Variable;
import org.massline.supervision.SupervisionNoticeProcess;

/**
 * The backing class of {@code processes/look-back.bpmn}: a unit's and its lower units' look-back
 * (回头看) of one year (business key the unit id).
 */
public final class LookBackProcess {

  public static final String KEY = "look-back";

  // element ids
  public static final String OPEN_LOOK_BACK = "openLookBack";
  public static final String SELF_CHECK_LOOK_BACK = "selfCheckLookBack";
  public static final String CHECK_LOOK_BACK = "checkLookBack";
  public static final String DRAW_SPOT_CHECKS = "drawSpotChecks";
  public static final String SPOT_CHECK_LOOK_BACK = "spotCheckLookBack";
  public static final String NOTIFY_LOOK_BACK = "notifyLookBack";
  public static final String LOOK_BACK_COMPLETED = "lookBackCompleted";

  // variables
  public static final Variable<Long> LOOK_BACK_ID = Variable.of("lookBackId", Long.class);
  public static final Variable<String> UNIT_ID = RectificationProcess.UNIT_ID;
  /** The unit's principal: reports at the expanded committee meeting where the look-back is notified. */
  public static final Variable<String> PRINCIPAL = RectificationProcess.PRINCIPAL;
  /** The unit's campaign office, which spot-checks. */
  public static final Variable<String> OFFICE = Variable.of("office", String.class);
  public static final Variable<String> SUPERVISION_GROUP = SupervisionNoticeProcess.SUPERVISION_GROUP;
  // multi-instance element variable: the unit a self-check, a check or a spot check is of
  public static final Variable<String> LOOK_BACK_UNIT = Variable.of("lookBackUnit", String.class);

  private LookBackProcess() {
  }
}
