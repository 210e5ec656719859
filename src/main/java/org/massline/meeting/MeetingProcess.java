package org.massline.meeting;

import org.massline.forms.Variable;
import org.massline.supervision.SupervisionNoticeProcess;

/**
 * The backing class of {@code processes/democratic-life-meeting.bpmn}: its key, the ids of the
 * elements code refers to, and its variables, typed. Process variables hold ids
 * and routing decisions only; what people write lives in the meeting tables.
 */
public final class MeetingProcess {

  public static final String KEY = "democratic-life-meeting";

  // element ids
  public static final String OPEN_MEETING = "openMeeting";
  public static final String PREPARE_MEETING = "prepareMeeting";
  public static final String REVIEW_PREPARATION = "reviewPreparation";
  public static final String TALK = "talk";
  public static final String RECORD_TALK = "recordTalk";
  public static final String CONFIRM_TALK = "confirmTalk";
  public static final String REPORT = "report";
  public static final String DRAFT_REPORT = "draftReport";
  public static final String COMMENT_ON_DRAFT = "commentOnDraft";
  public static final String SUPERVISE_REPORT = "superviseReport";
  public static final String REVIEW_REPORT = "reviewReport";
  public static final String REMINDER_TALK = "reminderTalk";
  public static final String SCHEDULE_MEETING = "scheduleMeeting";
  public static final String HOLD_MEETING = "holdMeeting";
  /** 补课: each member recorded absent makes up with a written statement (a multi-instance over them). */
  public static final String MAKE_UP_MEETING = "makeUpMeeting";
  public static final String GIVE_COMMENTARY = "giveCommentary";
  public static final String COMMENTARY_VERDICT = "commentaryVerdict";
  public static final String COMPOSE_NOTIFICATION = "composeNotification";
  public static final String CIRCULATE_NOTIFICATION = "circulateNotification";
  public static final String ACKNOWLEDGE_NOTIFICATION = "acknowledgeNotification";
  public static final String HAND_OFF = "handOffToRectification";
  public static final String READ_NOTIFICATION = "readNotification";
  public static final String REMINDER_TALK_ON_REJECTION = "reminderTalkOnRejection";
  /**
   * The message a report's repeated rejection sends to its own meeting: it starts the reminder talk
   * at the process's level, beside the reports and the scheduling, so an open one holds nothing up.
   */
  public static final String REMINDER_TALK_REQUESTED = "reminderTalkRequested";

  // variables of the process instance
  public static final Variable<Long> MEETING_ID = Variable.of("meetingId", Long.class);
  public static final Variable<String> UNIT_ID = Variable.of("unitId", String.class);
  public static final Variable<String> PRINCIPAL = Variable.of("principal", String.class);
  public static final Variable<String> LEADERSHIP_GROUP = Variable.of("leadershipGroup", String.class);
  public static final Variable<String> SUPERIOR_LEADER = Variable.of("superiorLeader", String.class);
  public static final Variable<String> SUPERVISION_GROUP = SupervisionNoticeProcess.SUPERVISION_GROUP;
  /** A start form's field: the meeting's title, when the office gives one. */
  public static final Variable<String> MEETING_TITLE = Variable.of("meetingTitle", String.class);
  /** The start form's choice: the special meeting or the annual one (a {@link MeetingKind}), and its year. */
  public static final Variable<String> MEETING_KIND = Variable.of("meetingKind", String.class);
  public static final Variable<Number> MEETING_YEAR = Variable.of("meetingYear", Number.class);
  // variables of one talk / one report (local to their multi-instance scope)
  /** The supervision group's verdict on the preparation, and the commentary's on the meeting. */
  public static final Variable<Boolean> PREPARATION_PASSED = Variable.of("preparationPassed", Boolean.class);
  public static final Variable<Boolean> MEETING_PASSED = Variable.of("meetingPassed", Boolean.class);
  /** The superior signed for the notification (else sent it back). */
  public static final Variable<Boolean> NOTIFICATION_ACKNOWLEDGED = Variable.of("notificationAcknowledged", Boolean.class);
  public static final Variable<Long> TALK_ID = Variable.of("talkId", Long.class);
  public static final Variable<Boolean> TALK_CONFIRMED = Variable.of("talkConfirmed", Boolean.class);
  public static final Variable<Long> REPORT_ID = Variable.of("reportId", Long.class);
  public static final Variable<Boolean> REPORT_APPROVED = Variable.of("reportApproved", Boolean.class);
  public static final Variable<Integer> REJECTIONS = Variable.of("rejections", Integer.class);
  public static final Variable<String> COMMENTER = Variable.of("commenter", String.class);
  /** One member recorded absent (the {@code makeUpMeeting} multi-instance's element). */
  public static final Variable<String> ABSENTEE = Variable.of("absentee", String.class);
  /** One reader of the signed notification (the {@code readNotification} multi-instance's element). */
  public static final Variable<String> READER = Variable.of("reader", String.class);

  private MeetingProcess() {
  }
}
