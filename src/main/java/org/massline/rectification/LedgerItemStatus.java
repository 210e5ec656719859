package org.massline.rectification;

/** Where a ledger item stands; {@link #CLOSED} is 销号. */
public enum LedgerItemStatus {
  IN_PROGRESS("整改中"),
  AWAITING_CONFIRMATION("待上级确认"),
  AWAITING_ACCEPTANCE("待群众评议"),
  CLOSED("已销号"),
  /** The rectification was cancelled by an administrator: nothing tracks the item any more. */
  CANCELLED("已撤销");

  private final String label;

  LedgerItemStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
