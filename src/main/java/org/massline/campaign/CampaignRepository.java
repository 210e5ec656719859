package org.massline.campaign;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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

/** The campaign tables: rows are added, never overwritten (statuses and a stage's dates aside). */
@Repository
public class CampaignRepository {

  public record Campaign(long id, String unitId, String title, LocalDate startsOn, LocalDate endsOn, Timestamp startedAt,
      Timestamp plannedEnd, CampaignStatus status, String processInstanceId, String startedBy, Timestamp completedAt) {
  }

  public record Plan(long id, long campaignId, int version, String problems, String risks, LocalDate tier2OpensOn,
      LocalDate tier3OpensOn, String weakUnits, String submittedBy, Timestamp submittedAt) {
  }

  public record PlanReview(long id, long planId, String reviewerId, boolean approved, String reasons,
      Timestamp reviewedAt) {
  }

  public record Report(long id, long campaignId, CampaignRecordKind kind, String content, String lateUnits,
      String writtenBy, Timestamp writtenAt) {
  }

  public record UnitCampaign(long id, long campaignId, String unitId, int tier, boolean weak,
      UnitCampaignStatus status, String processInstanceId, Timestamp startedAt, Timestamp earliestClose,
      Timestamp completedAt) {
  }

  public record StagePlan(long unitCampaignId, Stage stage, Timestamp plannedStart, Timestamp plannedEnd,
      Timestamp startedAt, Timestamp passedAt, int rounds) {
  }

  public record UnitRecord(long id, long unitCampaignId, CampaignRecordKind kind, String content, String detail,
      String writtenBy, Timestamp writtenAt) {
  }

  public record StudySession(long id, long unitCampaignId, LocalDate heldOn, double hours, String topic, int attended,
      int absent, String makeUp, String recordedBy, Timestamp recordedAt) {
  }

  public record OpinionRound(long id, long unitCampaignId, int round, String audience, LocalDate heldOn,
      String recordedBy, Timestamp recordedAt) {
  }

  public record Opinion(long id, long roundId, long unitCampaignId, int number, String source, OpinionChannel channel,
      boolean anonymous, String concernsPersonId, String content) {
  }

  /** Who asked a served unit for opinions in a campaign, and when. */
  public record AskedUnit(String unitId, String askedBy, LocalDate heldOn) {
  }

  public record Problem(long id, long unitCampaignId, int version, int position, Wind wind, String description,
      String opinionNumbers, String submittedBy, Timestamp submittedAt) {
  }

  public record Gate(long id, long unitCampaignId, Stage stage, boolean passed, String failedChecks, String reasons,
      String decidedBy, Timestamp decidedAt) {
  }

  private static final RowMapper<Campaign> CAMPAIGN = RecordRowMapper.of(Campaign.class);
  private static final RowMapper<Plan> PLAN = RecordRowMapper.of(Plan.class);
  private static final RowMapper<PlanReview> PLAN_REVIEW = RecordRowMapper.of(PlanReview.class);
  private static final RowMapper<Report> REPORT = RecordRowMapper.of(Report.class);
  private static final RowMapper<UnitCampaign> UNIT_CAMPAIGN = RecordRowMapper.of(UnitCampaign.class);
  private static final RowMapper<StagePlan> STAGE = RecordRowMapper.of(StagePlan.class);
  private static final RowMapper<UnitRecord> UNIT_RECORD = RecordRowMapper.of(UnitRecord.class);
  private static final RowMapper<StudySession> STUDY = RecordRowMapper.of(StudySession.class);
  private static final RowMapper<OpinionRound> ROUND = RecordRowMapper.of(OpinionRound.class);
  private static final RowMapper<Opinion> OPINION = RecordRowMapper.of(Opinion.class);
  private static final RowMapper<AskedUnit> ASKED = RecordRowMapper.of(AskedUnit.class);
  private static final RowMapper<Problem> PROBLEM = RecordRowMapper.of(Problem.class);
  private static final RowMapper<Gate> GATE = RecordRowMapper.of(Gate.class);

  private final JdbcClient jdbc;

  public CampaignRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private long insert(String sql, Object... params) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(sql).params(params).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  // ---- the campaign, its plan and reports

  public long insertCampaign(String unitId, String title, LocalDate startsOn, LocalDate endsOn, Instant plannedEnd,
      String processInstanceId, String startedBy) {
    return insert("""
        insert into campaign (unit_id, title, starts_on, ends_on, started_at, planned_end, status, process_instance_id,
          started_by, open_unit_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", unitId, title, startsOn, endsOn, Clock.now(), Timestamp.from(plannedEnd),
        CampaignStatus.PLANNING.name(), processInstanceId, startedBy, unitId);
  }

  public Optional<Campaign> findCampaign(long id) {
    return jdbc.sql("select * from campaign where id = ?").param(id).query(CAMPAIGN).optional();
  }

  public List<Campaign> findOpenCampaigns() {
    return jdbc.sql("select * from campaign where open_unit_id is not null order by id").query(CAMPAIGN).list();
  }

  public List<Campaign> findCampaigns() {
    return jdbc.sql("select * from campaign order by id desc").query(CAMPAIGN).list();
  }

  public void updateStatus(long id, CampaignStatus status) {
    jdbc.sql("update campaign set status = ? where id = ?").params(status.name(), id).update();
  }

  /** The campaign ended (or was cancelled): its office may start another one. */
  public void release(long id, CampaignStatus status) {
    jdbc.sql("""
        update campaign set status = ?, completed_at = ?, open_unit_id = null
        where id = ? and open_unit_id is not null""").params(status.name(), Clock.now(), id).update();
  }

  public long insertPlan(long campaignId, String problems, String risks, LocalDate tier2OpensOn,
      LocalDate tier3OpensOn, String weakUnits, String submittedBy) {
    int version = jdbc.sql("select coalesce(max(version), 0) + 1 from campaign_plan where campaign_id = ?")
        .param(campaignId).query(Integer.class).single();
    return insert("""
        insert into campaign_plan (campaign_id, version, problems, risks, tier2_opens_on, tier3_opens_on, weak_units,
          submitted_by, submitted_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", campaignId, version, problems, risks, tier2OpensOn, tier3OpensOn,
        weakUnits, submittedBy, Clock.now());
  }

  public Optional<Plan> findLatestPlan(long campaignId) {
    return jdbc.sql("select * from campaign_plan where campaign_id = ? order by version desc fetch first 1 rows only")
        .param(campaignId).query(PLAN).optional();
  }

  public List<Plan> findPlans(long campaignId) {
    return jdbc.sql("select * from campaign_plan where campaign_id = ? order by version").param(campaignId).query(PLAN)
        .list();
  }

  public void insertPlanReview(long planId, String reviewerId, boolean approved, String reasons) {
    jdbc.sql("""
        insert into campaign_plan_review (plan_id, reviewer_id, approved, reasons, reviewed_at)
        values (?, ?, ?, ?, ?)""").params(planId, reviewerId, approved, reasons, Clock.now()).update();
  }

  public List<PlanReview> findPlanReviews(long campaignId) {
    return jdbc.sql("""
        select r.* from campaign_plan_review r join campaign_plan p on p.id = r.plan_id
        where p.campaign_id = ? order by r.id""").param(campaignId).query(PLAN_REVIEW).list();
  }

  public void insertReport(long campaignId, CampaignRecordKind kind, String content, String lateUnits,
      String writtenBy) {
    jdbc.sql("""
        insert into campaign_report (campaign_id, kind, content, late_units, written_by, written_at)
        values (?, ?, ?, ?, ?, ?)""").params(campaignId, kind.name(), content, lateUnits, writtenBy, Clock.now())
        .update();
  }

  public List<Report> findReports(long campaignId) {
    return jdbc.sql("select * from campaign_report where campaign_id = ? order by id").param(campaignId)
        .query(REPORT).list();
  }

  // ---- each unit's campaign and its stages

  public long insertUnitCampaign(long campaignId, String unitId, int tier, boolean weak, Instant earliestClose) {
    return insert("""
        insert into unit_campaign (campaign_id, unit_id, tier, weak, status, started_at, earliest_close)
        values (?, ?, ?, ?, ?, ?, ?)""", campaignId, unitId, tier, weak, UnitCampaignStatus.PLANNED.name(),
        Clock.now(), Timestamp.from(earliestClose));
  }

  public void insertStagePlan(long unitCampaignId, Stage stage, Instant plannedStart, Instant plannedEnd) {
    jdbc.sql("""
        insert into unit_campaign_stage (unit_campaign_id, stage, planned_start, planned_end, rounds)
        values (?, ?, ?, ?, 0)""").params(unitCampaignId, stage.name(), Timestamp.from(plannedStart),
        Timestamp.from(plannedEnd)).update();
  }

  public Optional<UnitCampaign> findUnitCampaign(long id) {
    return jdbc.sql("select * from unit_campaign where id = ?").param(id).query(UNIT_CAMPAIGN).optional();
  }

  public Optional<UnitCampaign> findUnitCampaign(long campaignId, String unitId) {
    return jdbc.sql("select * from unit_campaign where campaign_id = ? and unit_id = ?").params(campaignId, unitId)
        .query(UNIT_CAMPAIGN).optional();
  }

  /** The unit's campaign that runs now, if any. */
  public Optional<UnitCampaign> findRunningUnitCampaign(String unitId) {
    return jdbc.sql("""
        select * from unit_campaign where unit_id = ? and process_instance_id is not null and completed_at is null
        order by id desc fetch first 1 rows only""").param(unitId).query(UNIT_CAMPAIGN).optional();
  }

  public List<UnitCampaign> findUnitCampaigns(long campaignId) {
    return jdbc.sql("select * from unit_campaign where campaign_id = ? order by tier, id").param(campaignId)
        .query(UNIT_CAMPAIGN).list();
  }

  public List<String> findUnitsOfTier(long campaignId, int tier) {
    return jdbc.sql("select unit_id from unit_campaign where campaign_id = ? and tier = ? order by id")
        .params(campaignId, tier).query(String.class).list();
  }

  /** The unit's campaign began: its instance and the day it closes at the earliest, from its actual start. */
  public void begin(long unitCampaignId, String processInstanceId, Instant earliestClose) {
    jdbc.sql("""
        update unit_campaign set process_instance_id = ?, status = ?, started_at = ?, earliest_close = ?
        where id = ?""").params(processInstanceId, UnitCampaignStatus.PREPARING.name(), Clock.now(),
        Timestamp.from(earliestClose), unitCampaignId).update();
  }

  public void updateStatus(long unitCampaignId, UnitCampaignStatus status) {
    jdbc.sql("update unit_campaign set status = ? where id = ?").params(status.name(), unitCampaignId).update();
  }

  public void finish(long unitCampaignId, UnitCampaignStatus status) {
    jdbc.sql("update unit_campaign set status = ?, completed_at = ? where id = ? and completed_at is null")
        .params(status.name(), Clock.now(), unitCampaignId).update();
  }

  public List<StagePlan> findStages(long unitCampaignId) {
    return jdbc.sql("select * from unit_campaign_stage where unit_campaign_id = ? order by planned_start")
        .param(unitCampaignId).query(STAGE).list();
  }

  public List<StagePlan> findStagesOfCampaign(long campaignId) {
    return jdbc.sql("""
        select s.* from unit_campaign_stage s join unit_campaign u on u.id = s.unit_campaign_id
        where u.campaign_id = ?""").param(campaignId).query(STAGE).list();
  }

  /** The unit enters the stage: the first time it began, or once more after a gate sent it back. */
  public void enterStage(long unitCampaignId, Stage stage) {
    jdbc.sql("""
        update unit_campaign_stage set rounds = rounds + 1, started_at = coalesce(started_at, ?), passed_at = null
        where unit_campaign_id = ? and stage = ?""").params(Clock.now(), unitCampaignId, stage.name()).update();
  }

  public void insertGate(long unitCampaignId, Stage stage, boolean passed, Collection<NoPass> failed, String reasons,
      String decidedBy) {
    jdbc.sql("""
        insert into stage_gate (unit_campaign_id, stage, passed, failed_checks, reasons, decided_by, decided_at)
        values (?, ?, ?, ?, ?, ?, ?)""").params(unitCampaignId, stage.name(), passed,
        failed.isEmpty() ? null : String.join(",", failed.stream().map(NoPass::name).toList()), reasons, decidedBy,
        Clock.now()).update();
    if (passed) {
      jdbc.sql("update unit_campaign_stage set passed_at = ? where unit_campaign_id = ? and stage = ?")
          .params(Clock.now(), unitCampaignId, stage.name()).update();
    }
  }

  public List<Gate> findGates(long unitCampaignId) {
    return jdbc.sql("select * from stage_gate where unit_campaign_id = ? order by id").param(unitCampaignId)
        .query(GATE).list();
  }

  public void insertUnitRecord(long unitCampaignId, CampaignRecordKind kind, String content, String detail,
      String writtenBy) {
    jdbc.sql("""
        insert into unit_campaign_record (unit_campaign_id, kind, content, detail, written_by, written_at)
        values (?, ?, ?, ?, ?, ?)""").params(unitCampaignId, kind.name(), content, detail, writtenBy, Clock.now())
        .update();
  }

  public List<UnitRecord> findUnitRecords(long unitCampaignId) {
    return jdbc.sql("select * from unit_campaign_record where unit_campaign_id = ? order by id").param(unitCampaignId)
        .query(UNIT_RECORD).list();
  }

  // ---- stage 1: study sessions and the opinion register

  public void insertStudySession(long unitCampaignId, LocalDate heldOn, double hours, String topic, int attended,
      int absent, String makeUp, String recordedBy) {
    jdbc.sql("""
        insert into study_session (unit_campaign_id, held_on, hours, topic, attended, absent, make_up, recorded_by,
          recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(unitCampaignId, heldOn, hours, topic, attended, absent, makeUp,
        recordedBy, Clock.now()).update();
  }

  public List<StudySession> findStudySessions(long unitCampaignId) {
    return jdbc.sql("select * from study_session where unit_campaign_id = ? order by held_on, id")
        .param(unitCampaignId).query(STUDY).list();
  }

  public long insertRound(long unitCampaignId, String audience, LocalDate heldOn, String recordedBy) {
    int round = jdbc.sql("select coalesce(max(round), 0) + 1 from opinion_round where unit_campaign_id = ?")
        .param(unitCampaignId).query(Integer.class).single();
    return insert("""
        insert into opinion_round (unit_campaign_id, round, audience, held_on, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?)""", unitCampaignId, round, audience, heldOn, recordedBy, Clock.now());
  }

  public List<OpinionRound> findRounds(long unitCampaignId) {
    return jdbc.sql("select * from opinion_round where unit_campaign_id = ? order by round").param(unitCampaignId)
        .query(ROUND).list();
  }

  /** A served unit asked in a round; the campaign's unique key refuses a second organ asking it. */
  public void insertAskedUnit(long roundId, long campaignId, String unitId) {
    jdbc.sql("insert into opinion_round_unit (round_id, campaign_id, unit_id) values (?, ?, ?)")
        .params(roundId, campaignId, unitId).update();
  }

  public List<AskedUnit> findAskedUnits(long campaignId, Collection<String> unitIds) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
        select a.unit_id, u.unit_id as asked_by, r.held_on from opinion_round_unit a
        join opinion_round r on r.id = a.round_id join unit_campaign u on u.id = r.unit_campaign_id
        where a.campaign_id = :campaign and a.unit_id in (:units)""").param("campaign", campaignId)
        .param("units", unitIds).query(ASKED).list();
  }

  public void insertOpinion(long roundId, long unitCampaignId, String source, OpinionChannel channel,
      boolean anonymous, String concernsPersonId, String content) {
    int number = jdbc.sql("select coalesce(max(number), 0) + 1 from opinion where unit_campaign_id = ?")
        .param(unitCampaignId).query(Integer.class).single();
    jdbc.sql("""
        insert into opinion (round_id, unit_campaign_id, number, source, channel, anonymous, concerns_person_id,
          content)
        values (?, ?, ?, ?, ?, ?, ?, ?)""").params(roundId, unitCampaignId, number, source, channel.name(), anonymous,
        concernsPersonId, content).update();
  }

  public List<Opinion> findOpinions(long unitCampaignId) {
    return jdbc.sql("select * from opinion where unit_campaign_id = ? order by number").param(unitCampaignId)
        .query(OPINION).list();
  }

  // ---- stage 2: the problem list

  public void insertProblems(long unitCampaignId, List<ProblemText> problems, String submittedBy) {
    int version = jdbc.sql("select coalesce(max(version), 0) + 1 from campaign_problem where unit_campaign_id = ?")
        .param(unitCampaignId).query(Integer.class).single();
    int position = 0;
    for (ProblemText problem : problems) {
      jdbc.sql("""
          insert into campaign_problem (unit_campaign_id, version, position, wind, description, opinion_numbers,
            submitted_by, submitted_at)
          values (?, ?, ?, ?, ?, ?, ?, ?)""").params(unitCampaignId, version, ++position, problem.wind().name(),
          problem.description(), problem.opinionNumbers(), submittedBy, Clock.now()).update();
    }
  }

  /** A problem as written, before it is stored. */
  public record ProblemText(Wind wind, String description, String opinionNumbers) {
  }

  /** The latest version of the unit's problem list. */
  public List<Problem> findProblems(long unitCampaignId) {
    return jdbc.sql("""
        select * from campaign_problem where unit_campaign_id = ? and version =
          (select max(version) from campaign_problem where unit_campaign_id = ?)
        order by position""").params(unitCampaignId, unitCampaignId).query(PROBLEM).list();
  }
}
