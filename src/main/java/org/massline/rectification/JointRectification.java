package org.massline.rectification;

import org.massline.organization.MeetingUnits;
import org.massline.organization.Unit;
import org.massline.rectification.RectificationRepository.ItemText;
import org.massline.rectification.RectificationRepository.LedgerItem;
import org.massline.rectification.RectificationRepository.Rectification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 上题下答、下题上答 (seed 002, 上下联动整改): an item a unit cannot solve alone is passed up to its
 * superior unit's ledger, or a superior assigns its part down to a subordinate's; the other unit's
 * principal owns the new item, which runs on its own like every item, while the first stays open in
 * its own ledger. Both items' histories say where it came from and went.
 */
@Component
public class JointRectification {

  public enum Direction {
    UP, DOWN
  }

  private final RectificationRepository repository;
  private final MeetingUnits meetingUnits;
  private final Ledgers ledgers;
  private final RectificationSettings settings;
  private final LedgerItems ledgerItems;

  public JointRectification(RectificationRepository repository, MeetingUnits meetingUnits, Ledgers ledgers,
      RectificationSettings settings, LedgerItems ledgerItems) {
    this.repository = repository;
    this.meetingUnits = meetingUnits;
    this.ledgers = ledgers;
    this.settings = settings;
    this.ledgerItems = ledgerItems;
  }

  /** Why the item cannot go to that unit, or null: it must be open, and the unit able to work it. */
  public String refusal(LedgerItem item, Unit from, Direction direction, Unit target) {
    if (item.status() == LedgerItemStatus.CLOSED || item.status() == LedgerItemStatus.CANCELLED) {
      return "该事项" + item.status().label() + "，不能再移交";
    }
    if (target == null) {
      return direction == Direction.UP ? from.name() + "没有上级单位" : "请指定要交办的下级单位";
    }
    if (direction == Direction.DOWN && !from.id().equals(target.parentId()) && !from.id().equals(target.superiorUnitId())) {
      return target.name() + "不是" + from.name() + "的下级单位";
    }
    if (meetingUnits.principalOf(target.id()).isEmpty() || target.superiorLeaderId() == null
        || target.supervisionGroupId() == null) {
      return target.name() + "没有主要负责同志、上级联系领导或督导组，无人承接和督办该事项";
    }
    return null;
  }

  /** Passes the item on to the target unit's ledger; answers the new item's id. */
  @Transactional
  public long passOn(LedgerItem item, Unit target, String reasons, String by) {
    Unit from = ledgers.unit(item.unitId()).orElseThrow();
    String owner = meetingUnits.principalOf(target.id()).orElseThrow();
    long id = repository.insertLedgerItem(target.id(),
        repository.findOpenRectification(target.id()).map(Rectification::id).orElse(null), null, false,
        new ItemText(item.wind(), item.task(), item.measures(), item.deadline(), owner, item.commitment(),
            item.specialTask(), item.weight()),
        settings.needsPublicAcceptance(target.category()), LedgerItemStatus.IN_PROGRESS);
    repository.markPassedFrom(id, item.id());
    repository.insertEntry(item.id(), LedgerEntryKind.PASSED_ON, "移交" + target.name() + "：" + reasons, null, by);
    repository.insertEntry(id, LedgerEntryKind.RECEIVED, "由" + from.name() + "移交：" + reasons, null, by);
    ledgerItems.track(id, target);
    return id;
  }
}
