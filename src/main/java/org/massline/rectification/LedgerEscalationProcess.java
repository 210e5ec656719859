package org.massline.rectification;

import org.massline.forms.Variable;
import org.massline.supervision.SupervisionNoticeProcess;

/**
 * The backing class of {@code processes/ledger-escalation.bpmn}: one rung of the ladder an overdue
 * ledger item climbs (business key the unit id), started by {@link LedgerEscalationSweep}: recorded
 * by the supervision group or the superior where the rung needs it, then delivered to the item's
 * owner and the unit's principal, who each acknowledge it.
 */
public final class LedgerEscalationProcess {

  public static final String KEY = "ledger-escalation";

  // element ids
  public static final String OPEN_LEDGER_ESCALATION = "openLedgerEscalation";
  public static final String RECORD_LEDGER_ESCALATION = "recordLedgerEscalation";
  public static final String ACKNOWLEDGE_LEDGER_ESCALATION = "acknowledgeLedgerEscalation";
  public static final String ESCALATION_DELIVERED = "escalationDelivered";

  // variables
  public static final Variable<Long> ESCALATION_ID = Variable.of("escalationId", Long.class);
  public static final Variable<Long> LEDGER_ITEM_ID = LedgerItemProcess.LEDGER_ITEM_ID;
  public static final Variable<String> UNIT_ID = RectificationProcess.UNIT_ID;
  public static final Variable<String> SUPERVISION_GROUP = SupervisionNoticeProcess.SUPERVISION_GROUP;
  /** Whether someone records the rung before it is delivered (all but a plain reminder). */
  public static final Variable<Boolean> RECORDED = Variable.of("recorded", Boolean.class);
  /** Who records it when one person does (the superior's admonition); else the supervision group. */
  public static final Variable<String> RECORDER = Variable.of("recorder", String.class);
  // multi-instance element variable
  public static final Variable<String> RECIPIENT = Variable.of("recipient", String.class);

  private LedgerEscalationProcess() {
  }
}
