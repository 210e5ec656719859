package org.massline.rectification;

import java.util.List;

import org.massline.rectification.Ledgers.Counts;
import org.massline.rectification.Ledgers.ItemView;
import org.massline.rectification.Ledgers.LedgerView;
import org.massline.rectification.LookBackRepository.LookBackUnit;
import org.springframework.stereotype.Component;

/** A look-back's units as its forms show them: the ledger, the self-check, the checks and marks. */
@Component
public class LookBackText {

  private final Ledgers ledgers;
  private final LookBackRepository repository;
  private final Leadership leadership;

  public LookBackText(Ledgers ledgers, LookBackRepository repository, Leadership leadership) {
    this.ledgers = ledgers;
    this.repository = repository;
    this.leadership = leadership;
  }

  /** The unit's ledger: its counts, and every item not closed with its status. */
  public String ledger(String unitId) {
    LedgerView view = ledgers.ledger(List.of(ledgers.unit(unitId).orElseThrow()), Ledgers.Filter.NONE);
    Counts all = view.all();
    StringBuilder text = new StringBuilder(ledgers.unit(unitId).orElseThrow().name()).append("整改台账：共 ")
        .append(all.total()).append(" 项，已销号 ").append(all.closed()).append(" 项（销号率 ")
        .append(Math.round(all.closeRate() * 100)).append("%），逾期 ").append(all.overdue()).append(" 项。");
    for (ItemView item : view.items()) {
      if (item.status() != LedgerItemStatus.CLOSED && item.status() != LedgerItemStatus.CANCELLED) {
        text.append("\n· 【").append(item.statusLabel()).append(item.overdue() ? "·逾期" : "").append("】")
            .append(item.task()).append("（").append(item.ownerName()).append("，时限 ").append(item.deadline())
            .append(item.escalated().isEmpty() ? "" : "，已" + item.escalated()).append("）");
      }
    }
    return text.toString();
  }

  /** The unit's self-check, and the superior's check once made. */
  public String selfCheck(long lookBackId, String unitId) {
    LookBackUnit u = repository.findUnit(lookBackId, unitId).orElseThrow();
    StringBuilder text = new StringBuilder("自查（").append(leadership.name(u.selfCheckedBy())).append("）：")
        .append("\n（一）学习：").append(u.study()).append("\n（二）整改方案：").append(u.plan())
        .append("\n（三）专项整治：").append(u.special()).append("\n（四）制度建设：").append(u.institutions())
        .append("\n（五）上下联动：").append(u.joint()).append("\n（六）整改责任：").append(u.responsibility())
        .append("\n未完成事项：").append(u.unfinished());
    if (u.superiorMark() != null) {
      text.append("\n\n逐级督查（").append(leadership.name(u.superiorBy())).append("）：").append(u.superiorMark().label())
          .append("。").append(u.superiorFindings());
    }
    return text.append("\n\n").append(ledger(unitId)).toString();
  }

  /** Every unit's marks, for the notification. */
  public String marks(long lookBackId) {
    StringBuilder text = new StringBuilder();
    for (LookBackUnit u : repository.findUnits(lookBackId)) {
      text.append(ledgers.unit(u.unitId()).orElseThrow().name()).append("：逐级督查“").append(u.superiorMark().label())
          .append("”").append(u.sampled() ? "，重点抽查“" + u.spotMark().label() + "”" : "")
          .append(u.mark().eligibleForAwards() ? "" : "（整改差，不能评先选优）").append("。").append(u.superiorFindings())
          .append('\n');
    }
    return text.toString();
  }
}
