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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.massline.app.Clock;
import org.massline.app.RecordRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The meeting tables: every write is an insert of a new row or version, never an overwrite of text. */
@Repository
public class MeetingRepository {

  private static final String SECTION_COLUMNS = Arrays.stream(ReportSection.values()).map(ReportSection::column)
      .collect(Collectors.joining(", "));

  public record Meeting(long id, String unitId, String title, MeetingKind kind, Integer annualYear,
      String processInstanceId, MeetingStatus status,
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
      String causePartySpirit, String causeDiscipline, String measures, String politicalRules,
      String rectificationProgress) {
  }

  public record ReportVersion(long id, long reportId, int version, ReportSections sections, String submittedBy,
      Timestamp submittedAt) {
  }

  public record Review(long id, long reportId, int version, String reviewerId, boolean approved, String reasons,
      String comment, Timestamp reviewedAt) {
  }

  /** {@code plan} and {@code rectificationReport}: an annual meeting's two further preparation steps. */
  public record Preparation(long id, long meetingId, LocalDate studyDate, BigDecimal studyHours, String studyTopics,
      String studyAttendance, int opinionCount, String opinionChannels, String opinionSummary, String plan,
      String rectificationReport, String submittedBy, Timestamp submittedAt) {
  }

  /** The supervision group's check of a preparation; {@code defects} comma-separated {@link PreparationDefect}s. */
  public record PreparationReview(long id, long meetingId, long preparationId, String supervisorId, boolean passed,
      String defects, String comment, Timestamp reviewedAt) {
  }

  /** The supervision group's opinion on one draft, before the superior's review. */
  public record SupervisionOpinion(long id, long reportId, int version, String supervisorId, boolean approves,
      String reasons, String comment, Timestamp givenAt) {
  }

  /** The commentary's verdict on a meeting held: passed, or to be held again (重开). */
  public record Verdict(long id, long meetingId, long recordId, String supervisorId, boolean passed, String reasons,
      Timestamp decidedAt) {
  }

  /** A problem found (查摆问题): of the group when {@code subjectId} is null, else of that member. */
  public record Problem(long id, long meetingId, long preparationId, String subjectId, Wind wind,
      ProblemSource source, String description) {
  }

  public record ReportComment(long id, long reportId, int version, String commenterId, String content,
      Timestamp commentedAt) {
  }

  public record ReminderTalk(long id, long reportId, int rejections, LocalDate talkDate, String summary,
      String nextSteps, String recordedBy, Timestamp recordedAt) {
  }

  public record Schedule(long id, long meetingId, LocalDate meetingDate, String startTime, String place,
      String superiorAttendeeId, String supervisors, String otherAttendees, String scheduledBy,
      Timestamp scheduledAt) {
  }

  /** What was recorded at the meeting; {@code supervisorsPresent} ids comma-separated (null before V6). */
  public record MeetingRecord(long id, long meetingId, LocalDate heldOn, String summary, Boolean superiorPresent,
      String supervisorsPresent, String recordedBy, Timestamp recordedAt) {
    public List<String> supervisorIdsPresent() {
      return supervisorsPresent == null || supervisorsPresent.isEmpty() ? List.of() : List.of(supervisorsPresent.split(","));
    }
  }

  public record Statement(long recordId, String personId, String summary) {
  }

  public record Criticism(long id, long recordId, String targetId, String criticId, String content) {
  }

  public record Absence(long recordId, String personId, String reason) {
  }

  /** 补课: an absent member's written statement, criticisms of the others and response to criticism. */
  public record MakeUp(long id, long recordId, String personId, String statement, String criticisms,
      String response, String submittedBy, Timestamp submittedAt) {
  }

  /** A supervisor stopping evasive, hiding, empty or biased criticism at the meeting. */
  public record RecordedIntervention(long id, long recordId, String supervisorId, Intervention kind, String targetId,
      String note, Boolean corrected) {
  }

  /** Commentary (点评): on the group when {@code subjectId} is null, else on that member. */
  public record Commentary(long id, long meetingId, String subjectId, String supervisorId, String affirmation,
      String problems, String requirements, Timestamp commentedAt) {
  }

  public record Notification(long id, long meetingId, int version, String content, String scope,
      Timestamp composedAt, String circulatedBy, Timestamp circulatedAt, String acknowledgedBy,
      Timestamp acknowledgedAt, String acknowledgement, String returnedBy, Timestamp returnedAt, String returnReasons) {
  }

  /** Someone a circulated notification reaches; {@code readAt} once they read and acknowledged it (阅知). */
  public record NotificationReader(long id, long notificationId, String personId, String reachedAs, Timestamp readAt,
      String remark) {
  }

  public record HandoffItem(long id, long meetingId, String unitId, String subjectId, Wind wind, String problem,
      String measures, Timestamp handedOffAt) {
  }

  private static final RowMapper<Meeting> MEETING = RecordRowMapper.of(Meeting.class);
  private static final RowMapper<Talk> TALK = RecordRowMapper.of(Talk.class);
  private static final RowMapper<TalkRecord> TALK_RECORD = RecordRowMapper.of(TalkRecord.class);
  private static final RowMapper<Report> REPORT = RecordRowMapper.of(Report.class);
  private static final RowMapper<Review> REVIEW = RecordRowMapper.of(Review.class);
  private static final RowMapper<Preparation> PREPARATION = RecordRowMapper.of(Preparation.class);
  private static final RowMapper<Problem> PROBLEM = RecordRowMapper.of(Problem.class);
  private static final RowMapper<ReportComment> REPORT_COMMENT = RecordRowMapper.of(ReportComment.class);
  private static final RowMapper<ReminderTalk> REMINDER_TALK = RecordRowMapper.of(ReminderTalk.class);
  private static final RowMapper<Schedule> SCHEDULE = RecordRowMapper.of(Schedule.class);
  private static final RowMapper<MeetingRecord> RECORD = RecordRowMapper.of(MeetingRecord.class);
  private static final RowMapper<Statement> STATEMENT = RecordRowMapper.of(Statement.class);
  private static final RowMapper<Criticism> CRITICISM = RecordRowMapper.of(Criticism.class);
  private static final RowMapper<Absence> ABSENCE = RecordRowMapper.of(Absence.class);
  private static final RowMapper<RecordedIntervention> INTERVENTION =
      RecordRowMapper.of(RecordedIntervention.class);
  private static final RowMapper<MakeUp> MAKE_UP = RecordRowMapper.of(MakeUp.class);
  private static final RowMapper<Commentary> COMMENTARY = RecordRowMapper.of(Commentary.class);
  private static final RowMapper<PreparationReview> PREPARATION_REVIEW = RecordRowMapper.of(PreparationReview.class);
  private static final RowMapper<Verdict> VERDICT = RecordRowMapper.of(Verdict.class);
  private static final RowMapper<SupervisionOpinion> OPINION = RecordRowMapper.of(SupervisionOpinion.class);
  private static final RowMapper<Notification> NOTIFICATION = RecordRowMapper.of(Notification.class);
  private static final RowMapper<NotificationReader> NOTIFICATION_READER = RecordRowMapper.of(NotificationReader.class);
  private static final RowMapper<HandoffItem> HANDOFF_ITEM = RecordRowMapper.of(HandoffItem.class);

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

  public long insertMeeting(String unitId, String title, MeetingKind kind, Integer annualYear, String processInstanceId,
      String superiorLeaderId, String supervisionGroupId) {
    return insert("""
        insert into meeting (unit_id, title, kind, annual_year, process_instance_id, status, superior_leader_id,
          supervision_group_id, started_at, open_unit_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        unitId, title, kind.name(), annualYear, processInstanceId, MeetingStatus.PREPARING.name(), superiorLeaderId,
        supervisionGroupId, Clock.now(), unitId);
  }

  /** The unit's annual meeting of that year, running or held. */
  public Optional<Meeting> findAnnualMeeting(String unitId, int year) {
    return jdbc.sql("select * from meeting where unit_id = ? and annual_year = ?").params(unitId, year).query(MEETING)
        .optional();
  }

  /** The unit's meeting that is still running, if any. */
  public Optional<Meeting> findOpenMeeting(String unitId) {
    return jdbc.sql("select * from meeting where open_unit_id = ?").param(unitId).query(MEETING).optional();
  }

  /** The meeting's process has ended: the unit may start the next one. */
  public void release(long meetingId) {
    jdbc.sql("update meeting set open_unit_id = null where id = ?").param(meetingId).update();
  }

  public Optional<Meeting> findMeeting(long id) {
    return jdbc.sql("select * from meeting where id = ?").param(id).query(MEETING).optional();
  }

  public List<Meeting> findMeetingsOfUnit(String unitId) {
    return jdbc.sql("select * from meeting where unit_id = ? order by id").param(unitId).query(MEETING).list();
  }

  public List<Meeting> findAllMeetings() {
    return jdbc.sql("select * from meeting order by id").query(MEETING).list();
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
      String attendance, int opinionCount, String channels, String opinionSummary, String plan,
      String rectificationReport, String by) {
    return insert("""
        insert into meeting_preparation (meeting_id, study_date, study_hours, study_topics, study_attendance,
          opinion_count, opinion_channels, opinion_summary, plan, rectification_report, submitted_by, submitted_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        meetingId, Date.valueOf(studyDate), studyHours, studyTopics, attendance, opinionCount, channels,
        opinionSummary, plan, rectificationReport, by, Clock.now());
  }

  public void insertProblem(long meetingId, long preparationId, String subjectId, Wind wind, ProblemSource source,
      String description) {
    jdbc.sql("""
        insert into meeting_problem (meeting_id, preparation_id, subject_id, wind, source, description)
        values (?, ?, ?, ?, ?, ?)""")
        .params(meetingId, preparationId, subjectId, wind.name(), source.name(), description).update();
  }

  /**
   * A problem found after the preparation (in a talk, 互相帮, or while drafting a report, 自己找), added to
   * the latest preparation's list unless the same problem of the same subject is on it already: a talk
   * recorded again or a draft revised brings its problems again, and each joins the list once.
   * Returns whether it was added.
   */
  public boolean addProblemOnce(long meetingId, String subjectId, Wind wind, ProblemSource source, String description) {
    List<Object> params = new ArrayList<>(Arrays.asList(meetingId, subjectId, wind.name(), source.name(), description,
        meetingId, description));
    if (subjectId != null) {
      params.add(subjectId);
    }
    return jdbc.sql("""
        insert into meeting_problem (meeting_id, preparation_id, subject_id, wind, source, description)
        select ?, p.id, ?, ?, ?, ? from meeting_preparation p
        where p.id = (select max(id) from meeting_preparation where meeting_id = ?)
          and not exists (select 1 from meeting_problem q where q.preparation_id = p.id and q.description = ?
            and q.subject_id""" + (subjectId == null ? " is null)" : " = ?)")).params(params).update() == 1;
  }

  public List<Preparation> findPreparations(long meetingId) {
    return jdbc.sql("select * from meeting_preparation where meeting_id = ? order by id").param(meetingId)
        .query(PREPARATION).list();
  }

  /** The problems of the meeting's latest preparation (one returned by the supervision group is redone whole). */
  public List<Problem> findProblems(long meetingId) {
    return jdbc.sql("""
        select * from meeting_problem where preparation_id =
          (select max(id) from meeting_preparation where meeting_id = ?) order by id""").param(meetingId)
        .query(PROBLEM).list();
  }

  public void insertPreparationReview(long meetingId, long preparationId, String supervisorId, boolean passed,
      String defects, String comment) {
    jdbc.sql("""
        insert into preparation_review (meeting_id, preparation_id, supervisor_id, passed, defects, comment, reviewed_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(meetingId, preparationId, supervisorId, passed, defects, comment, Clock.now()).update();
  }

  public List<PreparationReview> findPreparationReviews(long meetingId) {
    return jdbc.sql("select * from preparation_review where meeting_id = ? order by id").param(meetingId)
        .query(PREPARATION_REVIEW).list();
  }

  // ---- talks

  public long insertTalk(long meetingId, TalkKind kind, String initiatorId, String partnerId) {
    return insert("insert into meeting_talk (meeting_id, kind, initiator_id, partner_id, status) values (?, ?, ?, ?, ?)",
        meetingId, kind.name(), initiatorId, partnerId, TalkStatus.PLANNED.name());
  }

  public Talk findTalk(long talkId) {
    return jdbc.sql("select * from meeting_talk where id = ?").param(talkId).query(TALK).single();
  }

  public List<Talk> findTalks(long meetingId) {
    return jdbc.sql("select * from meeting_talk where meeting_id = ? order by id").param(meetingId)
        .query(TALK).list();
  }

  public void updateTalkStatus(long talkId, TalkStatus status) {
    jdbc.sql("update meeting_talk set status = ? where id = ?").params(status.name(), talkId).update();
  }

  /** The talk's record as its next version (numbered in the insert itself: one statement). */
  public void insertTalkRecord(long talkId, LocalDate date, String topics, boolean exchanged, String notes, String by) {
    jdbc.sql("""
        insert into meeting_talk_record (talk_id, version, talk_date, topics, views_exchanged, shared_notes,
          recorded_by, recorded_at)
        values (?, (select coalesce(max(version), 0) + 1 from meeting_talk_record where talk_id = ?), ?, ?, ?, ?, ?, ?)""")
        .params(talkId, talkId, Date.valueOf(date), topics, exchanged, notes, by, Clock.now()).update();
  }

  public Optional<TalkRecord> findLatestTalkRecord(long talkId) {
    return jdbc.sql("select * from meeting_talk_record where talk_id = ? order by version desc").param(talkId)
        .query(TALK_RECORD).list().stream().findFirst();
  }

  public List<TalkRecord> findTalkRecords(long talkId) {
    return jdbc.sql("select * from meeting_talk_record where talk_id = ? order by version").param(talkId)
        .query(TALK_RECORD).list();
  }

  /** Confirms (or disputes) the talk's latest record, unless it was answered already. */
  public void confirmLatestTalkRecord(long talkId, boolean confirmed, String comment, String by) {
    jdbc.sql("""
        update meeting_talk_record set confirmed = ?, confirmation_comment = ?, confirmed_by = ?, confirmed_at = ?
        where talk_id = ? and confirmed is null
          and version = (select max(version) from meeting_talk_record where talk_id = ?)""")
        .params(confirmed, comment, by, Clock.now(), talkId, talkId).update();
  }

  // ---- reports

  public long insertReport(long meetingId, ReportKind kind, String authorId) {
    return insert("insert into meeting_report (meeting_id, kind, author_id, status) values (?, ?, ?, ?)",
        meetingId, kind.name(), authorId, ReportStatus.DRAFTING.name());
  }

  public Report findReport(long reportId) {
    return jdbc.sql("select * from meeting_report where id = ?").param(reportId).query(REPORT).single();
  }

  /** How many earlier meetings' reports a draft is compared with: the latest ones, so the cost stays bounded. */
  static final int EARLIER_REPORTS = 3;

  /**
   * Reports of the same kind in the unit's other meetings, the latest {@value #EARLIER_REPORTS}: the same
   * author's own, or for a group report the unit's earlier group reports — what a new draft might be copied from.
   */
  public List<Report> findEarlierReports(Report report) {
    return jdbc.sql(report.isGroupReport() ? """
        select r.* from meeting_report r join meeting m on m.id = r.meeting_id
        where r.kind = 'GROUP' and r.meeting_id <> ? and m.unit_id = (select unit_id from meeting where id = ?)
        order by r.id desc limit ?""" : """
        select r.* from meeting_report r where r.kind = 'PERSONAL' and r.meeting_id <> ? and r.author_id = ?
        order by r.id desc limit ?""")
        .params(report.meetingId(), report.isGroupReport() ? report.meetingId() : report.authorId(), EARLIER_REPORTS)
        .query(REPORT).list();
  }

  public List<Report> findReports(long meetingId) {
    return jdbc.sql("select * from meeting_report where meeting_id = ? order by case kind when 'GROUP' then 0 else 1 end, id")
        .param(meetingId).query(REPORT).list();
  }

  public void updateReportStatus(long reportId, ReportStatus status) {
    jdbc.sql("update meeting_report set status = ? where id = ?").params(status.name(), reportId).update();
  }

  public int incrementRejections(long reportId) {
    jdbc.sql("update meeting_report set rejections = rejections + 1, status = ? where id = ?")
        .params(ReportStatus.REJECTED.name(), reportId).update();
    return findReport(reportId).rejections();
  }

  /** The draft as the report's next version (numbered in the insert itself), the report submitted. */
  public void insertReportVersion(long reportId, ReportSections s, String by) {
    List<Object> params = new ArrayList<>(List.of(reportId, reportId));
    Arrays.stream(ReportSection.values()).forEach(section -> params.add(section.textOf(s)));
    params.addAll(List.of(by, Clock.now()));
    jdbc.sql("insert into meeting_report_version (report_id, version, " + SECTION_COLUMNS
        + ", submitted_by, submitted_at) values (?, (select coalesce(max(version), 0) + 1 from meeting_report_version"
        + " where report_id = ?), " + String.join(", ", Collections.nCopies(params.size() - 2, "?")) + ")")
        .params(params).update();
    updateReportStatus(reportId, ReportStatus.SUBMITTED);
  }

  public List<ReportVersion> findReportVersions(long reportId) {
    return jdbc.sql("select * from meeting_report_version where report_id = ? order by version").param(reportId)
        .query(this::reportVersion).list();
  }

  public Optional<ReportVersion> findLatestReportVersion(long reportId) {
    return jdbc.sql("select * from meeting_report_version where report_id = ? order by version desc").param(reportId)
        .query(this::reportVersion).list().stream().findFirst();
  }

  /** The latest version of each of these reports (one that has none is left out), in one query. */
  public Map<Long, ReportVersion> findLatestReportVersions(Collection<Long> reportIds) {
    if (reportIds.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("""
        select v.* from meeting_report_version v where v.report_id in (:ids)
        and v.version = (select max(version) from meeting_report_version where report_id = v.report_id)""")
        .param("ids", reportIds).query(this::reportVersion).list().stream()
        .collect(Collectors.toMap(ReportVersion::reportId, Function.identity()));
  }

  /** A comment on the report's latest version. */
  public void insertReportComment(long reportId, String commenterId, String content) {
    jdbc.sql("""
        insert into meeting_report_comment (report_id, version, commenter_id, content, commented_at)
        values (?, (select max(version) from meeting_report_version where report_id = ?), ?, ?, ?)""")
        .params(reportId, reportId, commenterId, content, Clock.now()).update();
  }

  public List<ReportComment> findReportComments(long reportId) {
    return jdbc.sql("select * from meeting_report_comment where report_id = ? order by id").param(reportId)
        .query(REPORT_COMMENT).list();
  }

  /** A decision on the report's latest version. */
  public void insertReview(long reportId, String reviewerId, boolean approved, String reasons, String comment) {
    jdbc.sql("""
        insert into meeting_review (report_id, version, reviewer_id, approved, reasons, comment, reviewed_at)
        values (?, (select max(version) from meeting_report_version where report_id = ?), ?, ?, ?, ?, ?)""")
        .params(reportId, reportId, reviewerId, approved, reasons, comment, Clock.now()).update();
  }

  public void insertSupervisionOpinion(long reportId, int version, String supervisorId, boolean approves,
      String reasons, String comment) {
    jdbc.sql("""
        insert into report_supervision_opinion (report_id, version, supervisor_id, approves, reasons, comment, given_at)
        values (?, ?, ?, ?, ?, ?, ?)""").params(reportId, version, supervisorId, approves, reasons, comment, Clock.now())
        .update();
  }

  public List<SupervisionOpinion> findSupervisionOpinions(long reportId) {
    return jdbc.sql("select * from report_supervision_opinion where report_id = ? order by id").param(reportId)
        .query(OPINION).list();
  }

  public List<Review> findReviews(long reportId) {
    return jdbc.sql("select * from meeting_review where report_id = ? order by id").param(reportId)
        .query(REVIEW).list();
  }

  public void insertReminderTalk(long reportId, int rejections, LocalDate date, String summary, String nextSteps,
      String by) {
    jdbc.sql("""
        insert into meeting_reminder_talk (report_id, rejections, talk_date, summary, next_steps, recorded_by,
          recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(reportId, rejections, Date.valueOf(date), summary, nextSteps, by, Clock.now()).update();
  }

  public List<ReminderTalk> findReminderTalks(long reportId) {
    return jdbc.sql("select * from meeting_reminder_talk where report_id = ? order by id").param(reportId)
        .query(REMINDER_TALK).list();
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

  public List<Schedule> findSchedules(long meetingId) {
    return jdbc.sql("select * from meeting_schedule where meeting_id = ? order by id").param(meetingId)
        .query(SCHEDULE).list();
  }

  /** The schedule as last set: a meeting rescheduled keeps its earlier schedules too. */
  public Optional<Schedule> findLatestSchedule(long meetingId) {
    return jdbc.sql("select * from meeting_schedule where meeting_id = ? order by id desc").param(meetingId)
        .query(SCHEDULE).list().stream().findFirst();
  }

  public long insertRecord(long meetingId, LocalDate heldOn, String summary, boolean superiorPresent,
      List<String> supervisorsPresent, String by) {
    return insert("""
        insert into meeting_record (meeting_id, held_on, summary, superior_present, supervisors_present, recorded_by,
          recorded_at) values (?, ?, ?, ?, ?, ?, ?)""",
        meetingId, Date.valueOf(heldOn), summary, superiorPresent, String.join(",", supervisorsPresent), by, Clock.now());
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

  public void insertIntervention(long recordId, String supervisorId, Intervention kind, String targetId, String note,
      boolean corrected) {
    jdbc.sql("""
        insert into meeting_intervention (record_id, supervisor_id, kind, target_id, note, corrected)
        values (?, ?, ?, ?, ?, ?)""")
        .params(recordId, supervisorId, kind.name(), targetId, note, corrected).update();
  }

  public Optional<MeetingRecord> findLatestRecord(long meetingId) {
    return jdbc.sql("select * from meeting_record where meeting_id = ? order by id desc").param(meetingId)
        .query(RECORD).list().stream().findFirst();
  }

  public List<Statement> findStatements(long recordId) {
    return jdbc.sql("select * from meeting_statement where record_id = ? order by person_id").param(recordId)
        .query(STATEMENT).list();
  }

  public List<Criticism> findCriticisms(long recordId) {
    return jdbc.sql("select * from meeting_criticism where record_id = ? order by id").param(recordId)
        .query(CRITICISM).list();
  }

  public List<Absence> findAbsences(long recordId) {
    return jdbc.sql("select * from meeting_absence where record_id = ? order by person_id").param(recordId)
        .query(ABSENCE).list();
  }

  public void insertMakeUp(long recordId, String personId, String statement, String criticisms, String response,
      String by) {
    jdbc.sql("""
        insert into meeting_make_up (record_id, person_id, statement, criticisms, response, submitted_by, submitted_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(recordId, personId, statement, criticisms, response, by, Clock.now()).update();
  }

  public List<MakeUp> findMakeUps(long recordId) {
    return jdbc.sql("select * from meeting_make_up where record_id = ? order by id").param(recordId)
        .query(MAKE_UP).list();
  }

  public List<RecordedIntervention> findInterventions(long recordId) {
    return jdbc.sql("select * from meeting_intervention where record_id = ? order by id").param(recordId)
        .query(INTERVENTION).list();
  }

  public void insertCommentary(long meetingId, String subjectId, String supervisorId, String affirmation,
      String problems, String requirements) {
    jdbc.sql("""
        insert into meeting_commentary (meeting_id, subject_id, supervisor_id, affirmation, problems, requirements,
          commented_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(meetingId, subjectId, supervisorId, affirmation, problems, requirements, Clock.now()).update();
  }

  public void insertVerdict(long meetingId, long recordId, String supervisorId, boolean passed, String reasons) {
    jdbc.sql("""
        insert into meeting_verdict (meeting_id, record_id, supervisor_id, passed, reasons, decided_at)
        values (?, ?, ?, ?, ?, ?)""").params(meetingId, recordId, supervisorId, passed, reasons, Clock.now()).update();
  }

  public List<Verdict> findVerdicts(long meetingId) {
    return jdbc.sql("select * from meeting_verdict where meeting_id = ? order by id").param(meetingId)
        .query(VERDICT).list();
  }

  public List<Commentary> findCommentary(long meetingId) {
    return jdbc.sql("select * from meeting_commentary where meeting_id = ? order by id").param(meetingId)
        .query(COMMENTARY).list();
  }

  // ---- notification and hand-off

  public int insertNotification(long meetingId, String content) {
    int version = jdbc.sql("select coalesce(max(version), 0) + 1 from meeting_notification where meeting_id = ?")
        .param(meetingId).query(Integer.class).single();
    jdbc.sql("insert into meeting_notification (meeting_id, version, content, composed_at) values (?, ?, ?, ?)")
        .params(meetingId, version, content, Clock.now()).update();
    return version;
  }

  /** The final text as a new version, circulated within the scope; returns the version's id. */
  public long circulateNotification(long meetingId, String content, String scope, String by) {
    int version = insertNotification(meetingId, content);
    jdbc.sql("""
        update meeting_notification set scope = ?, circulated_by = ?, circulated_at = ?
        where meeting_id = ? and version = ?""").params(scope, by, Clock.now(), meetingId, version).update();
    return jdbc.sql("select id from meeting_notification where meeting_id = ? and version = ?")
        .params(meetingId, version).query(Long.class).single();
  }

  /** Someone the circulated version reaches, and why (as whom). */
  public void insertNotificationReader(long notificationId, String personId, String reachedAs) {
    jdbc.sql("insert into meeting_notification_reader (notification_id, person_id, reached_as) values (?, ?, ?)")
        .params(notificationId, personId, reachedAs).update();
  }

  /** The readers of every circulated version of the meeting's notification, version by version. */
  public List<NotificationReader> findNotificationReaders(long meetingId) {
    return jdbc.sql("""
        select r.* from meeting_notification_reader r join meeting_notification n on n.id = r.notification_id
        where n.meeting_id = ? order by r.notification_id, r.id""").param(meetingId).query(NOTIFICATION_READER).list();
  }

  /** The readers of one version. */
  public List<NotificationReader> findReadersOf(long notificationId) {
    return jdbc.sql("select * from meeting_notification_reader where notification_id = ? order by id")
        .param(notificationId).query(NOTIFICATION_READER).list();
  }

  /** The reader has read and acknowledged that version (阅知); the first acknowledgement counts. */
  public void acknowledgeReading(long notificationId, String personId, String remark) {
    jdbc.sql("""
        update meeting_notification_reader set read_at = ?, remark = ?
        where notification_id = ? and person_id = ? and read_at is null""")
        .params(Clock.now(), remark, notificationId, personId).update();
  }

  /** The superior signs for the latest circulated version. */
  public void acknowledgeNotification(long meetingId, String by, String comment) {
    answerLatestCirculated(meetingId, "acknowledged_by = ?, acknowledged_at = ?, acknowledgement = ?", by, comment);
  }

  /** The superior sends the latest circulated version back, with the reasons. */
  public void returnNotification(long meetingId, String by, String reasons) {
    answerLatestCirculated(meetingId, "returned_by = ?, returned_at = ?, return_reasons = ?", by, reasons);
  }

  /** Sets who answered the latest circulated version, when, and with what text (the columns in that order). */
  private void answerLatestCirculated(long meetingId, String columns, String by, String text) {
    jdbc.sql("update meeting_notification set " + columns + " where meeting_id = ? and version = "
        + "(select max(version) from meeting_notification where meeting_id = ? and circulated_at is not null)")
        .params(by, Clock.now(), text, meetingId, meetingId).update();
  }

  public List<Notification> findNotifications(long meetingId) {
    return jdbc.sql("select * from meeting_notification where meeting_id = ? order by version").param(meetingId)
        .query(NOTIFICATION).list();
  }

  public Optional<Notification> findCirculatedNotification(long meetingId) {
    return jdbc.sql("select * from meeting_notification where meeting_id = ? and circulated_at is not null order by version desc")
        .param(meetingId).query(NOTIFICATION).list().stream().findFirst();
  }

  public void insertHandoffItem(long meetingId, String unitId, String subjectId, Wind wind, String problem,
      String measures) {
    jdbc.sql("""
        insert into meeting_handoff_item (meeting_id, unit_id, subject_id, wind, problem, measures, handed_off_at)
        values (?, ?, ?, ?, ?, ?, ?)""").params(meetingId, unitId, subjectId, wind.name(), problem, measures, Clock.now())
        .update();
  }

  public List<HandoffItem> findHandoffItems(String unitId) {
    return jdbc.sql("select * from meeting_handoff_item where unit_id = ? order by id").param(unitId)
        .query(HANDOFF_ITEM).list();
  }

  public List<HandoffItem> findHandoffItemsOfMeeting(long meetingId) {
    return jdbc.sql("select * from meeting_handoff_item where meeting_id = ? order by id").param(meetingId)
        .query(HANDOFF_ITEM).list();
  }

  // ---- mapping

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

}
