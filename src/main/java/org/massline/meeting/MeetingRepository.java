package org.massline.meeting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.massline.app.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The meeting tables: every write is an insert of a new row or version, never an overwrite of text. */
@Repository
public class MeetingRepository {

  private static final String SECTION_COLUMNS = Arrays.stream(ReportSection.values()).map(ReportSection::column)
      .collect(Collectors.joining(", "));

  public record Meeting(long id, String unitId, String title, String processInstanceId, MeetingStatus status,
      String superiorLeaderId, String supervisionGroupId, Timestamp startedAt, Timestamp closedAt) {
  }

  public record Participant(String personId, String role) {
  }

  public record Talk(long id, long meetingId, TalkKind kind, String initiatorId, String partnerId,
      TalkStatus status) {
  }

  public record TalkRecord(long id, long talkId, int version, LocalDate talkDate, String topics,
      boolean viewsExchanged, String sharedNotes, String recordedBy, Timestamp recordedAt, Boolean confirmed,
      String confirmationComment, String confirmedBy, Timestamp confirmedAt) {
  }

  public record Report(long id, long meetingId, ReportKind kind, String authorId, ReportStatus status,
      int rejections) {
    public boolean isGroupReport() {
      return kind == ReportKind.GROUP;
    }
  }

  /** The sections of a self-examination report (对照检查材料), DOMAIN §4. */
  public record ReportSections(String formalism, String bureaucratism, String hedonism, String extravagance,
      String publicExpenses, String positionConsumption, String giftsAndFavours, String officialCars,
      String officeAndHousing, String familyEmployment, String causeIdeals, String causePurpose,
      String causePartySpirit, String causeDiscipline, String measures) {
  }

  public record ReportVersion(long id, long reportId, int version, ReportSections sections, String submittedBy,
      Timestamp submittedAt) {
  }

  public record Review(long id, long reportId, int version, String reviewerId, boolean approved, String reasons,
      String comment, Timestamp reviewedAt) {
  }

  private final JdbcClient jdbc;

  public MeetingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private long insert(String sql, Object... params) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(sql).params(params).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  // ---- meeting

  public long insertMeeting(String unitId, String title, String processInstanceId, String superiorLeaderId,
      String supervisionGroupId) {
    return insert("""
        insert into meeting (unit_id, title, process_instance_id, status, superior_leader_id, supervision_group_id,
          started_at, open_unit_id) values (?, ?, ?, ?, ?, ?, ?, ?)""",
        unitId, title, processInstanceId, MeetingStatus.PREPARING.name(), superiorLeaderId, supervisionGroupId, Clock.now(), unitId);
  }

  /** The unit's meeting that is still running, if any. */
  public Optional<Meeting> findOpenMeeting(String unitId) {
    return jdbc.sql("select * from meeting where open_unit_id = ?").param(unitId).query(this::meeting).optional();
  }

  /** The meeting's process has ended: the unit may start the next one. */
  public void release(long meetingId) {
    jdbc.sql("update meeting set open_unit_id = null where id = ?").param(meetingId).update();
  }

  public Optional<Meeting> findMeeting(long id) {
    return jdbc.sql("select * from meeting where id = ?").param(id).query(this::meeting).optional();
  }

  public List<Meeting> findMeetingsOfUnit(String unitId) {
    return jdbc.sql("select * from meeting where unit_id = ? order by id").param(unitId).query(this::meeting).list();
  }

  public List<Meeting> findAllMeetings() {
    return jdbc.sql("select * from meeting order by id").query(this::meeting).list();
  }

  public void updateStatus(long meetingId, MeetingStatus status) {
    jdbc.sql("update meeting set status = ? where id = ?").params(status.name(), meetingId).update();
  }

  public void close(long meetingId) {
    jdbc.sql("update meeting set status = ?, closed_at = ? where id = ?")
        .params(MeetingStatus.CLOSED.name(), Clock.now(), meetingId)
        .update();
  }

  public void insertParticipant(long meetingId, String personId, String role) {
    jdbc.sql("insert into meeting_participant (meeting_id, person_id, role) values (?, ?, ?)")
        .params(meetingId, personId, role).update();
  }

  /** The leadership group of the meeting, principal first. */
  public List<Participant> findParticipants(long meetingId) {
    return jdbc.sql("""
        select person_id, role from meeting_participant where meeting_id = ?
        order by case role when 'PRINCIPAL' then 0 else 1 end, person_id""")
        .param(meetingId).query((rs, i) -> new Participant(rs.getString(1), rs.getString(2))).list();
  }

  // ---- preparation and problems

  public long insertPreparation(long meetingId, LocalDate studyDate, BigDecimal studyHours, String studyTopics,
      String attendance, int opinionCount, String channels, String opinionSummary, String by) {
    return insert("""
        insert into meeting_preparation (meeting_id, study_date, study_hours, study_topics, study_attendance,
          opinion_count, opinion_channels, opinion_summary, submitted_by, submitted_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        meetingId, Date.valueOf(studyDate), studyHours, studyTopics, attendance, opinionCount, channels,
        opinionSummary, by, Clock.now());
  }

  public void insertProblem(long meetingId, long preparationId, String subjectId, Wind wind, ProblemSource source,
      String description) {
    jdbc.sql("""
        insert into meeting_problem (meeting_id, preparation_id, subject_id, wind, source, description)
        values (?, ?, ?, ?, ?, ?)""")
        .params(meetingId, preparationId, subjectId, wind.name(), source.name(), description).update();
  }

  public List<Map<String, Object>> findPreparations(long meetingId) {
    return jdbc.sql("select * from meeting_preparation where meeting_id = ? order by id").param(meetingId)
        .query().listOfRows();
  }

  public List<Map<String, Object>> findProblems(long meetingId) {
    return jdbc.sql("select * from meeting_problem where meeting_id = ? order by id").param(meetingId)
        .query().listOfRows();
  }

  // ---- talks

  public long insertTalk(long meetingId, TalkKind kind, String initiatorId, String partnerId) {
    return insert("insert into meeting_talk (meeting_id, kind, initiator_id, partner_id, status) values (?, ?, ?, ?, ?)",
        meetingId, kind.name(), initiatorId, partnerId, TalkStatus.PLANNED.name());
  }

  public Talk findTalk(long talkId) {
    return jdbc.sql("select * from meeting_talk where id = ?").param(talkId).query(this::talk).single();
  }

  public List<Talk> findTalks(long meetingId) {
    return jdbc.sql("select * from meeting_talk where meeting_id = ? order by id").param(meetingId)
        .query(this::talk).list();
  }

  public void updateTalkStatus(long talkId, TalkStatus status) {
    jdbc.sql("update meeting_talk set status = ? where id = ?").params(status.name(), talkId).update();
  }

  public int insertTalkRecord(long talkId, LocalDate date, String topics, boolean exchanged, String notes, String by) {
    int version = jdbc.sql("select coalesce(max(version), 0) + 1 from meeting_talk_record where talk_id = ?")
        .param(talkId).query(Integer.class).single();
    jdbc.sql("""
        insert into meeting_talk_record (talk_id, version, talk_date, topics, views_exchanged, shared_notes,
          recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(talkId, version, Date.valueOf(date), topics, exchanged, notes, by, Clock.now()).update();
    return version;
  }

  public Optional<TalkRecord> findLatestTalkRecord(long talkId) {
    return jdbc.sql("select * from meeting_talk_record where talk_id = ? order by version desc").param(talkId)
        .query(this::talkRecord).list().stream().findFirst();
  }

  public List<TalkRecord> findTalkRecords(long talkId) {
    return jdbc.sql("select * from meeting_talk_record where talk_id = ? order by version").param(talkId)
        .query(this::talkRecord).list();
  }

  public void confirmTalkRecord(long recordId, boolean confirmed, String comment, String by) {
    jdbc.sql("""
        update meeting_talk_record set confirmed = ?, confirmation_comment = ?, confirmed_by = ?, confirmed_at = ?
        where id = ? and confirmed is null""")
        .params(confirmed, comment, by, Clock.now(), recordId).update();
  }

  // ---- reports

  public long insertReport(long meetingId, ReportKind kind, String authorId) {
    return insert("insert into meeting_report (meeting_id, kind, author_id, status) values (?, ?, ?, ?)",
        meetingId, kind.name(), authorId, ReportStatus.DRAFTING.name());
  }

  public Report findReport(long reportId) {
    return jdbc.sql("select * from meeting_report where id = ?").param(reportId).query(this::report).single();
  }

  public List<Report> findReports(long meetingId) {
    return jdbc.sql("select * from meeting_report where meeting_id = ? order by case kind when 'GROUP' then 0 else 1 end, id")
        .param(meetingId).query(this::report).list();
  }

  public void updateReportStatus(long reportId, ReportStatus status) {
    jdbc.sql("update meeting_report set status = ? where id = ?").params(status.name(), reportId).update();
  }

  public int incrementRejections(long reportId) {
    jdbc.sql("update meeting_report set rejections = rejections + 1, status = ? where id = ?")
        .params(ReportStatus.REJECTED.name(), reportId).update();
    return findReport(reportId).rejections();
  }

  public int insertReportVersion(long reportId, ReportSections s, String by) {
    int version = jdbc.sql("select coalesce(max(version), 0) + 1 from meeting_report_version where report_id = ?")
        .param(reportId).query(Integer.class).single();
    List<Object> params = new ArrayList<>(List.of(reportId, version));
    Arrays.stream(ReportSection.values()).forEach(section -> params.add(section.textOf(s)));
    params.addAll(List.of(by, Clock.now()));
    jdbc.sql("insert into meeting_report_version (report_id, version, " + SECTION_COLUMNS
        + ", submitted_by, submitted_at) values (" + String.join(", ", Collections.nCopies(params.size(), "?")) + ")")
        .params(params).update();
    updateReportStatus(reportId, ReportStatus.SUBMITTED);
    return version;
  }

  public List<ReportVersion> findReportVersions(long reportId) {
    return jdbc.sql("select * from meeting_report_version where report_id = ? order by version").param(reportId)
        .query(this::reportVersion).list();
  }

  public Optional<ReportVersion> findLatestReportVersion(long reportId) {
    return jdbc.sql("select * from meeting_report_version where report_id = ? order by version desc").param(reportId)
        .query(this::reportVersion).list().stream().findFirst();
  }

  public void insertReportComment(long reportId, int version, String commenterId, String content) {
    jdbc.sql("""
        insert into meeting_report_comment (report_id, version, commenter_id, content, commented_at)
        values (?, ?, ?, ?, ?)""").params(reportId, version, commenterId, content, Clock.now()).update();
  }

  public List<Map<String, Object>> findReportComments(long reportId) {
    return jdbc.sql("select * from meeting_report_comment where report_id = ? order by id").param(reportId)
        .query().listOfRows();
  }

  public void insertReview(long reportId, int version, String reviewerId, boolean approved, String reasons,
      String comment) {
    jdbc.sql("""
        insert into meeting_review (report_id, version, reviewer_id, approved, reasons, comment, reviewed_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(reportId, version, reviewerId, approved, reasons, comment, Clock.now()).update();
  }

  public List<Review> findReviews(long reportId) {
    return jdbc.sql("select * from meeting_review where report_id = ? order by id").param(reportId)
        .query(this::review).list();
  }

  public void insertReminderTalk(long reportId, int rejections, LocalDate date, String summary, String nextSteps,
      String by) {
    jdbc.sql("""
        insert into meeting_reminder_talk (report_id, rejections, talk_date, summary, next_steps, recorded_by,
          recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(reportId, rejections, Date.valueOf(date), summary, nextSteps, by, Clock.now()).update();
  }

  public List<Map<String, Object>> findReminderTalks(long reportId) {
    return jdbc.sql("select * from meeting_reminder_talk where report_id = ? order by id").param(reportId)
        .query().listOfRows();
  }

  // ---- the meeting itself

  public void insertSchedule(long meetingId, LocalDate date, String startTime, String place, String superiorAttendee,
      String supervisors, String others, String by) {
    jdbc.sql("""
        insert into meeting_schedule (meeting_id, meeting_date, start_time, place, superior_attendee_id, supervisors,
          other_attendees, scheduled_by, scheduled_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(meetingId, Date.valueOf(date), startTime, place, superiorAttendee, supervisors, others, by, Clock.now())
        .update();
  }

  public List<Map<String, Object>> findSchedules(long meetingId) {
    return jdbc.sql("select * from meeting_schedule where meeting_id = ? order by id").param(meetingId)
        .query().listOfRows();
  }

  public long insertRecord(long meetingId, LocalDate heldOn, String summary, String by) {
    return insert("insert into meeting_record (meeting_id, held_on, summary, recorded_by, recorded_at) values (?, ?, ?, ?, ?)",
        meetingId, Date.valueOf(heldOn), summary, by, Clock.now());
  }

  public void insertStatement(long recordId, String personId, String summary) {
    jdbc.sql("insert into meeting_statement (record_id, person_id, summary) values (?, ?, ?)")
        .params(recordId, personId, summary).update();
  }

  public void insertCriticism(long recordId, String targetId, String criticId, String content) {
    jdbc.sql("insert into meeting_criticism (record_id, target_id, critic_id, content) values (?, ?, ?, ?)")
        .params(recordId, targetId, criticId, content).update();
  }

  public void insertAbsence(long recordId, String personId, String reason) {
    jdbc.sql("insert into meeting_absence (record_id, person_id, reason) values (?, ?, ?)")
        .params(recordId, personId, reason).update();
  }

  public void insertIntervention(long recordId, String supervisorId, Intervention kind, String targetId, String note) {
    jdbc.sql("insert into meeting_intervention (record_id, supervisor_id, kind, target_id, note) values (?, ?, ?, ?, ?)")
        .params(recordId, supervisorId, kind.name(), targetId, note).update();
  }

  public Optional<Map<String, Object>> findLatestRecord(long meetingId) {
    return jdbc.sql("select * from meeting_record where meeting_id = ? order by id desc").param(meetingId)
        .query().listOfRows().stream().findFirst();
  }

  public List<Map<String, Object>> rowsOfRecord(String table, long recordId) {
    if (!List.of("meeting_statement", "meeting_criticism", "meeting_absence", "meeting_intervention").contains(table)) {
      throw new IllegalArgumentException(table);
    }
    return jdbc.sql("select * from " + table + " where record_id = ?").param(recordId).query().listOfRows();
  }

  public void insertCommentary(long meetingId, String subjectId, String supervisorId, String affirmation,
      String problems, String requirements) {
    jdbc.sql("""
        insert into meeting_commentary (meeting_id, subject_id, supervisor_id, affirmation, problems, requirements,
          commented_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(meetingId, subjectId, supervisorId, affirmation, problems, requirements, Clock.now()).update();
  }

  public List<Map<String, Object>> findCommentary(long meetingId) {
    return jdbc.sql("select * from meeting_commentary where meeting_id = ? order by id").param(meetingId)
        .query().listOfRows();
  }

  // ---- notification and hand-off

  public int insertNotification(long meetingId, String content) {
    int version = jdbc.sql("select coalesce(max(version), 0) + 1 from meeting_notification where meeting_id = ?")
        .param(meetingId).query(Integer.class).single();
    jdbc.sql("insert into meeting_notification (meeting_id, version, content, composed_at) values (?, ?, ?, ?)")
        .params(meetingId, version, content, Clock.now()).update();
    return version;
  }

  public void circulateNotification(long meetingId, String content, String scope, String by) {
    int version = insertNotification(meetingId, content);
    jdbc.sql("""
        update meeting_notification set scope = ?, circulated_by = ?, circulated_at = ?
        where meeting_id = ? and version = ?""").params(scope, by, Clock.now(), meetingId, version).update();
  }

  public void acknowledgeNotification(long meetingId, String by, String comment) {
    jdbc.sql("""
        update meeting_notification set acknowledged_by = ?, acknowledged_at = ?, acknowledgement = ?
        where meeting_id = ? and circulated_at is not null and acknowledged_at is null""")
        .params(by, Clock.now(), comment, meetingId).update();
  }

  public List<Map<String, Object>> findNotifications(long meetingId) {
    return jdbc.sql("select * from meeting_notification where meeting_id = ? order by version").param(meetingId)
        .query().listOfRows();
  }

  public Optional<Map<String, Object>> findCirculatedNotification(long meetingId) {
    return jdbc.sql("select * from meeting_notification where meeting_id = ? and circulated_at is not null order by version desc")
        .param(meetingId).query().listOfRows().stream().findFirst();
  }

  public void insertHandoffItem(long meetingId, String unitId, String subjectId, String wind, String problem,
      String measures) {
    jdbc.sql("""
        insert into meeting_handoff_item (meeting_id, unit_id, subject_id, wind, problem, measures, handed_off_at)
        values (?, ?, ?, ?, ?, ?, ?)""").params(meetingId, unitId, subjectId, wind, problem, measures, Clock.now())
        .update();
  }

  public List<Map<String, Object>> findHandoffItems(String unitId) {
    return jdbc.sql("select * from meeting_handoff_item where unit_id = ? order by id").param(unitId).query()
        .listOfRows();
  }

  public List<Map<String, Object>> findHandoffItemsOfMeeting(long meetingId) {
    return jdbc.sql("select * from meeting_handoff_item where meeting_id = ? order by id").param(meetingId).query()
        .listOfRows();
  }

  // ---- mapping

  private Meeting meeting(ResultSet rs, int row) throws SQLException {
    return new Meeting(rs.getLong("id"), rs.getString("unit_id"), rs.getString("title"),
        rs.getString("process_instance_id"), MeetingStatus.valueOf(rs.getString("status")), rs.getString("superior_leader_id"),
        rs.getString("supervision_group_id"), rs.getTimestamp("started_at"), rs.getTimestamp("closed_at"));
  }

  private Talk talk(ResultSet rs, int row) throws SQLException {
    return new Talk(rs.getLong("id"), rs.getLong("meeting_id"), TalkKind.valueOf(rs.getString("kind")),
        rs.getString("initiator_id"), rs.getString("partner_id"), TalkStatus.valueOf(rs.getString("status")));
  }

  private TalkRecord talkRecord(ResultSet rs, int row) throws SQLException {
    return new TalkRecord(rs.getLong("id"), rs.getLong("talk_id"), rs.getInt("version"),
        rs.getDate("talk_date").toLocalDate(), rs.getString("topics"), rs.getBoolean("views_exchanged"),
        rs.getString("shared_notes"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at"),
        (Boolean) rs.getObject("confirmed"), rs.getString("confirmation_comment"), rs.getString("confirmed_by"),
        rs.getTimestamp("confirmed_at"));
  }

  private Report report(ResultSet rs, int row) throws SQLException {
    return new Report(rs.getLong("id"), rs.getLong("meeting_id"), ReportKind.valueOf(rs.getString("kind")),
        rs.getString("author_id"), ReportStatus.valueOf(rs.getString("status")), rs.getInt("rejections"));
  }

  private ReportVersion reportVersion(ResultSet rs, int row) throws SQLException {
    return new ReportVersion(rs.getLong("id"), rs.getLong("report_id"), rs.getInt("version"),
        sections(rs),
        rs.getString("submitted_by"), rs.getTimestamp("submitted_at"));
  }

  private static ReportSections sections(ResultSet rs) throws SQLException {
    String[] texts = new String[ReportSection.values().length];
    for (ReportSection section : ReportSection.values()) {
      texts[section.ordinal()] = rs.getString(section.column());
    }
    return ReportSection.sections(section -> texts[section.ordinal()]);
  }

  private Review review(ResultSet rs, int row) throws SQLException {
    return new Review(rs.getLong("id"), rs.getLong("report_id"), rs.getInt("version"), rs.getString("reviewer_id"),
        rs.getBoolean("approved"), rs.getString("reasons"), rs.getString("comment"), rs.getTimestamp("reviewed_at"));
  }
}
