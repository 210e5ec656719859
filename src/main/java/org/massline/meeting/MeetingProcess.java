package org.massline.meeting;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.massline.supervision.SupervisionNotices;

/**
 * The backing class of {@code processes/democratic-life-meeting.bpmn}: its key, the ids of the
 * elements code refers to, and its variables with typed accessors. Process variables hold ids
 * and routing decisions only; what people write lives in the meeting tables.
 */
public final class MeetingProcess {

  public static final String KEY = "democratic-life-meeting";

  // element ids
  public static final String OPEN_MEETING = "openMeeting";
  public static final String PREPARE_MEETING = "prepareMeeting";
  public static final String TALK = "talk";
  public static final String RECORD_TALK = "recordTalk";
  public static final String CONFIRM_TALK = "confirmTalk";
  public static final String REPORT = "report";
  public static final String DRAFT_REPORT = "draftReport";
  public static final String COMMENT_ON_DRAFT = "commentOnDraft";
  public static final String REVIEW_REPORT = "reviewReport";
  public static final String REMINDER_TALK = "reminderTalk";
  public static final String SCHEDULE_MEETING = "scheduleMeeting";
  public static final String HOLD_MEETING = "holdMeeting";
  public static final String GIVE_COMMENTARY = "giveCommentary";
  public static final String COMPOSE_NOTIFICATION = "composeNotification";
  public static final String CIRCULATE_NOTIFICATION = "circulateNotification";
  public static final String ACKNOWLEDGE_NOTIFICATION = "acknowledgeNotification";
  public static final String HAND_OFF = "handOffToRectification";
  public static final String ESCALATION_CODE = "REPORT_REJECTED_REPEATEDLY";

  // variables of the process instance
  public static final String MEETING_ID = "meetingId";
  public static final String UNIT_ID = "unitId";
  public static final String PRINCIPAL = "principal";
  public static final String LEADERSHIP_GROUP = "leadershipGroup";
  public static final String SUPERIOR_LEADER = "superiorLeader";
  public static final String SUPERIOR_GROUP = "superiorGroup";
  public static final String SUPERVISION_GROUP = SupervisionNotices.SUPERVISION_GROUP;
  // variables of one talk / one report (local to their multi-instance scope)
  public static final String TALK_ID = "talkId";
  public static final String TALK_CONFIRMED = "talkConfirmed";
  public static final String REPORT_ID = "reportId";
  public static final String REPORT_APPROVED = "reportApproved";
  public static final String REJECTIONS = "rejections";
  public static final String COMMENTER = "commenter";

  private MeetingProcess() {
  }

  public static long meetingId(VariableScope scope) {
    return ((Number) scope.getVariable(MEETING_ID)).longValue();
  }

  public static String unitId(VariableScope scope) {
    return (String) scope.getVariable(UNIT_ID);
  }

  public static long talkId(VariableScope scope) {
    return ((Number) scope.getVariable(TALK_ID)).longValue();
  }

  public static long reportId(VariableScope scope) {
    return ((Number) scope.getVariable(REPORT_ID)).longValue();
  }
}
