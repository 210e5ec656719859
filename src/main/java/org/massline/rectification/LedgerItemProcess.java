package org.massline.rectification;

import org.massline.forms.Variable;
import org.massline.supervision.SupervisionNoticeProcess;

/**
 * The backing class of {@code processes/ledger-item.bpmn}: one ledger item (台账) from progress to
 * closing (销号), called by the rectification for each item of its approved plan (business key the
 * unit id). An item is closed only when the superior confirms it and, where required, the masses
 * accept it; otherwise it goes back to its owner with the reasons — never silently left open.
 */
public final class LedgerItemProcess {

  public static final String KEY = "ledger-item";

  // element ids
  public static final String OPEN_LEDGER_ITEM = "openLedgerItem";
  public static final String REPORT_LEDGER_PROGRESS = "reportLedgerProgress";
  public static final String CONFIRM_LEDGER_ITEM = "confirmLedgerItem";
  public static final String RECORD_PUBLIC_ACCEPTANCE = "recordPublicAcceptance";
  public static final String CLOSE_LEDGER_ITEM = "closeLedgerItem";
  public static final String LEDGER_ITEM_CLOSED = "ledgerItemClosed";

  // variables (the rectification hands the item, the unit's people and the supervision group in)
  public static final Variable<Long> LEDGER_ITEM_ID = Variable.of("ledgerItemId", Long.class);
  public static final Variable<String> UNIT_ID = RectificationProcess.UNIT_ID;
  /** 责任人: reports progress and says when the item is done. */
  public static final Variable<String> OWNER = Variable.of("owner", String.class);
  public static final Variable<String> PRINCIPAL = RectificationProcess.PRINCIPAL;
  public static final Variable<String> SUPERIOR_LEADER = RectificationProcess.SUPERIOR_LEADER;
  public static final Variable<String> SUPERVISION_GROUP = SupervisionNoticeProcess.SUPERVISION_GROUP;
  public static final Variable<Boolean> PUBLIC_ACCEPTANCE = Variable.of("publicAcceptance", Boolean.class);
  public static final Variable<Boolean> ITEM_DONE = Variable.of("itemDone", Boolean.class);
  public static final Variable<Boolean> ITEM_CONFIRMED = Variable.of("itemConfirmed", Boolean.class);
  public static final Variable<Boolean> PUBLICLY_ACCEPTED = Variable.of("publiclyAccepted", Boolean.class);

  private LedgerItemProcess() {
  }
}
