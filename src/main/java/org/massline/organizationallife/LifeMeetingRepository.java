package org.massline.organizationallife;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.massline.app.Clock;
import org.massline.app.RecordRowMapper;
import org.massline.meeting.Wind;
import org.massline.organization.SelfExamination;
import org.massline.organization.UnitRole;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The organizational life meeting's tables: rows are added, never overwritten (the meeting's status aside). */
@Repository
public class LifeMeetingRepository {

  public record LifeMeeting(long id, String unitId, String title, String processInstanceId, LifeMeetingStatus status,
      SelfExamination selfExamination, String superiorLeaderId, Timestamp startedAt, Timestamp closedAt) {
  }

  public record Participant(String personId, UnitRole role) {
    /** The branch committee (支部委员会): the secretary and the committee members. */
    public boolean onCommittee() {
      return role.isLeadership();
    }
  }

  public record Preparation(long id, long lifeMeetingId, LocalDate studyDate, BigDecimal studyHours,
      String studyTopics, String studyAttendance, int talkCount, int opinionCount, String opinionSummary,
      String branchExamination, String submittedBy, Timestamp submittedAt) {
  }

  public record Problem(long id, long lifeMeetingId, long preparationId, Wind wind, String description) {
  }

  public record BriefSelfExamination(long id, long lifeMeetingId, String authorId, String problems, String causes,
      String measures, Timestamp submittedAt) {
  }

  /** 支部委员会 or 党员大会: who was present (ids, comma-separated) and what was said. */
  public record BranchSession(long id, long lifeMeetingId, BranchSessionKind kind, LocalDate heldOn, String present,
      String summary, String recordedBy, Timestamp recordedAt) {
    public List<String> presentIds() {
      return present.isEmpty() ? List.of() : List.of(present.split(","));
    }
  }

  public record BranchCriticism(long id, long branchSessionId, String criticId, String targetId, String content) {
  }

  public record Appraisal(long lifeMeetingId, String appraiserId, String memberId, AppraisalGrade grade,
      Timestamp appraisedAt) {
  }

  public record AppraisalResult(long lifeMeetingId, String memberId, int excellent, int qualified,
      int basicallyQualified, int unqualified, AppraisalGrade grade) {
  }

  public record FollowUp(long id, long lifeMeetingId, String memberId, FollowUpMeasure measure, LocalDate talkDate,
      String reasons, String recordedBy, Timestamp recordedAt) {
  }

  public record Acknowledgement(long lifeMeetingId, String report, String remarks, String acknowledgedBy,
      Timestamp acknowledgedAt) {
  }

  private static final RowMapper<LifeMeeting> LIFE_MEETING = RecordRowMapper.of(LifeMeeting.class);
  private static final RowMapper<Participant> PARTICIPANT = RecordRowMapper.of(Participant.class);
  private static final RowMapper<Preparation> PREPARATION = RecordRowMapper.of(Preparation.class);
  private static final RowMapper<Problem> PROBLEM = RecordRowMapper.of(Problem.class);
  private static final RowMapper<BriefSelfExamination> SELF_EXAMINATION = RecordRowMapper.of(BriefSelfExamination.class);
  private static final RowMapper<BranchSession> SESSION = RecordRowMapper.of(BranchSession.class);
  private static final RowMapper<BranchCriticism> CRITICISM = RecordRowMapper.of(BranchCriticism.class);
  private static final RowMapper<Appraisal> APPRAISAL = RecordRowMapper.of(Appraisal.class);
  private static final RowMapper<AppraisalResult> RESULT = RecordRowMapper.of(AppraisalResult.class);
  private static final RowMapper<FollowUp> FOLLOW_UP = RecordRowMapper.of(FollowUp.class);
  private static final RowMapper<Acknowledgement> ACKNOWLEDGEMENT = RecordRowMapper.of(Acknowledgement.class);

  private final JdbcClient jdbc;

  public LifeMeetingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private long insert(String sql, Object... params) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(sql).params(params).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  // ---- the meeting and its branch

  public long insertLifeMeeting(String unitId, String title, String processInstanceId, SelfExamination selfExamination,
      String superiorLeaderId) {
    return insert("""
        insert into life_meeting (unit_id, title, process_instance_id, status, self_examination, superior_leader_id,
          started_at, open_unit_id) values (?, ?, ?, ?, ?, ?, ?, ?)""",
        unitId, title, processInstanceId, LifeMeetingStatus.PREPARING.name(), selfExamination.name(), superiorLeaderId,
        Clock.now(), unitId);
  }

  public Optional<LifeMeeting> findOpenLifeMeeting(String unitId) {
    return jdbc.sql("select * from life_meeting where open_unit_id = ?").param(unitId).query(LIFE_MEETING).optional();
  }

  public List<LifeMeeting> findLifeMeetingsOfUnit(String unitId) {
    return jdbc.sql("select * from life_meeting where unit_id = ? order by id").param(unitId).query(LIFE_MEETING).list();
  }

  public Optional<LifeMeeting> findLifeMeeting(long id) {
    return jdbc.sql("select * from life_meeting where id = ?").param(id).query(LIFE_MEETING).optional();
  }

  public void updateStatus(long lifeMeetingId, LifeMeetingStatus status) {
    jdbc.sql("update life_meeting set status = ? where id = ?").params(status.name(), lifeMeetingId).update();
  }

  /** The process has ended (or was cancelled): the unit may hold its next one. */
  public void release(long lifeMeetingId) {
    jdbc.sql("update life_meeting set open_unit_id = null where id = ?").param(lifeMeetingId).update();
  }

  public void close(long lifeMeetingId) {
    jdbc.sql("update life_meeting set status = ?, closed_at = ? where id = ?")
        .params(LifeMeetingStatus.CLOSED.name(), Clock.now(), lifeMeetingId).update();
  }

  public void insertParticipant(long lifeMeetingId, String personId, UnitRole role) {
    jdbc.sql("insert into life_meeting_participant (life_meeting_id, person_id, role) values (?, ?, ?)")
        .params(lifeMeetingId, personId, role.name()).update();
  }

  /** The branch, secretary first, then the committee, then the party members. */
  public List<Participant> findParticipants(long lifeMeetingId) {
    return jdbc.sql("""
        select person_id, role from life_meeting_participant where life_meeting_id = ?
        order by case role when 'PRINCIPAL' then 0 when 'MEMBER' then 1 else 2 end, person_id""")
        .param(lifeMeetingId).query(PARTICIPANT).list();
  }

  // ---- preparation

  public long insertPreparation(long lifeMeetingId, LocalDate studyDate, BigDecimal studyHours, String studyTopics,
      String studyAttendance, int talkCount, int opinionCount, String opinionSummary, String branchExamination,
      String by) {
    return insert("""
        insert into life_meeting_preparation (life_meeting_id, study_date, study_hours, study_topics, study_attendance,
          talk_count, opinion_count, opinion_summary, branch_examination, submitted_by, submitted_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        lifeMeetingId, Date.valueOf(studyDate), studyHours, studyTopics, studyAttendance, talkCount, opinionCount,
        opinionSummary, branchExamination, by, Clock.now());
  }

  public Optional<Preparation> findPreparation(long lifeMeetingId) {
    return jdbc.sql("select * from life_meeting_preparation where life_meeting_id = ? order by id desc limit 1")
        .param(lifeMeetingId).query(PREPARATION).optional();
  }

  public void insertProblem(long lifeMeetingId, long preparationId, Wind wind, String description) {
    jdbc.sql("insert into life_meeting_problem (life_meeting_id, preparation_id, wind, description) values (?, ?, ?, ?)")
        .params(lifeMeetingId, preparationId, wind.name(), description).update();
  }

  public List<Problem> findProblems(long lifeMeetingId) {
    return jdbc.sql("select * from life_meeting_problem where life_meeting_id = ? order by id").param(lifeMeetingId)
        .query(PROBLEM).list();
  }

  // ---- brief self-examination

  public void insertSelfExamination(long lifeMeetingId, String authorId, String problems, String causes,
      String measures) {
    jdbc.sql("""
        insert into brief_self_examination (life_meeting_id, author_id, problems, causes, measures, submitted_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(lifeMeetingId, authorId, problems, causes, measures, Clock.now()).update();
  }

  public List<BriefSelfExamination> findSelfExaminations(long lifeMeetingId) {
    return jdbc.sql("select * from brief_self_examination where life_meeting_id = ? order by id").param(lifeMeetingId)
        .query(SELF_EXAMINATION).list();
  }

  // ---- 支部委员会 and 党员大会

  public long insertSession(long lifeMeetingId, BranchSessionKind kind, LocalDate heldOn, List<String> present,
      String summary, String by) {
    return insert("""
        insert into branch_session (life_meeting_id, kind, held_on, present, summary, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?)""",
        lifeMeetingId, kind.name(), Date.valueOf(heldOn), String.join(",", present), summary, by, Clock.now());
  }

  public Optional<BranchSession> findSession(long lifeMeetingId, BranchSessionKind kind) {
    return jdbc.sql("select * from branch_session where life_meeting_id = ? and kind = ?")
        .params(lifeMeetingId, kind.name()).query(SESSION).optional();
  }

  public void insertCriticism(long sessionId, String criticId, String targetId, String content) {
    jdbc.sql("insert into branch_criticism (branch_session_id, critic_id, target_id, content) values (?, ?, ?, ?)")
        .params(sessionId, criticId, targetId, content).update();
  }

  public List<BranchCriticism> findCriticisms(long sessionId) {
    return jdbc.sql("select * from branch_criticism where branch_session_id = ? order by id").param(sessionId)
        .query(CRITICISM).list();
  }

  // ---- 民主评议党员

  public void insertAppraisal(long lifeMeetingId, String appraiserId, String memberId, AppraisalGrade grade) {
    jdbc.sql("""
        insert into member_appraisal (life_meeting_id, appraiser_id, member_id, grade, appraised_at)
        values (?, ?, ?, ?, ?)""")
        .params(lifeMeetingId, appraiserId, memberId, grade.name(), Clock.now()).update();
  }

  public List<Appraisal> findAppraisals(long lifeMeetingId) {
    return jdbc.sql("select * from member_appraisal where life_meeting_id = ? order by member_id, appraiser_id")
        .param(lifeMeetingId).query(APPRAISAL).list();
  }

  public void insertResult(AppraisalResult r) {
    jdbc.sql("""
        insert into member_appraisal_result (life_meeting_id, member_id, excellent, qualified, basically_qualified,
          unqualified, grade) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(r.lifeMeetingId(), r.memberId(), r.excellent(), r.qualified(), r.basicallyQualified(), r.unqualified(),
            r.grade().name()).update();
  }

  public List<AppraisalResult> findResults(long lifeMeetingId) {
    return jdbc.sql("select * from member_appraisal_result where life_meeting_id = ? order by member_id")
        .param(lifeMeetingId).query(RESULT).list();
  }

  public void insertFollowUp(long lifeMeetingId, String memberId, FollowUpMeasure measure, LocalDate talkDate,
      String reasons, String by) {
    jdbc.sql("""
        insert into appraisal_follow_up (life_meeting_id, member_id, measure, talk_date, reasons, recorded_by,
          recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(lifeMeetingId, memberId, measure.name(), Date.valueOf(talkDate), reasons, by, Clock.now()).update();
  }

  public List<FollowUp> findFollowUps(long lifeMeetingId) {
    return jdbc.sql("select * from appraisal_follow_up where life_meeting_id = ? order by id").param(lifeMeetingId)
        .query(FOLLOW_UP).list();
  }

  // ---- 上级党组织签收

  public void insertAcknowledgement(long lifeMeetingId, String report, String remarks, String by) {
    jdbc.sql("""
        insert into life_meeting_acknowledgement (life_meeting_id, report, remarks, acknowledged_by, acknowledged_at)
        values (?, ?, ?, ?, ?)""")
        .params(lifeMeetingId, report, remarks, by, Clock.now()).update();
  }

  public Optional<Acknowledgement> findAcknowledgement(long lifeMeetingId) {
    return jdbc.sql("select * from life_meeting_acknowledgement where life_meeting_id = ?").param(lifeMeetingId)
        .query(ACKNOWLEDGEMENT).optional();
  }
}
