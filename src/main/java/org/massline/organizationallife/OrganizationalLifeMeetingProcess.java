package org.massline.organizationallife;

import org.massline.forms.Variable;
import org.massline.supervision.SupervisionNoticeProcess;

/**
 * The backing class of {@code processes/organizational-life-meeting.bpmn}: its key, the ids of the
 * elements code refers to, and its variables, typed. Process variables hold ids and routing
 * decisions only; what people write lives in the life meeting tables.
 */
public final class OrganizationalLifeMeetingProcess {

  public static final String KEY = "organizational-life-meeting";

  // element ids
  public static final String OPEN_LIFE_MEETING = "openLifeMeeting";
  public static final String PREPARE_LIFE_MEETING = "prepareLifeMeeting";
  public static final String WRITE_BRIEF_SELF_EXAMINATION = "writeBriefSelfExamination";
  public static final String HOLD_COMMITTEE_MEETING = "holdCommitteeMeeting";
  public static final String HOLD_GENERAL_MEETING = "holdGeneralMeeting";
  public static final String APPRAISE_MEMBERS = "appraiseMembers";
  public static final String TALLY_APPRAISAL = "tallyAppraisal";
  public static final String FOLLOW_UP_UNQUALIFIED = "followUpUnqualified";
  public static final String ACKNOWLEDGE_LIFE_MEETING = "acknowledgeLifeMeeting";

  // variables
  public static final Variable<Long> LIFE_MEETING_ID = Variable.of("lifeMeetingId", Long.class);
  public static final Variable<String> UNIT_ID = Variable.of("unitId", String.class);
  /** The branch secretary (支部书记), the unit's principal. */
  public static final Variable<String> SECRETARY = Variable.of("secretary", String.class);
  public static final Variable<String> SUPERIOR_LEADER = Variable.of("superiorLeader", String.class);
  /** Whose notices an overdue task brings (the supervision notice process reads it). */
  public static final Variable<String> SUPERVISION_GROUP = SupervisionNoticeProcess.SUPERVISION_GROUP;
  public static final Variable<String> MEETING_TITLE = Variable.of("meetingTitle", String.class);
  /** Whether members write brief self-examination reports, from unit-category.dmn. */
  public static final Variable<Boolean> WRITES_SELF_EXAMINATION = Variable.of("writesSelfExamination", Boolean.class);
  public static final Variable<Integer> UNQUALIFIED_COUNT = Variable.of("unqualifiedCount", Integer.class);
  // multi-instance element variables
  public static final Variable<String> AUTHOR = Variable.of("author", String.class);
  public static final Variable<String> APPRAISER = Variable.of("appraiser", String.class);
  public static final Variable<String> APPRAISED_MEMBER = Variable.of("appraisedMember", String.class);

  private OrganizationalLifeMeetingProcess() {
  }
}
