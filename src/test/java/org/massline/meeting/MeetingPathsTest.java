package org.massline.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
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
import org.massline.app.Schedule;
import org.massline.meeting.steps.MakeUpMeeting;
import org.massline.support.Jobs;
import org.massline.support.PathEngine;

/**
 * Every path of the meeting's diagram on a bare in-memory engine, the beans the BPMN calls
 * replaced by mocks and the steps by listeners that do nothing: routing only, in milliseconds.
 * (What the steps write is tested in the full context, {@link MeetingProcessTest}.)
 */
class MeetingPathsTest {

  static ProcessEngine engine;
  static Schedule schedule;

  final MeetingSetup setup = mock(MeetingSetup.class);
  final MeetingTalks talks = mock(MeetingTalks.class);
  final MeetingReports reports = mock(MeetingReports.class);
  final MeetingSettings settings = mock(MeetingSettings.class);
  final MeetingNotifications notifications = mock(MeetingNotifications.class);
  final MakeUpMeeting makeUp = mock(MakeUpMeeting.class);
  ProcessInstance meeting;

  @BeforeAll
  static void engine() {
    engine = PathEngine.build("meeting-paths", "processes/democratic-life-meeting.bpmn");
    schedule = PathEngine.schedule();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @BeforeEach
  void beans() {
    BpmnAwareTests.init(engine);
    Mocks.register("schedule", schedule);
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      MeetingProcess.MEETING_ID.set(execution, 1L);
      MeetingProcess.PRINCIPAL.set(execution, "principal");
      MeetingProcess.LEADERSHIP_GROUP.set(execution, "unit-leaders");
      MeetingProcess.SUPERIOR_LEADER.set(execution, "superior");
      MeetingProcess.SUPERVISION_GROUP.set(execution, "sg");
      return null;
    }).when(setup).open(any());
    when(talks.talkIds(anyLong())).thenReturn(List.of(11L, 12L));
    when(talks.initiator(anyLong())).thenReturn("principal");
    when(talks.partner(anyLong())).thenReturn("member");
    // report 21 is the group's (its first draft goes to the members for comments), 22 a member's own
    when(reports.reportIds(anyLong())).thenReturn(List.of(21L, 22L));
    when(reports.author(anyLong())).thenReturn("principal");
    when(reports.needsComments(21L)).thenReturn(true, false);
    when(reports.needsComments(22L)).thenReturn(false);
    when(reports.commenters(anyLong())).thenReturn(List.of("member", "member2"));
    when(settings.getRejectionsBeforeEscalation()).thenReturn(2);
    // the message to the meeting's own reminder-talk event subprocess is part of the routing
    doCallRealMethod().when(reports).requestReminderTalk(any());
    Mocks.register("meetingSetup", setup);
    Mocks.register("meetingTalks", talks);
    Mocks.register("meetingReports", reports);
    Mocks.register("meetingSettings", settings);
    when(notifications.readers(anyLong())).thenReturn(List.of("member", "member2"));
    Mocks.register("meetingNotifications", notifications);
    Mocks.register("meetingHandoff", mock(MeetingHandoff.class));
    // nobody absent unless a test says so: the make-up multi-instance passes straight on
    Mocks.register(MeetingProcess.MAKE_UP_MEETING, makeUp);
    PathEngine.stepsDoNothing(List.of(MeetingProcess.PREPARE_MEETING, MeetingProcess.REVIEW_PREPARATION, MeetingProcess.RECORD_TALK, MeetingProcess.CONFIRM_TALK,
        MeetingProcess.DRAFT_REPORT, MeetingProcess.COMMENT_ON_DRAFT, MeetingProcess.SUPERVISE_REPORT, MeetingProcess.REVIEW_REPORT,
        MeetingProcess.REMINDER_TALK, MeetingProcess.SCHEDULE_MEETING, MeetingProcess.HOLD_MEETING,
        MeetingProcess.GIVE_COMMENTARY, MeetingProcess.CIRCULATE_NOTIFICATION, MeetingProcess.ACKNOWLEDGE_NOTIFICATION,
        MeetingProcess.READ_NOTIFICATION));
    meeting = engine.getRuntimeService().startProcessInstanceByKey(MeetingProcess.KEY, "unit");
  }

  @AfterEach
  void reset() {
    PathEngine.reset(engine);
  }

  @Test
  void aMeetingWithoutObjectionRunsToTheHandOff() {
    prepared();
    assertThat(meeting).isWaitingAt(MeetingProcess.TALK, MeetingProcess.REPORT);
    talksConfirmed();
    completeAll(MeetingProcess.DRAFT_REPORT, Map.of());
    assertThat(tasks(MeetingProcess.COMMENT_ON_DRAFT)).as("the group report's members").hasSize(2);
    completeAll(MeetingProcess.COMMENT_ON_DRAFT, Map.of());
    completeAll(MeetingProcess.SUPERVISE_REPORT, Map.of());
    completeAll(MeetingProcess.REVIEW_REPORT, review(true, 0));
    held(true);
    complete(MeetingProcess.CIRCULATE_NOTIFICATION);
    completeAll(MeetingProcess.ACKNOWLEDGE_NOTIFICATION, Map.of(MeetingProcess.NOTIFICATION_ACKNOWLEDGED.name(), false));
    assertThat(meeting).as("sent back to be revised").isWaitingAt(MeetingProcess.CIRCULATE_NOTIFICATION);
    complete(MeetingProcess.CIRCULATE_NOTIFICATION);
    completeAll(MeetingProcess.ACKNOWLEDGE_NOTIFICATION, Map.of(MeetingProcess.NOTIFICATION_ACKNOWLEDGED.name(), true));
    assertThat(meeting).hasPassed(MeetingProcess.COMPOSE_NOTIFICATION, MeetingProcess.HAND_OFF)
        .isWaitingAt(MeetingProcess.READ_NOTIFICATION);
    assertThat(tasks(MeetingProcess.READ_NOTIFICATION)).as("one per reader").extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("member", "member2");
    completeAll(MeetingProcess.READ_NOTIFICATION, Map.of());
    assertThat(meeting).isEnded();
  }

  @Test
  void aPreparationTheSupervisionGroupReturnsIsRedoneBeforeTalksAndReportsBegin() {
    complete(MeetingProcess.PREPARE_MEETING);
    completeAll(MeetingProcess.REVIEW_PREPARATION, Map.of(MeetingProcess.PREPARATION_PASSED.name(), false));
    assertThat(meeting).isWaitingAt(MeetingProcess.PREPARE_MEETING);
    assertThat(tasks(MeetingProcess.RECORD_TALK)).isEmpty();
    prepared();
    assertThat(meeting).isWaitingAt(MeetingProcess.TALK, MeetingProcess.REPORT);
  }

  @Test
  void withNobodyAbsentTheCommentaryFollowsTheMeetingStraightAway() {
    readyForTheMeeting();
    complete(MeetingProcess.SCHEDULE_MEETING);
    complete(MeetingProcess.HOLD_MEETING);
    assertThat(meeting).isWaitingAt(MeetingProcess.GIVE_COMMENTARY);
    assertThat(tasks(MeetingProcess.MAKE_UP_MEETING)).isEmpty();
  }

  @Test
  void anAbsentMemberMakesUpBeforeTheCommentary() {
    when(makeUp.absentees(anyLong())).thenReturn(List.of("member2"));
    readyForTheMeeting();
    complete(MeetingProcess.SCHEDULE_MEETING);
    complete(MeetingProcess.HOLD_MEETING);
    assertThat(meeting).isWaitingAt(MeetingProcess.MAKE_UP_MEETING);
    assertThat(tasks(MeetingProcess.MAKE_UP_MEETING)).extracting(Task::getAssignee).containsExactly("member2");
    assertThat(tasks(MeetingProcess.GIVE_COMMENTARY)).isEmpty();
    completeAll(MeetingProcess.MAKE_UP_MEETING, Map.of());
    assertThat(meeting).isWaitingAt(MeetingProcess.GIVE_COMMENTARY);
  }

  @Test
  void aMeetingTheCommentaryFailsIsHeldAgain() {
    readyForTheMeeting();
    held(false);
    assertThat(meeting).isWaitingAt(MeetingProcess.SCHEDULE_MEETING).hasNotPassed(MeetingProcess.COMPOSE_NOTIFICATION);
    held(true);
    assertThat(meeting).isWaitingAt(MeetingProcess.CIRCULATE_NOTIFICATION);
  }

  /** Prepared, every talk confirmed, every report approved at its first draft. */
  private void readyForTheMeeting() {
    prepared();
    talksConfirmed();
    completeAll(MeetingProcess.DRAFT_REPORT, Map.of());
    completeAll(MeetingProcess.COMMENT_ON_DRAFT, Map.of());
    completeAll(MeetingProcess.SUPERVISE_REPORT, Map.of());
    completeAll(MeetingProcess.REVIEW_REPORT, review(true, 0));
  }

  private void prepared() {
    complete(MeetingProcess.PREPARE_MEETING);
    completeAll(MeetingProcess.REVIEW_PREPARATION, Map.of(MeetingProcess.PREPARATION_PASSED.name(), true));
  }

  /** Scheduled, held and commented on, with the commentary's verdict. */
  private void held(boolean passed) {
    complete(MeetingProcess.SCHEDULE_MEETING);
    complete(MeetingProcess.HOLD_MEETING);
    completeAll(MeetingProcess.GIVE_COMMENTARY, Map.of(MeetingProcess.MEETING_PASSED.name(), passed));
  }

  @Test
  void aDisputedTalkIsRecordedAgain() {
    prepared();
    completeAll(MeetingProcess.RECORD_TALK, Map.of());
    Task disputed = tasks(MeetingProcess.CONFIRM_TALK).get(0);
    engine.getTaskService().complete(disputed.getId(), Map.of(MeetingProcess.TALK_CONFIRMED.name(), false));
    Jobs.runDue(engine);
    assertThat(tasks(MeetingProcess.RECORD_TALK)).hasSize(1);
    assertThat(tasks(MeetingProcess.CONFIRM_TALK)).hasSize(1);
  }

  @Test
  void aRejectedReportIsRevisedAndRepeatedRejectionsCallTheSupervisionGroupWithoutStoppingTheRevision() {
    prepared();
    talksConfirmed();
    completeAll(MeetingProcess.DRAFT_REPORT, Map.of());
    completeAll(MeetingProcess.COMMENT_ON_DRAFT, Map.of());
    assertThat(tasks(MeetingProcess.REVIEW_REPORT)).as("the superior after the supervision group").isEmpty();
    completeAll(MeetingProcess.SUPERVISE_REPORT, Map.of());
    Task groupReview = review(21L);
    engine.getTaskService().complete(groupReview.getId(), review(false, 1));
    assertThat(tasks(MeetingProcess.DRAFT_REPORT)).as("revision, below the threshold").hasSize(1);
    assertThat(tasks(MeetingProcess.REMINDER_TALK)).isEmpty();

    completeAll(MeetingProcess.DRAFT_REPORT, Map.of());
    assertThat(tasks(MeetingProcess.COMMENT_ON_DRAFT)).as("comments only on the first draft").isEmpty();
    completeAll(MeetingProcess.SUPERVISE_REPORT, Map.of());
    engine.getTaskService().complete(review(21L).getId(), review(false, 2));
    assertThat(tasks(MeetingProcess.REMINDER_TALK)).as("the second rejection: a reminder talk").hasSize(1);
    assertThat(tasks(MeetingProcess.DRAFT_REPORT)).as("and the revision goes on").hasSize(1);

    complete(MeetingProcess.REMINDER_TALK);
    completeAll(MeetingProcess.DRAFT_REPORT, Map.of());
    completeAll(MeetingProcess.SUPERVISE_REPORT, Map.of());
    completeAll(MeetingProcess.REVIEW_REPORT, review(true, 2));
    assertThat(meeting).isWaitingAt(MeetingProcess.SCHEDULE_MEETING);
  }

  @Test
  void aReminderTalkStillOpenDoesNotHoldUpTheSchedulingAndTheMeetingWaitsOnlyForItAtTheEnd() {
    prepared();
    talksConfirmed();
    completeAll(MeetingProcess.DRAFT_REPORT, Map.of());
    completeAll(MeetingProcess.COMMENT_ON_DRAFT, Map.of());
    for (int rejection = 1; rejection <= 2; rejection++) {
      completeAll(MeetingProcess.SUPERVISE_REPORT, Map.of());
      engine.getTaskService().complete(review(22L).getId(), review(false, rejection));
      completeAll(MeetingProcess.DRAFT_REPORT, Map.of());
    }
    Task reminder = tasks(MeetingProcess.REMINDER_TALK).get(0);
    assertThat(engine.getTaskService().getVariable(reminder.getId(), MeetingProcess.REPORT_ID.name()))
        .as("the talk knows its report").isEqualTo(22L);
    completeAll(MeetingProcess.SUPERVISE_REPORT, Map.of());
    completeAll(MeetingProcess.REVIEW_REPORT, review(true, 2));
    assertThat(meeting).as("scheduled while the reminder talk is open")
        .isWaitingAt(MeetingProcess.SCHEDULE_MEETING, MeetingProcess.REMINDER_TALK);
    held(true);
    complete(MeetingProcess.CIRCULATE_NOTIFICATION);
    completeAll(MeetingProcess.ACKNOWLEDGE_NOTIFICATION, Map.of(MeetingProcess.NOTIFICATION_ACKNOWLEDGED.name(), true));
    assertThat(meeting).hasPassed(MeetingProcess.HAND_OFF).isNotEnded().isWaitingAt(MeetingProcess.REMINDER_TALK);
    completeAll(MeetingProcess.READ_NOTIFICATION, Map.of());
    complete(MeetingProcess.REMINDER_TALK);
    assertThat(meeting).hasPassed(MeetingProcess.REMINDER_TALK_ON_REJECTION).isEnded();
  }

  @Test
  void aNotificationWhoseScopeReachesNobodyElseEndsTheMeetingAtTheHandOff() {
    when(notifications.readers(anyLong())).thenReturn(List.of());
    readyForTheMeeting();
    held(true);
    complete(MeetingProcess.CIRCULATE_NOTIFICATION);
    completeAll(MeetingProcess.ACKNOWLEDGE_NOTIFICATION, Map.of(MeetingProcess.NOTIFICATION_ACKNOWLEDGED.name(), true));
    assertThat(meeting).hasPassed(MeetingProcess.HAND_OFF).isEnded();
  }

  private void talksConfirmed() {
    completeAll(MeetingProcess.RECORD_TALK, Map.of());
    completeAll(MeetingProcess.CONFIRM_TALK, Map.of(MeetingProcess.TALK_CONFIRMED.name(), true));
  }

  private static Map<String, Object> review(boolean approved, int rejections) {
    return Map.of(MeetingProcess.REPORT_APPROVED.name(), approved, MeetingProcess.REJECTIONS.name(), rejections);
  }

  private Task review(long reportId) {
    return tasks(MeetingProcess.REVIEW_REPORT).stream()
        .filter(t -> Long.valueOf(reportId).equals(engine.getTaskService().getVariable(t.getId(),
            MeetingProcess.REPORT_ID.name())))
        .findFirst().orElseThrow();
  }

  private void complete(String activity) {
    completeAll(activity, Map.of());
  }

  /** Completes the activity's open tasks, setting the routing variables as its step would, and runs the joins. */
  private void completeAll(String activity, Map<String, Object> routing) {
    List<Task> open = tasks(activity);
    assertThat(open).as("open %s", activity).isNotEmpty();
    for (Task task : open) {
      engine.getTaskService().complete(task.getId(), routing);
    }
    Jobs.runDue(engine);
  }

  private List<Task> tasks(String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId())
        .taskDefinitionKey(activity).list();
  }
}
