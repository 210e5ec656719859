package org.massline.campaign;

import java.util.Map;

import org.massline.forms.Variable;

/**
 * The backing class of {@code processes/unit-campaign.bpmn}: one unit's campaign (business key the unit
 * id), called by its tier: ready, reorganized if weak, then three stages each closed by the supervision
 * group's gate, and never closed before its minimum duration.
 */
public final class UnitCampaignProcess {

  public static final String KEY = "unit-campaign";

  // element ids
  public static final String OPEN_UNIT_CAMPAIGN = "openUnitCampaign";
  public static final String CHECK_READINESS = "checkReadiness";
  public static final String COMPLETE_UNIT_RECORDS = "completeUnitRecords";
  public static final String REORGANIZE_UNIT = "reorganizeUnit";
  public static final String STUDY_AND_LISTEN = "studyAndListen";
  public static final String RECORD_STUDY_SESSIONS = "recordStudySessions";
  public static final String SOLICIT_OPINIONS = "solicitOpinions";
  public static final String CHECK_STUDY_STAGE = "checkStudyStage";
  public static final String FIND_PROBLEMS = "findProblems";
  public static final String LIST_PROBLEMS = "listProblems";
  public static final String DECIDE_MEETING = "decideMeeting";
  public static final String HOLD_DEMOCRATIC_LIFE_MEETING = "holdDemocraticLifeMeeting";
  public static final String HOLD_ORGANIZATIONAL_LIFE_MEETING = "holdOrganizationalLifeMeeting";
  public static final String CHECK_PROBLEM_STAGE = "checkProblemStage";
  public static final String RECTIFY = "rectify";
  public static final String RUN_RECTIFICATION = "runRectification";
  public static final String CHECK_RECTIFICATION_STAGE = "checkRectificationStage";
  public static final String MINIMUM_DURATION_HELD = "minimumDurationHeld";
  public static final String UNIT_CAMPAIGN_COMPLETED = "unitCampaignCompleted";

  // variables
  public static final Variable<Long> CAMPAIGN_ID = CampaignProcess.CAMPAIGN_ID;
  public static final Variable<Long> UNIT_CAMPAIGN_ID = Variable.of("unitCampaignId", Long.class);
  public static final Variable<String> UNIT_ID = Variable.of("unitId", String.class);
  /** The unit's category, the input of the category decision that chooses its meeting. */
  public static final Variable<String> CATEGORY = Variable.of("category", String.class);
  public static final Variable<String> PRINCIPAL = Variable.of("principal", String.class);
  public static final Variable<String> SUPERIOR_LEADER = Variable.of("superiorLeader", String.class);
  /** The unit's leadership group: records its study sessions and the opinions it hears. */
  public static final Variable<String> LEADERSHIP_GROUP = Variable.of("leadershipGroup", String.class);
  public static final Variable<String> SUPERVISION_GROUP = Variable.of("supervisionGroup", String.class);
  /** The campaign offices of the unit and above, comma-separated as candidate groups: close the gaps that keep it from beginning. */
  public static final Variable<String> OFFICE_GROUPS = Variable.of("officeGroups", String.class);
  public static final Variable<Boolean> READY = Variable.of("ready", Boolean.class);
  public static final Variable<Boolean> WEAK = Variable.of("weak", Boolean.class);
  public static final Variable<Boolean> MORE_ROUNDS = Variable.of("moreRounds", Boolean.class);
  public static final Variable<Boolean> STAGE_PASSED = Variable.of("stagePassed", Boolean.class);
  /** The category decision's row: {@code meetingType} is the key of the meeting process the unit holds. */
  @SuppressWarnings({ "unchecked", "rawtypes" })
  public static final Variable<Map<String, Object>> MEETING_GUIDANCE = (Variable) Variable.of("meetingGuidance",
      Map.class);

  private UnitCampaignProcess() {
  }
}
