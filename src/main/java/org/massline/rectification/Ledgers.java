package org.massline.rectification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.massline.app.Clock;
import org.massline.meeting.Wind;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.PersonNames;
import org.massline.organization.Unit;
import org.massline.rectification.RectificationRepository.Acceptance;
import org.massline.rectification.RectificationRepository.Escalation;
import org.massline.rectification.RectificationRepository.LedgerEntry;
import org.massline.rectification.RectificationRepository.LedgerItem;
import org.springframework.stereotype.Component;

/**
 * The ledger (台账) as offices and supervisors read it: items with their names, history and whether
 * they are overdue, filtered, and counted by status per unit and tier with the close rate (销号率).
 */
@Component
public class Ledgers {

  /** What the region-wide ledger is filtered by; null: any. */
  public record Filter(String unit, String region, Integer tier, Wind wind, LedgerItemStatus status, Boolean overdue,
      String owner) {

    public static final Filter NONE = new Filter(null, null, null, null, null, null, null);

    boolean accepts(LedgerItem item, Unit unit, LocalDate today) {
      return (this.unit == null || this.unit.equals(item.unitId()))
          && (region == null || region.equals(unit.region()))
          && (tier == null || tier == unit.tier())
          && (wind == null || wind == item.wind())
          && (status == null || status == item.status())
          && (overdue == null || overdue == item.overdue(today))
          && (owner == null || owner.equals(item.ownerId()));
    }
  }

  public record ItemView(long id, Long rectificationId, Long passedFromItemId, String unitId, String unitName, int tier, boolean quickFix, String specialTask,
      Wind wind, String windLabel, String task, String measures, LocalDate deadline, String ownerId, String ownerName,
      String commitment, boolean publicAcceptance, LedgerItemStatus status, String statusLabel, boolean overdue,
      java.sql.Timestamp createdAt, java.sql.Timestamp closedAt, List<LedgerEntry> entries,
      List<Acceptance> acceptances, List<Escalation> escalations) {

    /** The highest rung climbed, as the offices call it, or empty. */
    public String escalated() {
      return escalations.isEmpty() ? "" : escalations.get(escalations.size() - 1).step().label();
    }
  }

  /** Counts of one unit or tier: by status, in all, closed, overdue, and the share closed. */
  public record Counts(String key, String name, Map<LedgerItemStatus, Integer> byStatus, int total, int closed,
      int overdue, double closeRate) {
  }

  public record LedgerView(List<ItemView> items, List<Counts> units, List<Counts> tiers, Counts all) {
  }

  private final RectificationRepository repository;
  private final OrganizationRepository organization;
  private final PersonNames names;
  private final RectificationSettings settings;

  public Ledgers(RectificationRepository repository, OrganizationRepository organization, PersonNames names,
      RectificationSettings settings) {
    this.repository = repository;
    this.organization = organization;
    this.names = names;
    this.settings = settings;
  }

  /** The items of these units that pass the filter, with their counts. */
  public LedgerView ledger(Collection<Unit> units, Filter filter) {
    Map<String, Unit> byId = units.stream().collect(Collectors.toMap(Unit::id, Function.identity(), (a, b) -> a,
        LinkedHashMap::new));
    LocalDate today = Clock.today();
    List<ItemView> items = repository.findLedgers(byId.keySet()).stream()
        .filter(item -> filter.accepts(item, byId.get(item.unitId()), today))
        .map(item -> view(item, byId.get(item.unitId()), today)).toList();
    List<Counts> perUnit = counts(items, ItemView::unitId, id -> byId.get(id).name());
    List<Counts> perTier = counts(items, item -> String.valueOf(item.tier()), tier -> "第" + tier + "梯次");
    return new LedgerView(items, perUnit, perTier, count("all", "合计", items));
  }

  public Optional<Unit> unit(String unitId) {
    return organization.findUnit(unitId);
  }

  public List<Unit> units() {
    return organization.findAllUnits();
  }

  private ItemView view(LedgerItem item, Unit unit, LocalDate today) {
    return new ItemView(item.id(), item.rectificationId(), item.passedFromItemId(), item.unitId(), unit.name(), unit.tier(), item.quickFix(),
        settings.specialTaskName(item.specialTask()), item.wind(), item.wind().label(), item.task(), item.measures(),
        item.deadline(), item.ownerId(), names.name(item.ownerId()), item.commitment(), item.publicAcceptance(),
        item.status(), item.status().label(), item.overdue(today), item.createdAt(), item.closedAt(),
        repository.findEntries(item.id()), repository.findAcceptances(item.id()), repository.findEscalations(item.id()));
  }

  private static List<Counts> counts(List<ItemView> items, Function<ItemView, String> key,
      Function<String, String> name) {
    Map<String, List<ItemView>> groups = items.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new,
        Collectors.toList()));
    List<Counts> counts = new ArrayList<>();
    groups.forEach((k, group) -> counts.add(count(k, name.apply(k), group)));
    return counts;
  }

  private static Counts count(String key, String name, List<ItemView> items) {
    Map<LedgerItemStatus, Integer> byStatus = new EnumMap<>(LedgerItemStatus.class);
    for (LedgerItemStatus status : LedgerItemStatus.values()) {
      byStatus.put(status, (int) items.stream().filter(i -> i.status() == status).count());
    }
    int closed = byStatus.get(LedgerItemStatus.CLOSED);
    int overdue = (int) items.stream().filter(ItemView::overdue).count();
    return new Counts(key, name, byStatus, items.size(), closed, overdue,
        items.isEmpty() ? 0 : Math.round(1000.0 * closed / items.size()) / 1000.0);
  }
}
