package org.massline.rectification;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.massline.app.Clock;
import org.massline.app.RecordRowMapper;
import org.massline.meeting.Wind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The rectification and ledger tables: rows are added, never overwritten (statuses aside). */
@Repository
public class RectificationRepository {

  public record Rectification(long id, String unitId, String processInstanceId, RectificationStatus status,
      Timestamp startedAt, Timestamp completedAt) {
  }

  /** A problem the rectification starts from; {@code subjectId} null: the group's (or the branch's). */
  public record Problem(long id, long rectificationId, ProblemOrigin source, long sourceId, String subjectId,
      Wind wind, String description, String measures) {
  }

  public record Plan(long id, long rectificationId, int version, String summary, String submittedBy,
      Timestamp submittedAt) {
  }

  public record PlanItem(long id, long planId, int position, Wind wind, String task, String measures,
      LocalDate deadline, String ownerId, String commitment, String specialTask, ItemWeight weight,
      boolean addedBySupervision) {

    public ItemText text() {
      return new ItemText(wind, task, measures, deadline, ownerId, commitment, specialTask, weight);
    }
  }

  /** One rule of the institution-building programme (制度建设计划). */
  public record Institution(long id, long planId, int position, String title, String purpose, LocalDate adoptedOn,
      String documentRef) {
  }

  public record PlanReview(long id, long planId, String reviewerId, PlanReviewer role, boolean approved,
      String opinion, Timestamp reviewedAt) {
  }

  public record LedgerItem(long id, String unitId, Long rectificationId, Long planItemId, boolean quickFix, Wind wind,
      String task, String measures, LocalDate deadline, String ownerId, String commitment, String specialTask,
      ItemWeight weight, Long passedFromItemId, boolean publicAcceptance, LedgerItemStatus status, String processInstanceId, Timestamp createdAt,
      Timestamp closedAt) {

    public ItemText text() {
      return new ItemText(wind, task, measures, deadline, ownerId, commitment, specialTask, weight);
    }

    /** Past its deadline and not closed: 逾期. */
    public boolean overdue(LocalDate today) {
      return status != LedgerItemStatus.CLOSED && deadline != null && deadline.isBefore(today);
    }
  }

  public record LedgerEntry(long id, long ledgerItemId, LedgerEntryKind kind, String content, String evidence,
      String personId, Timestamp recordedAt) {
  }

  public record Acceptance(long id, long ledgerItemId, LocalDate heldOn, String method, int satisfied,
      int basicallySatisfied, int dissatisfied, boolean accepted, String recordedBy, Timestamp recordedAt) {
  }

  /** A rung of the escalation ladder an overdue item climbed, with what was recorded at it. */
  public record Escalation(long id, long ledgerItemId, int rung, EscalationStep step, int daysOverdue,
      Timestamp decidedAt, String processInstanceId, String content, LocalDate deadline, PersonMeasure measure,
      String recordedBy, Timestamp recordedAt) {
  }

  public record Receipt(long id, long escalationId, String personId, String response, Timestamp acknowledgedAt) {
  }

  /** What a plan item says, before it is stored; {@code specialTask} null: the unit's own item. */
  public record ItemText(Wind wind, String task, String measures, LocalDate deadline, String ownerId,
      String commitment, String specialTask, ItemWeight weight) {
  }

  /** What a rule of the programme says, before it is stored. */
  public record InstitutionText(String title, String purpose, LocalDate adoptedOn, String documentRef) {
  }

  private static final RowMapper<Rectification> RECTIFICATION = RecordRowMapper.of(Rectification.class);
  private static final RowMapper<Problem> PROBLEM = RecordRowMapper.of(Problem.class);
  private static final RowMapper<Plan> PLAN = RecordRowMapper.of(Plan.class);
  private static final RowMapper<PlanItem> PLAN_ITEM = RecordRowMapper.of(PlanItem.class);
  private static final RowMapper<Institution> INSTITUTION = RecordRowMapper.of(Institution.class);
  private static final RowMapper<PlanReview> PLAN_REVIEW = RecordRowMapper.of(PlanReview.class);
  private static final RowMapper<LedgerItem> LEDGER_ITEM = RecordRowMapper.of(LedgerItem.class);
  private static final RowMapper<LedgerEntry> LEDGER_ENTRY = RecordRowMapper.of(LedgerEntry.class);
  private static final RowMapper<Escalation> ESCALATION = RecordRowMapper.of(Escalation.class);
  private static final RowMapper<Receipt> RECEIPT = RecordRowMapper.of(Receipt.class);
  private static final RowMapper<Acceptance> ACCEPTANCE = RecordRowMapper.of(Acceptance.class);

  private final JdbcClient jdbc;

  public RectificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private long insert(String sql, Object... params) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(sql).params(params).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  // ---- the rectification and its problems

  public long insertRectification(String unitId, String processInstanceId) {
    return insert("""
        insert into rectification (unit_id, process_instance_id, status, started_at, open_unit_id)
        values (?, ?, ?, ?, ?)""", unitId, processInstanceId, RectificationStatus.PLANNING.name(), Clock.now(), unitId);
  }

  public Optional<Rectification> findRectification(long id) {
    return jdbc.sql("select * from rectification where id = ?").param(id).query(RECTIFICATION).optional();
  }

  public Optional<Rectification> findOpenRectification(String unitId) {
    return jdbc.sql("select * from rectification where open_unit_id = ?").param(unitId).query(RECTIFICATION)
        .optional();
  }

  public List<Rectification> findRectificationsOfUnit(String unitId) {
    return jdbc.sql("select * from rectification where unit_id = ? order by id").param(unitId).query(RECTIFICATION)
        .list();
  }

  public void updateStatus(long id, RectificationStatus status) {
    jdbc.sql("update rectification set status = ? where id = ?").params(status.name(), id).update();
  }

  /**
   * Ends the rectification (completed or cancelled): the unit may start its next one. A cancelled
   * one's open items are marked so, as nothing tracks or escalates them any more.
   */
  public void release(long id, RectificationStatus status) {
    int released = jdbc.sql("""
        update rectification set status = ?, open_unit_id = null, completed_at = ?
        where id = ? and open_unit_id is not null""").params(status.name(), Clock.now(), id).update();
    if (released == 1 && status == RectificationStatus.CANCELLED) {
      jdbc.sql("update ledger_item set status = ? where rectification_id = ? and status <> ? and not quick_fix")
          .params(LedgerItemStatus.CANCELLED.name(), id, LedgerItemStatus.CLOSED.name()).update();
    }
  }

  /** A problem, unless another rectification took it already (each problem is rectified once). */
  public void insertProblemIfNew(long rectificationId, ProblemOrigin source, long sourceId, String subjectId, Wind wind,
      String description, String measures) {
    jdbc.sql("""
        insert into rectification_problem (rectification_id, source, source_id, subject_id, wind, description, measures)
        select ?, ?, ?, ?, ?, ?, ? where not exists
          (select 1 from rectification_problem where source = ? and source_id = ?)""")
        .params(rectificationId, source.name(), sourceId, subjectId, wind == null ? null : wind.name(), description,
            measures, source.name(), sourceId)
        .update();
  }

  public List<Problem> findProblems(long rectificationId) {
    return jdbc.sql("select * from rectification_problem where rectification_id = ? order by id")
        .param(rectificationId).query(PROBLEM).list();
  }

  // ---- the plan, its versions and reviews

  /** The plan's next version (numbered in the insert itself). */
  public long insertPlan(long rectificationId, String summary, String submittedBy) {
    return insert("""
        insert into rectification_plan (rectification_id, version, summary, submitted_by, submitted_at)
        values (?, (select coalesce(max(version), 0) + 1 from rectification_plan where rectification_id = ?), ?, ?, ?)""",
        rectificationId, rectificationId, summary, submittedBy, Clock.now());
  }

  public void insertPlanItems(long planId, List<ItemText> items, boolean addedBySupervision) {
    int first = jdbc.sql("select coalesce(max(position), 0) from rectification_plan_item where plan_id = ?")
        .param(planId).query(Integer.class).single();
    for (int i = 0; i < items.size(); i++) {
      ItemText item = items.get(i);
      jdbc.sql("""
          insert into rectification_plan_item (plan_id, position, wind, task, measures, deadline, owner_id, commitment,
            special_task, weight, added_by_supervision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(planId, first + i + 1, item.wind().name(), item.task(), item.measures(), item.deadline(),
              item.ownerId(), item.commitment(), item.specialTask(), item.weight().name(), addedBySupervision)
          .update();
    }
  }

  public void insertInstitutions(long planId, List<InstitutionText> rules) {
    for (int i = 0; i < rules.size(); i++) {
      InstitutionText rule = rules.get(i);
      jdbc.sql("""
          insert into rectification_institution (plan_id, position, title, purpose, adopted_on, document_ref)
          values (?, ?, ?, ?, ?, ?)""").params(planId, i + 1, rule.title(), rule.purpose(), rule.adoptedOn(),
          rule.documentRef()).update();
    }
  }

  public List<Institution> findInstitutions(long planId) {
    return jdbc.sql("select * from rectification_institution where plan_id = ? order by position").param(planId)
        .query(INSTITUTION).list();
  }

  public Optional<Plan> findLatestPlan(long rectificationId) {
    return jdbc.sql("select * from rectification_plan where rectification_id = ? order by version desc")
        .param(rectificationId).query(PLAN).list().stream().findFirst();
  }

  public List<Plan> findPlans(long rectificationId) {
    return jdbc.sql("select * from rectification_plan where rectification_id = ? order by version")
        .param(rectificationId).query(PLAN).list();
  }

  public List<PlanItem> findPlanItems(long planId) {
    return jdbc.sql("select * from rectification_plan_item where plan_id = ? order by position").param(planId)
        .query(PLAN_ITEM).list();
  }

  public void insertPlanReview(long planId, String reviewerId, PlanReviewer role, boolean approved, String opinion) {
    jdbc.sql("""
        insert into rectification_plan_review (plan_id, reviewer_id, role, approved, opinion, reviewed_at)
        values (?, ?, ?, ?, ?, ?)""").params(planId, reviewerId, role.name(), approved, opinion, Clock.now()).update();
  }

  public List<PlanReview> findPlanReviews(long rectificationId) {
    return jdbc.sql("""
        select r.* from rectification_plan_review r join rectification_plan p on p.id = r.plan_id
        where p.rectification_id = ? order by r.id""").param(rectificationId).query(PLAN_REVIEW).list();
  }

  // ---- the ledger

  public long insertLedgerItem(String unitId, Long rectificationId, Long planItemId, boolean quickFix, ItemText item,
      boolean publicAcceptance, LedgerItemStatus status) {
    Timestamp now = Clock.now();
    return insert("""
        insert into ledger_item (unit_id, rectification_id, plan_item_id, quick_fix, wind, task, measures, deadline,
          owner_id, commitment, special_task, weight, public_acceptance, status, created_at, closed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        unitId, rectificationId, planItemId, quickFix, item.wind().name(), item.task(), item.measures(),
        item.deadline(), item.ownerId(), item.commitment(), item.specialTask(), item.weight().name(), publicAcceptance,
        status.name(), now,
        status == LedgerItemStatus.CLOSED ? now : null);
  }

  public Optional<LedgerItem> findLedgerItem(long id) {
    return jdbc.sql("select * from ledger_item where id = ?").param(id).query(LEDGER_ITEM).optional();
  }

  public List<LedgerItem> findLedgerItemsOfRectification(long rectificationId) {
    return jdbc.sql("select * from ledger_item where rectification_id = ? order by id").param(rectificationId)
        .query(LEDGER_ITEM).list();
  }

  public List<LedgerItem> findLedger(String unitId) {
    return jdbc.sql("select * from ledger_item where unit_id = ? order by id").param(unitId).query(LEDGER_ITEM).list();
  }

  /** The ledgers of these units, in unit and item order (the region-wide ledger filters them further). */
  public List<LedgerItem> findLedgers(java.util.Collection<String> unitIds) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from ledger_item where unit_id in (:units) order by unit_id, id").param("units", unitIds)
        .query(LEDGER_ITEM).list();
  }

  public void markPassedFrom(long itemId, long fromItemId) {
    jdbc.sql("update ledger_item set passed_from_item_id = ? where id = ?").params(fromItemId, itemId).update();
  }

  public void attachProcess(long itemId, String processInstanceId) {
    jdbc.sql("update ledger_item set process_instance_id = ? where id = ?").params(processInstanceId, itemId).update();
  }

  /**
   * Moves an item on from the status it is known to be in; false when it is no longer there (a
   * second, concurrent answer): the caller refuses instead of writing twice.
   */
  public boolean updateItemStatus(long itemId, LedgerItemStatus from, LedgerItemStatus to) {
    return jdbc.sql("update ledger_item set status = ?, closed_at = ? where id = ? and status = ?")
        .params(to.name(), to == LedgerItemStatus.CLOSED ? Clock.now() : null, itemId, from.name()).update() == 1;
  }

  public void insertEntry(long itemId, LedgerEntryKind kind, String content, String evidence, String personId) {
    jdbc.sql("""
        insert into ledger_entry (ledger_item_id, kind, content, evidence, person_id, recorded_at)
        values (?, ?, ?, ?, ?, ?)""").params(itemId, kind.name(), content, evidence, personId, Clock.now()).update();
  }

  public List<LedgerEntry> findEntries(long itemId) {
    return jdbc.sql("select * from ledger_entry where ledger_item_id = ? order by id").param(itemId)
        .query(LEDGER_ENTRY).list();
  }

  public void insertAcceptance(long itemId, LocalDate heldOn, String method, int satisfied, int basicallySatisfied,
      int dissatisfied, boolean accepted, String recordedBy) {
    jdbc.sql("""
        insert into ledger_acceptance (ledger_item_id, held_on, method, satisfied, basically_satisfied, dissatisfied,
          accepted, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(itemId, heldOn, method, satisfied, basicallySatisfied, dissatisfied, accepted, recordedBy, Clock.now())
        .update();
  }

  public List<Acceptance> findAcceptances(long itemId) {
    return jdbc.sql("select * from ledger_acceptance where ledger_item_id = ? order by id").param(itemId)
        .query(ACCEPTANCE).list();
  }

  // ---- the escalation ladder

  /** Items an overdue deadline can escalate: in the owner's hands, with a deadline. */
  public List<LedgerItem> findItemsInProgress() {
    return jdbc.sql("select * from ledger_item where status = ? and deadline is not null order by id")
        .param(LedgerItemStatus.IN_PROGRESS.name()).query(LEDGER_ITEM).list();
  }

  /** The next rung: a second node climbing the same rung at the same time fails on (item, rung). */
  public long insertEscalation(long itemId, int rung, EscalationStep step, long daysOverdue) {
    return insert("""
        insert into ledger_escalation (ledger_item_id, rung, step, days_overdue, decided_at) values (?, ?, ?, ?, ?)""",
        itemId, rung, step.name(), daysOverdue, Clock.now());
  }

  public void linkEscalation(long escalationId, String processInstanceId) {
    jdbc.sql("update ledger_escalation set process_instance_id = ? where id = ?").params(processInstanceId, escalationId)
        .update();
  }

  public void recordEscalation(long escalationId, String content, LocalDate deadline, PersonMeasure measure,
      String by) {
    jdbc.sql("""
        update ledger_escalation set content = ?, deadline = ?, measure = ?, recorded_by = ?, recorded_at = ?
        where id = ?""").params(content, deadline, measure == null ? null : measure.name(), by, Clock.now(), escalationId)
        .update();
  }

  public Optional<Escalation> findEscalation(long id) {
    return jdbc.sql("select * from ledger_escalation where id = ?").param(id).query(ESCALATION).optional();
  }

  public List<Escalation> findEscalations(long itemId) {
    return jdbc.sql("select * from ledger_escalation where ledger_item_id = ? order by rung").param(itemId)
        .query(ESCALATION).list();
  }

  public void insertReceipt(long escalationId, String personId, String response) {
    jdbc.sql("""
        insert into ledger_escalation_receipt (escalation_id, person_id, response, acknowledged_at)
        values (?, ?, ?, ?)""").params(escalationId, personId, response, Clock.now()).update();
  }

  public List<Receipt> findReceipts(long escalationId) {
    return jdbc.sql("select * from ledger_escalation_receipt where escalation_id = ? order by id").param(escalationId)
        .query(RECEIPT).list();
  }
}
