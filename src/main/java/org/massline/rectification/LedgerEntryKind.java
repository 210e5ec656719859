package org.massline.rectification;

/** One line of a ledger item's history. */
public enum LedgerEntryKind {
  PROGRESS("整改进展"),
  DONE("报告完成"),
  CONFIRMED("上级确认"),
  RETURNED("退回继续整改"),
  ACCEPTED("群众评议认可"),
  NOT_ACCEPTED("群众评议未认可"),
  QUICK_FIX("立行立改"),
  PASSED_ON("上下联动：移交"),
  RECEIVED("上下联动：接收"),
  CLOSED("销号");

  private final String label;

  LedgerEntryKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
