package org.massline.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.massline.forms.Variable;
import org.massline.support.PathCoverage;
import org.massline.support.PathEngine;

/**
 * Every path of the campaign's and the unit campaign's diagrams on a bare in-memory engine, the beans
 * they call replaced by mocks, the steps by listeners that do nothing, and the processes they call (the
 * two meetings, the rectification) by stand-ins of one user task each: routing only. Camunda's clock is
 * moved by hand and the jobs run by hand — the tiers' and the minimum duration's timers, the units' calls
 * (asynchronous before and after each), the stage's parallel join. Both diagrams are covered whole
 * ({@link PathCoverage}: the class fails naming any flow node or sequence flow no test reached).
 */
class CampaignPathsTest {

  // element ids the backing classes name no constant for, and the category decision's output column
  static final String TIER_COMPLETED = "tierCompleted";
  static final String LATE_UNITS_HANDLED = "lateUnitsHandled";
  static final String STUDY_JOIN = "studyJoin";
  static final String MEETING_TYPE = "meetingType";

  static final String MEETING_STANDIN_TASK = "standInTask";
  static final String DEMOCRATIC_LIFE_MEETING = "democratic-life-meeting";
  static final String ORGANIZATIONAL_LIFE_MEETING = "organizational-life-meeting";
  static final String RECTIFICATION = "rectification";

  static final long CAMPAIGN = 7L;
  static final Date START = date(LocalDateTime.of(2014, 1, 20, 9, 0));
  static final Date TIER_2 = date(LocalDateTime.of(2014, 3, 20, 9, 0));
  static final Date TIER_3 = date(LocalDateTime.of(2014, 5, 20, 9, 0));
  static final Date PLANNED_END = date(LocalDateTime.of(2014, 9, 20, 9, 0));
  static final Map<Integer, Date> OPENS = Map.of(1, START, 2, TIER_2, 3, TIER_3);
  static final Map<Integer, List<String>> UNITS = Map.of(1, List.of("county"), 2, List.of("town-1", "town-2"),
      3, List.of("village-1"));
  static final Map<String, String> CATEGORIES = Map.of("county", "LEADING_ORGAN", "town-1", "TOWNSHIP",
      "town-2", "TOWNSHIP", "village-1", "VILLAGE_COMMUNITY");

  @RegisterExtension
  static final PathCoverage coverage = new PathCoverage()
      .requireFull(CampaignProcess.KEY, UnitCampaignProcess.KEY)
      .excluding(DEMOCRATIC_LIFE_MEETING, ORGANIZATIONAL_LIFE_MEETING, RECTIFICATION);

  static ProcessEngine engine;

  final CampaignSetup setup = mock(CampaignSetup.class);
  final UnitCampaigns unitCampaigns = mock(UnitCampaigns.class);
  /** Units whose leadership is weak (reorganized before their first stage). */
  final Set<String> weak = new HashSet<>();
  /** Per unit, the answers of its readiness checks in turn; ready when none is left. */
  final Map<String, Deque<Boolean>> readiness = new HashMap<>();
  final AtomicLong unitCampaignIds = new AtomicLong(100);
  /** When a unit may close at the earliest: by default long before any test's clock. */
  Date earliestClose = date(LocalDateTime.of(2000, 1, 1, 0, 0));

  @BeforeAll
  static void engine() {
    engine = PathEngine.build("campaign-paths", coverage, "processes/campaign.bpmn", "processes/unit-campaign.bpmn",
        "processes/unit-category.dmn");
    var deployment = engine.getRepositoryService().createDeployment().name("stand-ins of the called processes");
    for (String key : List.of(DEMOCRATIC_LIFE_MEETING, ORGANIZATIONAL_LIFE_MEETING, RECTIFICATION)) {
      deployment.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
          .startEvent().userTask(MEETING_STANDIN_TASK).endEvent().done());
    }
    deployment.deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @BeforeEach
  void beans() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(START);
    Mocks.register("schedule", PathEngine.schedule());
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      CampaignProcess.CAMPAIGN_ID.set(execution, CAMPAIGN);
      CampaignProcess.OFFICE_GROUP.set(execution, "county-office");
      CampaignProcess.SUPERVISION_GROUP.set(execution, "county-sg");
      return null;
    }).when(setup).open(any());
    when(setup.tiers()).thenReturn(List.of(1, 2, 3));
    when(setup.tierOpens(eq(CAMPAIGN), anyInt())).thenAnswer(call -> OPENS.get(call.<Integer>getArgument(1)));
    when(setup.unitsOfTier(eq(CAMPAIGN), anyInt())).thenAnswer(call -> UNITS.get(call.<Integer>getArgument(1)));
    when(setup.plannedEnd(CAMPAIGN)).thenReturn(PLANNED_END);
    when(setup.lateHandlers(CAMPAIGN)).thenReturn("county-office,sg-of-town-1");
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      String unit = execution.getProcessBusinessKey();
      UnitCampaignProcess.UNIT_CAMPAIGN_ID.set(execution, unitCampaignIds.incrementAndGet());
      UnitCampaignProcess.UNIT_ID.set(execution, unit);
      UnitCampaignProcess.CATEGORY.set(execution, CATEGORIES.get(unit));
      UnitCampaignProcess.WEAK.set(execution, weak.contains(unit));
      UnitCampaignProcess.LEADERSHIP_GROUP.set(execution, unit + "-leaders");
      UnitCampaignProcess.OFFICE_GROUPS.set(execution, "county-office," + unit + "-office");
      return null;
    }).when(unitCampaigns).open(any());
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      String unit = UnitCampaignProcess.UNIT_ID.from(execution);
      Deque<Boolean> answers = readiness.getOrDefault(unit, new ArrayDeque<>());
      boolean ready = answers.isEmpty() || answers.poll();
      UnitCampaignProcess.READY.set(execution, ready);
      if (ready) {
        UnitCampaignProcess.PRINCIPAL.set(execution, unit + "-principal");
        UnitCampaignProcess.SUPERIOR_LEADER.set(execution, unit + "-superior");
        UnitCampaignProcess.SUPERVISION_GROUP.set(execution, "sg-of-" + unit);
      }
      return null;
    }).when(unitCampaigns).checkReadiness(any());
    when(unitCampaigns.contactCadres(anyString())).thenAnswer(call -> List.of("cadre-of-" + call.getArgument(0)));
    when(unitCampaigns.earliestClose(anyLong())).thenAnswer(call -> earliestClose);
    Mocks.register("campaignSetup", setup);
    Mocks.register("unitCampaigns", unitCampaigns);
    PathEngine.stepsDoNothing(List.of(CampaignProcess.DRAFT_IMPLEMENTATION_PLAN, CampaignProcess.REVIEW_IMPLEMENTATION_PLAN,
        CampaignProcess.HANDLE_LATE_UNITS, CampaignProcess.SUMMARIZE_CAMPAIGN, UnitCampaignProcess.COMPLETE_UNIT_RECORDS,
        UnitCampaignProcess.REORGANIZE_UNIT, UnitCampaignProcess.RECORD_STUDY_SESSIONS,
        UnitCampaignProcess.SOLICIT_OPINIONS, UnitCampaignProcess.CHECK_STUDY_STAGE, UnitCampaignProcess.LIST_PROBLEMS,
        UnitCampaignProcess.CHECK_PROBLEM_STAGE, UnitCampaignProcess.CHECK_RECTIFICATION_STAGE));
  }

  @AfterEach
  void reset() {
    PathEngine.reset(engine);
    ClockUtil.reset();
  }

  // ---------------------------------------------------------------------------------------------
  // the campaign

  @Test
  void aReturnedPlanIsRedraftedThenTheTiersOpenOnTheirDatesOverlapAndTheSummaryWaitsForEveryUnit() {
    ProcessInstance campaign = engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY, "county");
    verify(setup).open(any());
    assertThat(campaign).isWaitingAt(CampaignProcess.DRAFT_IMPLEMENTATION_PLAN);
    assertThat(task(CampaignProcess.DRAFT_IMPLEMENTATION_PLAN)).hasCandidateGroup("county-office");
    complete(CampaignProcess.DRAFT_IMPLEMENTATION_PLAN, Map.of());
    assertThat(task(CampaignProcess.REVIEW_IMPLEMENTATION_PLAN)).hasCandidateGroup("county-sg");
    complete(CampaignProcess.REVIEW_IMPLEMENTATION_PLAN, Map.of(CampaignProcess.PLAN_APPROVED, false));
    assertThat(campaign).as("returned to the office").isWaitingAt(CampaignProcess.DRAFT_IMPLEMENTATION_PLAN)
        .hasNotPassed(CampaignProcess.ROLL_OUT_CAMPAIGN);
    verify(setup, never()).rollOut(any());
    complete(CampaignProcess.DRAFT_IMPLEMENTATION_PLAN, Map.of());
    complete(CampaignProcess.REVIEW_IMPLEMENTATION_PLAN, Map.of(CampaignProcess.PLAN_APPROVED, true));
    verify(setup).rollOut(any());
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey(CampaignProcess.DRAFT_IMPLEMENTATION_PLAN).count()).as("drafted twice").isEqualTo(2);

    assertThat(campaign).isWaitingAt(CampaignProcess.TIER_OPENS);
    assertThat(jobs(campaign, CampaignProcess.TIER_OPENS)).as("a timer per tier, on its date")
        .extracting(Job::getDuedate).containsExactlyInAnyOrder(START, TIER_2, TIER_3);
    for (int tier = 1; tier <= 3; tier++) {
      verify(setup).tierOpens(CAMPAIGN, tier);
    }
    assertThat(jobs(campaign, CampaignProcess.CAMPAIGN_OVERDUE)).extracting(Job::getDuedate)
        .containsExactly(PLANNED_END);

    assertThat(runDue(campaign, CampaignProcess.TIER_OPENS)).as("tier 1 opens at the start, alone").isEqualTo(1);
    assertThat(runDue(campaign, CampaignProcess.RUN_UNIT_CAMPAIGNS)).as("tier 1's one unit").isEqualTo(1);
    ProcessInstance county = unit("county");
    assertThat(county).isWaitingAt(UnitCampaignProcess.RECORD_STUDY_SESSIONS, UnitCampaignProcess.SOLICIT_OPINIONS)
        .hasBusinessKey("county").variables().containsEntry(CampaignProcess.CAMPAIGN_ID.name(), CAMPAIGN);
    assertThat(units()).as("tiers 2 and 3 wait for their dates").containsExactly("county");

    ClockUtil.setCurrentTime(minus(TIER_2, 1));
    assertThat(runDue(campaign, CampaignProcess.TIER_OPENS)).as("not yet").isZero();
    ClockUtil.setCurrentTime(TIER_2);
    assertThat(runDue(campaign, CampaignProcess.TIER_OPENS)).isEqualTo(1);
    assertThat(runDue(campaign, CampaignProcess.RUN_UNIT_CAMPAIGNS)).as("each unit its own call").isEqualTo(2);
    assertThat(units()).containsExactlyInAnyOrder("county", "town-1", "town-2");
    assertThat(county).as("tier 2 starts before tier 1 completes").isNotEnded()
        .isWaitingAt(UnitCampaignProcess.RECORD_STUDY_SESSIONS, UnitCampaignProcess.SOLICIT_OPINIONS);

    ClockUtil.setCurrentTime(date(LocalDateTime.of(2014, 4, 20, 9, 0)));
    finish(county);
    assertThat(history(county).getEndTime()).as("tier 1 completes after tier 2 started")
        .isAfter(history(unit("town-1")).getStartTime());
    assertThat(runDue(campaign, CampaignProcess.RUN_UNIT_CAMPAIGNS)).as("continues after the call").isEqualTo(1);
    assertThat(campaign).as("tier 1 complete, the others run on").isWaitingAt(CampaignProcess.TIER_OPENS,
        CampaignProcess.RUN_UNIT_CAMPAIGNS).hasNotPassed(CampaignProcess.SUMMARIZE_CAMPAIGN);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(campaign.getId())
        .activityId(TIER_COMPLETED).finished().count()).as("one tier complete").isEqualTo(1);

    ClockUtil.setCurrentTime(TIER_3);
    assertThat(runDue(campaign, CampaignProcess.TIER_OPENS)).isEqualTo(1);
    assertThat(runDue(campaign, CampaignProcess.RUN_UNIT_CAMPAIGNS)).isEqualTo(1);
    assertThat(unit("town-1")).as("tier 3 starts before tier 2 completes").isNotEnded();
    assertThat(started(campaign, UnitCampaignProcess.KEY))
        .extracting(HistoricProcessInstance::getBusinessKey, HistoricProcessInstance::getStartTime)
        .as("each tier's units on its date").containsExactlyInAnyOrder(tuple("county", START),
            tuple("town-1", TIER_2), tuple("town-2", TIER_2), tuple("village-1", TIER_3));

    finish(unit("village-1"));
    finish(unit("town-1"));
    assertThat(runDue(campaign, CampaignProcess.RUN_UNIT_CAMPAIGNS)).isEqualTo(2);
    assertThat(campaign).as("town-2 still runs").isWaitingAt(CampaignProcess.RUN_UNIT_CAMPAIGNS)
        .hasNotPassed(CampaignProcess.SUMMARIZE_CAMPAIGN);
    finish(unit("town-2"));
    assertThat(campaign).as("until its call continues").hasNotPassed(CampaignProcess.SUMMARIZE_CAMPAIGN);
    assertThat(runDue(campaign, CampaignProcess.RUN_UNIT_CAMPAIGNS)).isEqualTo(1);

    assertThat(campaign).isWaitingAtExactly(CampaignProcess.SUMMARIZE_CAMPAIGN)
        .hasNotPassed(CampaignProcess.HANDLE_LATE_UNITS);
    assertThat(jobs(campaign, CampaignProcess.CAMPAIGN_OVERDUE)).as("on time: the escalation is gone").isEmpty();
    assertThat(task(CampaignProcess.SUMMARIZE_CAMPAIGN)).hasCandidateGroup("county-office");
    verify(setup, never()).complete(any());
    complete(CampaignProcess.SUMMARIZE_CAMPAIGN, Map.of());
    assertThat(campaign).hasPassed(CampaignProcess.CAMPAIGN_COMPLETED).isEnded();
    verify(setup).complete(any());
  }

  @Test
  void thePlannedEndPassingWithUnitsOpenHandsTheLateUnitsToTheOfficeAndTheirSupervisionGroupsAndCancelsNothing() {
    ProcessInstance campaign = pastItsPlannedEnd();
    verify(setup).lateHandlers(CAMPAIGN);
    assertThat(campaign).isWaitingAt(CampaignProcess.HANDLE_LATE_UNITS, CampaignProcess.RUN_UNIT_CAMPAIGNS);
    assertThat(task(CampaignProcess.HANDLE_LATE_UNITS)).hasCandidateGroup("county-office")
        .hasCandidateGroup("sg-of-town-1");
    assertThat(units()).as("nothing cancelled").containsExactlyInAnyOrder("town-1", "town-2", "village-1");
    for (String late : List.of("town-1", "town-2", "village-1")) {
      assertThat(unit(late)).isWaitingAt(UnitCampaignProcess.RECORD_STUDY_SESSIONS,
          UnitCampaignProcess.SOLICIT_OPINIONS);
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(campaign.getId())
        .finished().count()).as("only county, done in time").isEqualTo(1);
    verify(unitCampaigns, times(1)).release(any());

    complete(CampaignProcess.HANDLE_LATE_UNITS, Map.of());
    assertThat(campaign).hasPassed(LATE_UNITS_HANDLED).isWaitingAt(CampaignProcess.RUN_UNIT_CAMPAIGNS)
        .isNotEnded();
    assertThat(jobs(campaign, CampaignProcess.CAMPAIGN_OVERDUE)).as("once").isEmpty();

    finishLateUnitsAndSummarize(campaign);
    assertThat(campaign).as("late but complete").hasPassed(CampaignProcess.CAMPAIGN_COMPLETED).isEnded();
    verify(setup).complete(any());
  }

  @Test
  void anEscalationStillOpenWhenTheLastUnitIsDoneEndsWithTheCampaign() {
    ProcessInstance campaign = pastItsPlannedEnd();
    finishLateUnitsAndSummarize(campaign);
    assertThat(campaign).hasPassed(CampaignProcess.CAMPAIGN_COMPLETED).hasNotPassed(LATE_UNITS_HANDLED).isEnded();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).count())
        .as("nothing left to urge").isZero();
  }

  private void finishLateUnitsAndSummarize(ProcessInstance campaign) {
    for (String late : List.of("town-1", "town-2", "village-1")) {
      finish(unit(late));
    }
    assertThat(runDue(campaign, CampaignProcess.RUN_UNIT_CAMPAIGNS)).isEqualTo(3);
    complete(CampaignProcess.SUMMARIZE_CAMPAIGN, Map.of());
  }

  /** Every tier open, the county done in time, its townships and village still in their first stage at the planned end. */
  private ProcessInstance pastItsPlannedEnd() {
    ProcessInstance campaign = approvedCampaign();
    runDue(campaign, CampaignProcess.TIER_OPENS);
    runDue(campaign, CampaignProcess.RUN_UNIT_CAMPAIGNS);
    ClockUtil.setCurrentTime(TIER_2);
    runDue(campaign, CampaignProcess.TIER_OPENS);
    runDue(campaign, CampaignProcess.RUN_UNIT_CAMPAIGNS);
    ClockUtil.setCurrentTime(TIER_3);
    runDue(campaign, CampaignProcess.TIER_OPENS);
    runDue(campaign, CampaignProcess.RUN_UNIT_CAMPAIGNS);
    finish(unit("county"));
    runDue(campaign, CampaignProcess.RUN_UNIT_CAMPAIGNS);
    assertThat(runDue(campaign, CampaignProcess.CAMPAIGN_OVERDUE)).as("not before the planned end").isZero();

    ClockUtil.setCurrentTime(PLANNED_END);
    assertThat(runDue(campaign, CampaignProcess.CAMPAIGN_OVERDUE)).isEqualTo(1);
    return campaign;
  }

  // ---------------------------------------------------------------------------------------------
  // a unit's campaign

  @Test
  void aUnitWithGapsWaitsForItsOfficesAndAWeakUnitIsReorganizedBeforeItsFirstStage() {
    readiness.put("town-1", new ArrayDeque<>(List.of(false, false)));
    weak.add("town-1");
    ProcessInstance unit = startUnit("town-1");
    verify(unitCampaigns).open(any());
    assertThat(unit).isWaitingAtExactly(UnitCampaignProcess.COMPLETE_UNIT_RECORDS);
    assertThat(task(UnitCampaignProcess.COMPLETE_UNIT_RECORDS)).hasCandidateGroup("county-office")
        .hasCandidateGroup("town-1-office");
    complete(UnitCampaignProcess.COMPLETE_UNIT_RECORDS, Map.of());
    assertThat(unit).as("still a gap").isWaitingAtExactly(UnitCampaignProcess.COMPLETE_UNIT_RECORDS);
    complete(UnitCampaignProcess.COMPLETE_UNIT_RECORDS, Map.of());
    verify(unitCampaigns, times(3)).checkReadiness(any());

    assertThat(unit).as("weak: reorganized first").isWaitingAtExactly(UnitCampaignProcess.REORGANIZE_UNIT)
        .hasNotPassed(UnitCampaignProcess.STUDY_AND_LISTEN);
    assertThat(task(UnitCampaignProcess.REORGANIZE_UNIT)).isAssignedTo("town-1-superior");
    verify(unitCampaigns, never()).enterStage(any(), any());
    complete(UnitCampaignProcess.REORGANIZE_UNIT, Map.of());
    assertThat(unit).isWaitingAtExactly(UnitCampaignProcess.STUDY_AND_LISTEN, UnitCampaignProcess.RECORD_STUDY_SESSIONS,
        UnitCampaignProcess.SOLICIT_OPINIONS);
    verify(unitCampaigns).enterStage(any(), eq(Stage.STUDY.name()));
  }

  @Test
  void aUnitNotWeakGoesStraightToItsStudyWhereOpinionRoundsRepeatAndTheJoinWaitsForTheStudyRecords() {
    ProcessInstance unit = startUnit("county");
    assertThat(unit).isWaitingAtExactly(UnitCampaignProcess.STUDY_AND_LISTEN, UnitCampaignProcess.RECORD_STUDY_SESSIONS, UnitCampaignProcess.SOLICIT_OPINIONS)
        .hasNotPassed(UnitCampaignProcess.COMPLETE_UNIT_RECORDS, UnitCampaignProcess.REORGANIZE_UNIT);
    verify(unitCampaigns).enterStage(any(), eq(Stage.STUDY.name()));
    assertThat(task(UnitCampaignProcess.RECORD_STUDY_SESSIONS)).hasCandidateGroup("county-leaders");
    assertThat(task(UnitCampaignProcess.SOLICIT_OPINIONS)).hasCandidateGroup("county-leaders");

    complete(UnitCampaignProcess.SOLICIT_OPINIONS, Map.of(UnitCampaignProcess.MORE_ROUNDS, true));
    assertThat(unit).as("another round").isWaitingAtExactly(UnitCampaignProcess.STUDY_AND_LISTEN, UnitCampaignProcess.RECORD_STUDY_SESSIONS,
        UnitCampaignProcess.SOLICIT_OPINIONS);
    complete(UnitCampaignProcess.SOLICIT_OPINIONS, Map.of(UnitCampaignProcess.MORE_ROUNDS, false));
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(unit.getId())
        .taskDefinitionKey(UnitCampaignProcess.SOLICIT_OPINIONS).count()).as("two rounds").isEqualTo(2);
    assertThat(runDue(unit, STUDY_JOIN)).as("the rounds reach the join").isEqualTo(1);
    assertThat(unit).as("which waits for the study records").isWaitingAt(UnitCampaignProcess.RECORD_STUDY_SESSIONS)
        .hasNotPassed(UnitCampaignProcess.CHECK_STUDY_STAGE);
    complete(UnitCampaignProcess.RECORD_STUDY_SESSIONS, Map.of());
    assertThat(unit).as("asynchronous join").hasNotPassed(UnitCampaignProcess.CHECK_STUDY_STAGE);
    assertThat(runDue(unit, STUDY_JOIN)).isEqualTo(1);
    assertThat(unit).isWaitingAtExactly(UnitCampaignProcess.CHECK_STUDY_STAGE);
  }

  @Test
  void eachGateSendsTheUnitBackToItsStageUntilItPassesWithTheContactPointCadreACandidateAtEveryGate() {
    ProcessInstance unit = startUnit("county");
    study(unit);
    assertGate(UnitCampaignProcess.CHECK_STUDY_STAGE);
    complete(UnitCampaignProcess.CHECK_STUDY_STAGE, Map.of(UnitCampaignProcess.STAGE_PASSED, false));
    assertThat(unit).as("back to the study").isWaitingAtExactly(UnitCampaignProcess.STUDY_AND_LISTEN, UnitCampaignProcess.RECORD_STUDY_SESSIONS,
        UnitCampaignProcess.SOLICIT_OPINIONS);
    verify(unitCampaigns, times(2)).enterStage(any(), eq(Stage.STUDY.name()));
    verify(unitCampaigns, never()).enterStage(any(), eq(Stage.PROBLEMS.name()));
    study(unit);
    complete(UnitCampaignProcess.CHECK_STUDY_STAGE, Map.of(UnitCampaignProcess.STAGE_PASSED, true));

    assertThat(unit).isWaitingAtExactly(UnitCampaignProcess.FIND_PROBLEMS, UnitCampaignProcess.LIST_PROBLEMS);
    verify(unitCampaigns).enterStage(any(), eq(Stage.PROBLEMS.name()));
    assertThat(task(UnitCampaignProcess.LIST_PROBLEMS)).isAssignedTo("county-principal");
    complete(UnitCampaignProcess.LIST_PROBLEMS, Map.of());
    assertThat(unit).as("a leading organ holds a democratic life meeting")
        .isWaitingAtExactly(UnitCampaignProcess.FIND_PROBLEMS, UnitCampaignProcess.HOLD_DEMOCRATIC_LIFE_MEETING);
    assertThat(UnitCampaignProcess.MEETING_GUIDANCE.from(engine.getRuntimeService().getVariables(unit.getId())))
        .containsEntry(MEETING_TYPE, DEMOCRATIC_LIFE_MEETING);
    holdCalled(unit, DEMOCRATIC_LIFE_MEETING);
    assertGate(UnitCampaignProcess.CHECK_PROBLEM_STAGE);
    complete(UnitCampaignProcess.CHECK_PROBLEM_STAGE, Map.of(UnitCampaignProcess.STAGE_PASSED, false));
    assertThat(unit).as("back to the problems").isWaitingAtExactly(UnitCampaignProcess.FIND_PROBLEMS, UnitCampaignProcess.LIST_PROBLEMS);
    verify(unitCampaigns, times(2)).enterStage(any(), eq(Stage.PROBLEMS.name()));
    complete(UnitCampaignProcess.LIST_PROBLEMS, Map.of());
    holdCalled(unit, DEMOCRATIC_LIFE_MEETING);
    verify(unitCampaigns, never()).enterStage(any(), eq(Stage.RECTIFICATION.name()));
    complete(UnitCampaignProcess.CHECK_PROBLEM_STAGE, Map.of(UnitCampaignProcess.STAGE_PASSED, true));

    assertThat(unit).isWaitingAtExactly(UnitCampaignProcess.RECTIFY, UnitCampaignProcess.RUN_RECTIFICATION);
    verify(unitCampaigns).enterStage(any(), eq(Stage.RECTIFICATION.name()));
    holdCalled(unit, RECTIFICATION);
    assertGate(UnitCampaignProcess.CHECK_RECTIFICATION_STAGE);
    complete(UnitCampaignProcess.CHECK_RECTIFICATION_STAGE, Map.of(UnitCampaignProcess.STAGE_PASSED, false));
    assertThat(unit).as("back to the rectification").isWaitingAtExactly(UnitCampaignProcess.RECTIFY, UnitCampaignProcess.RUN_RECTIFICATION);
    verify(unitCampaigns, times(2)).enterStage(any(), eq(Stage.RECTIFICATION.name()));
    holdCalled(unit, RECTIFICATION);
    complete(UnitCampaignProcess.CHECK_RECTIFICATION_STAGE, Map.of(UnitCampaignProcess.STAGE_PASSED, true));

    assertThat(started(unit, DEMOCRATIC_LIFE_MEETING)).as("a meeting per pass of the stage").hasSize(2);
    assertThat(started(unit, RECTIFICATION)).hasSize(2);
    assertThat(started(unit, ORGANIZATIONAL_LIFE_MEETING)).isEmpty();
    assertThat(unit).isWaitingAtExactly(UnitCampaignProcess.MINIMUM_DURATION_HELD);
    assertThat(runDue(unit, UnitCampaignProcess.MINIMUM_DURATION_HELD)).as("long since due").isEqualTo(1);
    assertThat(unit).hasPassed(UnitCampaignProcess.UNIT_CAMPAIGN_COMPLETED).isEnded();
    verify(unitCampaigns).complete(any());
  }

  @Test
  void aVillageHoldsAnOrganizationalLifeMeeting() {
    ProcessInstance unit = startUnit("village-1");
    study(unit);
    complete(UnitCampaignProcess.CHECK_STUDY_STAGE, Map.of(UnitCampaignProcess.STAGE_PASSED, true));
    complete(UnitCampaignProcess.LIST_PROBLEMS, Map.of());
    assertThat(unit).isWaitingAtExactly(UnitCampaignProcess.FIND_PROBLEMS, UnitCampaignProcess.HOLD_ORGANIZATIONAL_LIFE_MEETING)
        .hasNotPassed(UnitCampaignProcess.HOLD_DEMOCRATIC_LIFE_MEETING);
    assertThat(UnitCampaignProcess.MEETING_GUIDANCE.from(engine.getRuntimeService().getVariables(unit.getId())))
        .containsEntry(MEETING_TYPE, ORGANIZATIONAL_LIFE_MEETING);
    holdCalled(unit, ORGANIZATIONAL_LIFE_MEETING);
    assertThat(unit).isWaitingAtExactly(UnitCampaignProcess.CHECK_PROBLEM_STAGE);
    assertThat(started(unit, DEMOCRATIC_LIFE_MEETING)).isEmpty();
  }

  @Test
  void aUnitWhoseGatesAllPassedIsHeldUntilItsMinimumDuration() {
    earliestClose = date(LocalDateTime.of(2014, 4, 20, 9, 0));
    ProcessInstance unit = startUnit("town-2");
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2014, 2, 20, 9, 0)));
    study(unit);
    complete(UnitCampaignProcess.CHECK_STUDY_STAGE, Map.of(UnitCampaignProcess.STAGE_PASSED, true));
    complete(UnitCampaignProcess.LIST_PROBLEMS, Map.of());
    holdCalled(unit, DEMOCRATIC_LIFE_MEETING);
    complete(UnitCampaignProcess.CHECK_PROBLEM_STAGE, Map.of(UnitCampaignProcess.STAGE_PASSED, true));
    holdCalled(unit, RECTIFICATION);
    complete(UnitCampaignProcess.CHECK_RECTIFICATION_STAGE, Map.of(UnitCampaignProcess.STAGE_PASSED, true));

    assertThat(unit).as("every gate passed, not yet closed").isWaitingAtExactly(UnitCampaignProcess.MINIMUM_DURATION_HELD);
    verify(unitCampaigns).awaitMinimum(any());
    verify(unitCampaigns).earliestClose(unitCampaignIds.get());
    assertThat(jobs(unit, UnitCampaignProcess.MINIMUM_DURATION_HELD)).extracting(Job::getDuedate)
        .containsExactly(earliestClose);
    assertThat(runDue(unit, UnitCampaignProcess.MINIMUM_DURATION_HELD)).isZero();
    ClockUtil.setCurrentTime(minus(earliestClose, 1));
    assertThat(runDue(unit, UnitCampaignProcess.MINIMUM_DURATION_HELD)).as("a minute short").isZero();
    assertThat(unit).isWaitingAtExactly(UnitCampaignProcess.MINIMUM_DURATION_HELD);
    verify(unitCampaigns, never()).complete(any());

    ClockUtil.setCurrentTime(earliestClose);
    assertThat(runDue(unit, UnitCampaignProcess.MINIMUM_DURATION_HELD)).isEqualTo(1);
    assertThat(unit).hasPassed(UnitCampaignProcess.UNIT_CAMPAIGN_COMPLETED).isEnded();
    verify(unitCampaigns).complete(any());
  }

  // ---------------------------------------------------------------------------------------------

  private ProcessInstance approvedCampaign() {
    ProcessInstance campaign = engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY, "county");
    complete(CampaignProcess.DRAFT_IMPLEMENTATION_PLAN, Map.of());
    complete(CampaignProcess.REVIEW_IMPLEMENTATION_PLAN, Map.of(CampaignProcess.PLAN_APPROVED, true));
    return campaign;
  }

  private ProcessInstance startUnit(String unitId) {
    return engine.getRuntimeService().startProcessInstanceByKey(UnitCampaignProcess.KEY, unitId,
        Map.of(UnitCampaignProcess.CAMPAIGN_ID.name(), CAMPAIGN));
  }

  /** The first stage, one opinion round, the join run. */
  private void study(ProcessInstance unit) {
    complete(unitTask(unit, UnitCampaignProcess.RECORD_STUDY_SESSIONS), Map.of());
    complete(unitTask(unit, UnitCampaignProcess.SOLICIT_OPINIONS), Map.of(UnitCampaignProcess.MORE_ROUNDS, false));
    assertThat(runDue(unit, STUDY_JOIN)).isEqualTo(2);
    assertThat(unit).isWaitingAtExactly(UnitCampaignProcess.CHECK_STUDY_STAGE);
  }

  /** A unit's campaign from its first stage, every gate passed at once, to its end. */
  private void finish(ProcessInstance unit) {
    study(unit);
    complete(unitTask(unit, UnitCampaignProcess.CHECK_STUDY_STAGE), Map.of(UnitCampaignProcess.STAGE_PASSED, true));
    complete(unitTask(unit, UnitCampaignProcess.LIST_PROBLEMS), Map.of());
    holdCalled(unit, null);
    complete(unitTask(unit, UnitCampaignProcess.CHECK_PROBLEM_STAGE), Map.of(UnitCampaignProcess.STAGE_PASSED, true));
    holdCalled(unit, RECTIFICATION);
    complete(unitTask(unit, UnitCampaignProcess.CHECK_RECTIFICATION_STAGE),
        Map.of(UnitCampaignProcess.STAGE_PASSED, true));
    assertThat(runDue(unit, UnitCampaignProcess.MINIMUM_DURATION_HELD)).isEqualTo(1);
    assertThat(unit).isEnded();
  }

  /** The process the unit called now (this key, when not null): for the unit, its only task completed. */
  private void holdCalled(ProcessInstance unit, String key) {
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(unit.getId()).singleResult();
    assertThat(called).as("the unit's call").isNotNull();
    if (key != null) {
      assertThat(engine.getRepositoryService().getProcessDefinition(called.getProcessDefinitionId()).getKey())
          .isEqualTo(key);
    }
    assertThat(called).hasBusinessKey(unit.getBusinessKey()).variables()
        .containsEntry(UnitCampaignProcess.UNIT_ID.name(), unit.getBusinessKey());
    complete(engine.getTaskService().createTaskQuery().processInstanceId(called.getId()).singleResult(), Map.of());
    assertThat(called).isEnded();
  }

  /** A gate: the supervision group and the unit's contact-point cadre, who sees it among their work. */
  private void assertGate(String gate) {
    Task task = task(gate);
    assertThat(task).hasCandidateGroup("sg-of-county").hasCandidateUser("cadre-of-county");
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("cadre-of-county").list())
        .as("the cadre's view: the gate, not the unit's own work").extracting(Task::getTaskDefinitionKey)
        .containsExactly(gate);
  }

  private ProcessInstance unit(String unitId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnitCampaignProcess.KEY)
        .processInstanceBusinessKey(unitId).singleResult();
  }

  /** The business keys of the running unit campaigns. */
  private List<String> units() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnitCampaignProcess.KEY)
        .list().stream().map(ProcessInstance::getBusinessKey).toList();
  }

  /** The instances of a process this caller started so far, in the order they started. */
  private List<HistoricProcessInstance> started(ProcessInstance caller, String key) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .processDefinitionKey(key)
        .orderByProcessInstanceStartTime().asc().list();
  }

  private HistoricProcessInstance history(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult();
  }

  private List<Job> jobs(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .list();
  }

  /** Runs the instance's due jobs at this activity until none is left; returns how many ran. */
  private int runDue(ProcessInstance instance, String activityId) {
    int executed = 0;
    List<Job> due;
    while (!(due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).executable().list()).isEmpty()) {
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        executed++;
      }
    }
    return executed;
  }

  private Task unitTask(ProcessInstance unit, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey(activityId)
        .singleResult();
  }

  private Task task(String activityId) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(activityId).singleResult();
  }

  private void complete(String activityId, Map<Variable<Boolean>, Boolean> decisions) {
    complete(task(activityId), decisions);
  }

  private void complete(Task task, Map<Variable<Boolean>, Boolean> decisions) {
    Map<String, Object> variables = new HashMap<>();
    decisions.forEach((variable, value) -> variables.put(variable.name(), value));
    engine.getTaskService().complete(task.getId(), variables);
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  private static Date minus(Date date, int minutes) {
    return new Date(date.getTime() - minutes * 60_000L);
  }
}
