package org.massline.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.massline.forms.Variable;
import org.massline.support.PathEngine;

/**
 * Every path of the rectification's and the ledger item's diagrams on a bare in-memory engine, the
 * beans they call replaced by mocks and the steps by listeners that do nothing: routing only.
 * (What the steps write is tested in the full context, {@link RectificationWalkTest}.)
 */
class RectificationPathsTest {

  static ProcessEngine engine;

  final RectificationSetup setup = mock(RectificationSetup.class);
  final LedgerItems ledgerItems = mock(LedgerItems.class);
  final LedgerEscalations escalations = mock(LedgerEscalations.class);
  final LookBackSetup lookBacks = mock(LookBackSetup.class);
  boolean publicAcceptance = true;

  @BeforeAll
  static void engine() {
    engine = PathEngine.build("rectification-paths", "processes/rectification.bpmn", "processes/ledger-item.bpmn",
        "processes/ledger-escalation.bpmn", "processes/look-back.bpmn");
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @BeforeEach
  void beans() {
    BpmnAwareTests.init(engine);
    Mocks.register("schedule", PathEngine.schedule());
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      RectificationProcess.RECTIFICATION_ID.set(execution, 1L);
      RectificationProcess.UNIT_ID.set(execution, "unit");
      RectificationProcess.PRINCIPAL.set(execution, "principal");
      RectificationProcess.SUPERIOR_LEADER.set(execution, "superior");
      RectificationProcess.SUPERVISION_GROUP.set(execution, "sg");
      return null;
    }).when(setup).open(any());
    when(setup.ledgerItemIds(anyLong())).thenReturn(List.of(31L, 32L));
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      LedgerItemProcess.OWNER.set(execution, "owner-" + LedgerItemProcess.LEDGER_ITEM_ID.from(execution));
      LedgerItemProcess.PUBLIC_ACCEPTANCE.set(execution, publicAcceptance);
      return null;
    }).when(ledgerItems).open(any());
    Mocks.register("rectificationSetup", setup);
    Mocks.register("ledgerItems", ledgerItems);
    Mocks.register("ledgerEscalations", escalations);
    Mocks.register("lookBackSetup", lookBacks);
    when(escalations.recipients(anyLong())).thenReturn(List.of("owner", "principal"));
    PathEngine.stepsDoNothing(List.of(RectificationProcess.DRAFT_RECTIFICATION_PLAN,
        RectificationProcess.SUPERVISE_RECTIFICATION_PLAN, RectificationProcess.REVIEW_RECTIFICATION_PLAN,
        LedgerItemProcess.REPORT_LEDGER_PROGRESS, LedgerItemProcess.CONFIRM_LEDGER_ITEM,
        LedgerItemProcess.RECORD_PUBLIC_ACCEPTANCE, LedgerEscalationProcess.RECORD_LEDGER_ESCALATION,
        LedgerEscalationProcess.ACKNOWLEDGE_LEDGER_ESCALATION, LookBackProcess.SELF_CHECK_LOOK_BACK,
        LookBackProcess.CHECK_LOOK_BACK, LookBackProcess.SPOT_CHECK_LOOK_BACK, LookBackProcess.NOTIFY_LOOK_BACK));
  }

  @AfterEach
  void reset() {
    PathEngine.reset(engine);
  }

  @Test
  void aReturnedPlanIsRedraftedThenApprovedAndEveryItemRunsOnItsOwnUntilTheRectificationEnds() {
    ProcessInstance rectification = start();
    assertThat(rectification).isWaitingAt(RectificationProcess.DRAFT_RECTIFICATION_PLAN);
    assertThat(task(RectificationProcess.DRAFT_RECTIFICATION_PLAN)).isAssignedTo("principal");
    complete(RectificationProcess.DRAFT_RECTIFICATION_PLAN, Map.of());
    assertThat(task(RectificationProcess.SUPERVISE_RECTIFICATION_PLAN)).hasCandidateGroup("sg");
    complete(RectificationProcess.SUPERVISE_RECTIFICATION_PLAN, Map.of());
    assertThat(task(RectificationProcess.REVIEW_RECTIFICATION_PLAN)).isAssignedTo("superior");
    complete(RectificationProcess.REVIEW_RECTIFICATION_PLAN, Map.of(RectificationProcess.PLAN_APPROVED, false));
    assertThat(rectification).as("returned to the principal").isWaitingAt(RectificationProcess.DRAFT_RECTIFICATION_PLAN);

    publicAcceptance = false;
    complete(RectificationProcess.DRAFT_RECTIFICATION_PLAN, Map.of());
    complete(RectificationProcess.SUPERVISE_RECTIFICATION_PLAN, Map.of());
    complete(RectificationProcess.REVIEW_RECTIFICATION_PLAN, Map.of(RectificationProcess.PLAN_APPROVED, true));
    verify(setup).openLedger(any());
    assertThat(rectification).isWaitingAt(RectificationProcess.TRACK_LEDGER_ITEMS);
    List<Task> progress = tasks(LedgerItemProcess.REPORT_LEDGER_PROGRESS);
    assertThat(progress).extracting(Task::getAssignee).as("each item by its owner")
        .containsExactlyInAnyOrder("owner-31", "owner-32");

    for (Task t : progress) {
      closeWithoutAcceptance(t);
    }
    assertThat(rectification).hasPassed(RectificationProcess.RECTIFICATION_COMPLETED).isEnded();
    verify(setup).complete(any());
  }

  @Test
  void anItemGoesBackUntilItIsDoneConfirmedAndAcceptedByTheMasses() {
    start();
    approvePlan();
    Task first = tasks(LedgerItemProcess.REPORT_LEDGER_PROGRESS).get(0);
    ProcessInstance item = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(first.getProcessInstanceId()).singleResult();
    assertThat(item).hasBusinessKey("unit");

    complete(first, Map.of(LedgerItemProcess.ITEM_DONE, false));
    assertThat(item).as("progress reported, the item goes on").isWaitingAt(LedgerItemProcess.REPORT_LEDGER_PROGRESS);
    complete(itemTask(item), Map.of(LedgerItemProcess.ITEM_DONE, true));
    assertThat(itemTask(item)).isAssignedTo("superior");
    complete(itemTask(item), Map.of(LedgerItemProcess.ITEM_CONFIRMED, false));
    assertThat(item).as("returned by the superior").isWaitingAt(LedgerItemProcess.REPORT_LEDGER_PROGRESS);
    complete(itemTask(item), Map.of(LedgerItemProcess.ITEM_DONE, true));
    complete(itemTask(item), Map.of(LedgerItemProcess.ITEM_CONFIRMED, true));
    assertThat(item).isWaitingAt(LedgerItemProcess.RECORD_PUBLIC_ACCEPTANCE);
    assertThat(itemTask(item)).isAssignedTo("principal");
    complete(itemTask(item), Map.of(LedgerItemProcess.PUBLICLY_ACCEPTED, false));
    assertThat(item).as("the masses did not accept it").isWaitingAt(LedgerItemProcess.REPORT_LEDGER_PROGRESS);
    complete(itemTask(item), Map.of(LedgerItemProcess.ITEM_DONE, true));
    complete(itemTask(item), Map.of(LedgerItemProcess.ITEM_CONFIRMED, true));
    complete(itemTask(item), Map.of(LedgerItemProcess.PUBLICLY_ACCEPTED, true));
    assertThat(item).hasPassed(LedgerItemProcess.CLOSE_LEDGER_ITEM).isEnded();
    verify(ledgerItems).close(any());
  }

  @Test
  void aReminderGoesStraightToTheOwnerAndThePrincipalWhoEachAcknowledgeIt() {
    ProcessInstance rung = escalation(null);
    assertThat(rung).hasNotPassed(LedgerEscalationProcess.RECORD_LEDGER_ESCALATION)
        .isWaitingAt(LedgerEscalationProcess.ACKNOWLEDGE_LEDGER_ESCALATION);
    List<Task> receipts = tasks(LedgerEscalationProcess.ACKNOWLEDGE_LEDGER_ESCALATION);
    assertThat(receipts).extracting(Task::getAssignee).containsExactlyInAnyOrder("owner", "principal");
    receipts.forEach(t -> complete(t, Map.of()));
    assertThat(rung).hasPassed(LedgerEscalationProcess.ESCALATION_DELIVERED).isEnded();
  }

  @Test
  void aRungThatIsRecordedIsRecordedByItsRecorderBeforeItIsDelivered() {
    ProcessInstance rung = escalation("superior");
    Task record = task(LedgerEscalationProcess.RECORD_LEDGER_ESCALATION);
    assertThat(record).isAssignedTo("superior");
    complete(record, Map.of());
    assertThat(tasks(LedgerEscalationProcess.ACKNOWLEDGE_LEDGER_ESCALATION)).hasSize(2)
        .allSatisfy(t -> complete(t, Map.of()));
    assertThat(rung).hasPassed(LedgerEscalationProcess.RECORD_LEDGER_ESCALATION).isEnded();
  }

  @Test
  void aLookBackGoesFromEveryUnitsSelfCheckAndCheckToTheDrawnUnitsSpotChecksAndTheNotification() {
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      LookBackProcess.LOOK_BACK_ID.set(execution, 9L);
      LookBackProcess.PRINCIPAL.set(execution, "principal");
      LookBackProcess.OFFICE.set(execution, "unit-office");
      return null;
    }).when(lookBacks).open(any());
    when(lookBacks.units(anyLong())).thenReturn(List.of("unit", "lower-1", "lower-2"));
    when(lookBacks.sample(anyLong())).thenReturn(List.of("lower-2"));
    when(lookBacks.principalOf(any())).thenAnswer(call -> "principal-of-" + call.getArgument(0));
    when(lookBacks.superiorLeaderOf(any())).thenAnswer(call -> "superior-of-" + call.getArgument(0));
    ProcessInstance lookBack = engine.getRuntimeService().startProcessInstanceByKey(LookBackProcess.KEY, "unit");

    List<Task> selfChecks = tasks(LookBackProcess.SELF_CHECK_LOOK_BACK);
    assertThat(selfChecks).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("principal-of-unit", "principal-of-lower-1", "principal-of-lower-2");
    selfChecks.forEach(t -> complete(t, Map.of()));
    List<Task> checks = tasks(LookBackProcess.CHECK_LOOK_BACK);
    assertThat(checks).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("superior-of-unit", "superior-of-lower-1", "superior-of-lower-2");
    checks.forEach(t -> complete(t, Map.of()));
    verify(lookBacks).draw(any());
    assertThat(task(LookBackProcess.SPOT_CHECK_LOOK_BACK)).as("the drawn unit only").hasCandidateGroup("unit-office");
    complete(LookBackProcess.SPOT_CHECK_LOOK_BACK, Map.of());
    assertThat(task(LookBackProcess.NOTIFY_LOOK_BACK)).isAssignedTo("principal");
    complete(LookBackProcess.NOTIFY_LOOK_BACK, Map.of());
    assertThat(lookBack).hasPassed(LookBackProcess.LOOK_BACK_COMPLETED).isEnded();
    verify(lookBacks).complete(any());
  }

  /** A rung whose recorder is this person, the supervision group when null, nobody for a reminder. */
  private ProcessInstance escalation(String recorder) {
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      LedgerEscalationProcess.RECORDED.set(execution, recorder != null);
      LedgerEscalationProcess.RECORDER.set(execution, recorder);
      return null;
    }).when(escalations).open(any());
    return engine.getRuntimeService().startProcessInstanceByKey(LedgerEscalationProcess.KEY, "unit",
        Map.of(LedgerEscalationProcess.ESCALATION_ID.name(), 5L, LedgerEscalationProcess.SUPERVISION_GROUP.name(), "sg"));
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(RectificationProcess.KEY, "unit");
  }

  private void approvePlan() {
    complete(RectificationProcess.DRAFT_RECTIFICATION_PLAN, Map.of());
    complete(RectificationProcess.SUPERVISE_RECTIFICATION_PLAN, Map.of());
    complete(RectificationProcess.REVIEW_RECTIFICATION_PLAN, Map.of(RectificationProcess.PLAN_APPROVED, true));
  }

  private void closeWithoutAcceptance(Task progress) {
    ProcessInstance item = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(progress.getProcessInstanceId()).singleResult();
    complete(progress, Map.of(LedgerItemProcess.ITEM_DONE, true));
    complete(itemTask(item), Map.of(LedgerItemProcess.ITEM_CONFIRMED, true));
    assertThat(item).as("no appraisal where the unit needs none").hasNotPassed(LedgerItemProcess.RECORD_PUBLIC_ACCEPTANCE)
        .isEnded();
  }

  private Task itemTask(ProcessInstance item) {
    return engine.getTaskService().createTaskQuery().processInstanceId(item.getId()).singleResult();
  }

  private List<Task> tasks(String activityId) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(activityId).orderByTaskId().asc().list();
  }

  private Task task(String activityId) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(activityId).singleResult();
  }

  private void complete(String activityId, Map<Variable<Boolean>, Boolean> decisions) {
    complete(task(activityId), decisions);
  }

  private void complete(Task task, Map<Variable<Boolean>, Boolean> decisions) {
    Map<String, Object> variables = new java.util.HashMap<>();
    decisions.forEach((variable, value) -> variables.put(variable.name(), value));
    engine.getTaskService().complete(task.getId(), variables);
  }
}
