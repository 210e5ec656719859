package org.massline.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.massline.app.Schedule;
import org.massline.supervision.DeadlineSweep;
import org.massline.supervision.SupervisionNoticeProcess;
import org.massline.supervision.SupervisionRepository;
import org.massline.supervision.SupervisionRepository.Notice;
import org.massline.supervision.SupervisionRepository.Reminder;
import org.massline.support.MasslineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deadlines by moving Camunda's clock and sweeping: the reminder when a task falls due, the
 * supervision notice after the grace period, each once, and the work itself never cancelled.
 */
class MeetingDeadlinesTest extends MasslineTest {

  @Autowired
  SupervisionRepository supervision;
  @Autowired
  Schedule schedule;
  @Autowired
  DeadlineSweep sweep;

  @Test
  void remindsWhenDueAndSendsASupervisionNoticeAfterTheGracePeriod() {
    ClockUtil.setCurrentTime(new Date());
    MeetingDriver m = MeetingDriver.start(engine);
    Task prepare = m.task(MeetingProcess.PREPARE_MEETING);
    assertThat(prepare.getDueDate()).isEqualTo(new Date(prepare.getCreateTime().getTime()
        + schedule.dueAfter(MeetingProcess.PREPARE_MEETING).toMillis()));

    moveClock(schedule.dueAfter(MeetingProcess.PREPARE_MEETING).minusHours(1));
    assertThat(sweep.run()).isEqualTo(new DeadlineSweep.Result(0, 0));

    moveClock(Duration.ofHours(2));
    assertThat(sweep.run()).isEqualTo(new DeadlineSweep.Result(1, 0));
    assertThat(sweep.run()).as("reminded once").isEqualTo(new DeadlineSweep.Result(0, 0));
    assertThat(supervision.findReminders(m.instance.getId())).hasSize(1)
        .allSatisfy(r -> assertThat(r.assignee()).isEqualTo(MeetingDriver.PRINCIPAL));
    assertThat(engine.getTaskService().getTaskComments(prepare.getId()))
        .anySatisfy(c -> assertThat(c.getFullMessage()).contains("催办提醒").contains("陈立新同志"));
    assertThat(m.task(MeetingProcess.PREPARE_MEETING).getPriority()).isEqualTo(80);
    assertThat(noticeTasks(m)).isEmpty();

    moveClock(Duration.parse("PT72H"));
    assertThat(sweep.run()).isEqualTo(new DeadlineSweep.Result(0, 1));
    assertThat(sweep.run()).as("noticed once").isEqualTo(new DeadlineSweep.Result(0, 0));
    // a process of its own: the meeting does not wait for it
    Task notice = noticeTasks(m).get(0);
    assertThat(engine.getTaskService().getIdentityLinksForTask(notice.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("sg-city-1"));
    assertThat((String) engine.getTaskService().getVariable(notice.getId(), "overdueContext"))
        .contains("会前准备").contains("陈立新").contains("已逾期 3 天");
    assertThat(notice.getName()).startsWith("下发督办通知单：会前准备").endsWith(" · 中共东河县委")
        .containsOnlyOnce("中共东河县委");
    // the group's task is in each member's 我的待办, beside the tasks assigned to them
    engine.getIdentityService().setAuthentication(MeetingDriver.SUPERVISOR, List.of("sg-city-1"));
    String mine = engine.getFilterService().createFilterQuery().filterName("我的待办").singleResult().getId();
    assertThat(engine.getFilterService().<Task>list(mine)).extracting(Task::getId).contains(notice.getId());
    engine.getIdentityService().clearAuthentication();
    m.complete(notice, MeetingDriver.SUPERVISOR, MeetingForms.supervisionNotice());

    Notice issued = supervision.findNotices(m.instance.getId()).get(0);
    assertThat(issued.overdueTaskId()).isEqualTo(prepare.getId());
    assertThat(issued.issuedBy()).isEqualTo(MeetingDriver.SUPERVISOR);
    // delivered to whom it concerns: 陈立新, whose work it is and who is the principal, signs for it once
    Task receipt = noticeTasks(m).get(0);
    assertThat(noticeTasks(m)).hasSize(1);
    assertThat(receipt.getAssignee()).isEqualTo(MeetingDriver.PRINCIPAL);
    assertThat(receipt.getName()).startsWith("签收督办通知单：会前准备");
    assertThat((String) engine.getTaskService().getVariable(receipt.getId(), "noticeText")).contains("督办意见")
        .contains("限期完成日期");
    m.complete(receipt, MeetingDriver.PRINCIPAL, Map.of("response", "立即补做会前准备，三日内完成"));
    assertThat(supervision.findReceipts(prepare.getId())).extracting(SupervisionRepository.Receipt::personId)
        .containsExactly(MeetingDriver.PRINCIPAL);
    // the overdue work is still there to be done
    assertThat(m.instance).isWaitingAt(MeetingProcess.PREPARE_MEETING);
    m.prepare();
    assertThat(m.instance).isWaitingAt(MeetingProcess.TALK, MeetingProcess.REPORT);
  }

  @Test
  void aDueDateMovedByAPersonIsTheOneThatCounts() {
    MeetingDriver m = MeetingDriver.start(engine);
    Task prepare = m.task(MeetingProcess.PREPARE_MEETING);
    prepare.setDueDate(new Date(prepare.getDueDate().getTime() + Duration.ofDays(10).toMillis()));
    engine.getTaskService().saveTask(prepare);

    moveClock(schedule.dueAfter(MeetingProcess.PREPARE_MEETING).plus(schedule.grace()).plusDays(1));
    assertThat(sweep.run()).as("the old due date and grace have passed").isEqualTo(new DeadlineSweep.Result(0, 0));
    moveClock(Duration.ofDays(7)); // a day past the new due date
    assertThat(sweep.run()).isEqualTo(new DeadlineSweep.Result(1, 0));
  }

  @Test
  void nodesSweepingAtTheSameTimeRemindAndNoticeEachTaskOnce() throws Exception {
    MeetingDriver m = MeetingDriver.start(engine);
    Task prepare = m.task(MeetingProcess.PREPARE_MEETING);
    moveClock(schedule.dueAfter(MeetingProcess.PREPARE_MEETING).plus(schedule.grace()).plusDays(1));
    ExecutorService nodes = Executors.newFixedThreadPool(4);
    List<Future<DeadlineSweep.Result>> sweeps = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      sweeps.add(nodes.submit(sweep::run));
    }
    int reminded = 0;
    int noticed = 0;
    for (Future<DeadlineSweep.Result> result : sweeps) {
      reminded += result.get().reminded();
      noticed += result.get().noticed();
    }
    nodes.shutdown();
    assertThat(reminded).isEqualTo(1);
    assertThat(noticed).isEqualTo(1);
    assertThat(engine.getTaskService().getTaskComments(prepare.getId()))
        .filteredOn(c -> c.getFullMessage().startsWith("催办提醒")).hasSize(1);
    assertThat(noticeTasks(m)).hasSize(1);
    assertThat(m.instance).isWaitingAt(MeetingProcess.PREPARE_MEETING);
  }

  @Test
  void suspendedWorkIsNotChased() {
    MeetingDriver m = MeetingDriver.start(engine);
    engine.getRuntimeService().suspendProcessInstanceById(m.instance.getId());
    moveClock(schedule.dueAfter(MeetingProcess.PREPARE_MEETING).plus(schedule.grace()).plusDays(1));
    assertThat(sweep.run()).isEqualTo(new DeadlineSweep.Result(0, 0));
    engine.getRuntimeService().activateProcessInstanceById(m.instance.getId());
    assertThat(sweep.run()).isEqualTo(new DeadlineSweep.Result(1, 1));
  }

  @Test
  void aMeetingLateAtEveryStepIsRemindedAndSupervisedAtEveryStepAndStillCompletes() {
    MeetingDriver m = MeetingDriver.start(engine);
    lapse(m);
    m.complete(m.task(MeetingProcess.PREPARE_MEETING), MeetingDriver.PRINCIPAL, MeetingForms.preparation(MeetingDriver.GROUP));
    lapse(m);
    m.complete(m.task(MeetingProcess.REVIEW_PREPARATION), MeetingDriver.SUPERVISOR, MeetingForms.passPreparation());
    lapse(m);
    for (Task t : m.tasks(MeetingProcess.RECORD_TALK)) {
      m.complete(t, t.getAssignee(), MeetingForms.talkRecord());
    }
    lapse(m);
    for (Task t : m.tasks(MeetingProcess.CONFIRM_TALK)) {
      m.complete(t, t.getAssignee(), MeetingForms.talkConfirmation(true, null));
    }
    m.draft(1);
    lapse(m);
    m.commentOnGroupDraft();
    // one report rejected three times, late each time: the reminder talk is late too
    Object reportId = engine.getTaskService().getVariable(m.tasks(MeetingProcess.REVIEW_REPORT).get(0).getId(),
        MeetingProcess.REPORT_ID.name());
    for (int draft = 2; draft <= 4; draft++) {
      lapse(m);
      Task review = m.tasks(MeetingProcess.REVIEW_REPORT).stream()
          .filter(t -> reportId.equals(engine.getTaskService().getVariable(t.getId(), MeetingProcess.REPORT_ID.name())))
          .findFirst().orElseThrow();
      m.complete(review, MeetingDriver.SUPERIOR, MeetingForms.reject());
      m.draft(draft);
    }
    lapse(m);
    m.complete(m.task(MeetingProcess.REMINDER_TALK), MeetingDriver.SUPERVISOR, MeetingForms.reminderTalk());
    m.approveAll();
    lapse(m);
    m.complete(m.task(MeetingProcess.SCHEDULE_MEETING), MeetingDriver.PRINCIPAL, MeetingForms.schedule(MeetingDriver.SUPERVISOR));
    lapse(m);
    m.complete(m.task(MeetingProcess.HOLD_MEETING), MeetingDriver.PRINCIPAL,
        MeetingForms.record(MeetingDriver.GROUP, MeetingDriver.SUPERVISOR));
    lapse(m);
    m.complete(m.task(MeetingProcess.GIVE_COMMENTARY), MeetingDriver.SUPERVISOR, MeetingForms.commentary(MeetingDriver.GROUP));
    lapse(m);
    Task circulate = m.task(MeetingProcess.CIRCULATE_NOTIFICATION);
    m.complete(circulate, MeetingDriver.PRINCIPAL, MeetingForms.circulation(
        (String) engine.getTaskService().getVariable(circulate.getId(), "notificationText")));
    lapse(m);
    m.complete(m.task(MeetingProcess.ACKNOWLEDGE_NOTIFICATION), MeetingDriver.SUPERIOR, MeetingForms.acknowledgement());
    lapse(m);
    m.read();

    assertThat(m.instance).isEnded();
    List<Reminder> reminders = supervision.findReminders(m.instance.getId());
    List<Notice> notices = supervision.findNotices(m.instance.getId());
    // every overdue task reminded once and supervised once, none twice
    assertThat(reminders).extracting(Reminder::taskId).doesNotHaveDuplicates();
    assertThat(notices).extracting(Notice::overdueTaskId).doesNotHaveDuplicates();
    assertThat(notices).allSatisfy(n -> assertThat(n.issuedAt()).isNotNull());
    // the notices' own deadlines were reminded too
    assertThat(noticeInstances(m)).allSatisfy(notice -> assertThat(supervision.findReminders(notice)).hasSize(1));
    assertThat(reminders).extracting(Reminder::activityId).contains("prepareMeeting", "reviewPreparation", "recordTalk",
        "confirmTalk", "draftReport", "commentOnDraft", "reviewReport", "reminderTalk", "scheduleMeeting",
        "holdMeeting", "giveCommentary", "circulateNotification", "acknowledgeNotification");
  }

  /** Lets every open task of the meeting run late, then issues the supervision notices that come of it. */
  private void lapse(MeetingDriver m) {
    moveClock(Duration.ofDays(60));
    sweep.run();
    // the supervision group is late with its notices too
    moveClock(Duration.ofDays(3));
    sweep.run();
    for (Task notice : noticeTasks(m)) {
      if (notice.getTaskDefinitionKey().equals(SupervisionNoticeProcess.ISSUE_SUPERVISION_NOTICE)) {
        m.complete(notice, MeetingDriver.SUPERVISOR, MeetingForms.supervisionNotice());
      }
    }
    // delivered: the work's assignee and the principal sign for it at once
    for (Task receipt : noticeTasks(m)) {
      m.complete(receipt, receipt.getAssignee(), Map.of("response", "立即办理，三日内完成"));
    }
  }

  /** The open supervision-notice tasks raised by the meeting's overdue work. */
  private List<Task> noticeTasks(MeetingDriver m) {
    List<String> notices = noticeInstances(m);
    return notices.isEmpty() ? List.of()
        : engine.getTaskService().createTaskQuery().processInstanceIdIn(notices.toArray(String[]::new)).list();
  }

  private List<String> noticeInstances(MeetingDriver m) {
    return supervision.findNotices(m.instance.getId()).stream()
        .map(Notice::noticeProcessInstanceId).toList();
  }

  private static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
  }
}
