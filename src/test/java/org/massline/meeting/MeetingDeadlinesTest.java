package org.massline.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.massline.app.Schedule;
import org.massline.support.MasslineTest;
import org.massline.supervision.SupervisionRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deadlines by moving Camunda's clock: the reminder when a task falls due, the supervision notice
 * after the grace period, and the work itself never cancelled.
 */
class MeetingDeadlinesTest extends MasslineTest {

  @Autowired
  SupervisionRepository supervision;
  @Autowired
  Schedule schedule;

  @Test
  void remindsWhenDueAndSendsASupervisionNoticeAfterTheGracePeriod() {
    ClockUtil.setCurrentTime(new Date());
    MeetingDriver m = MeetingDriver.start(engine);
    Task prepare = m.task(MeetingProcess.PREPARE_MEETING);
    assertThat(prepare.getDueDate()).isEqualTo(new Date(prepare.getCreateTime().getTime()
        + schedule.dueAfter(MeetingProcess.PREPARE_MEETING).toMillis()));

    moveClock(schedule.dueAfter(MeetingProcess.PREPARE_MEETING).minusHours(1));
    assertThat(runDueJobs(m)).isZero();

    moveClock(Duration.ofHours(2));
    assertThat(runDueJobs(m)).isEqualTo(1);
    assertThat(supervision.findReminders(m.instance.getId())).hasSize(1)
        .allSatisfy(r -> assertThat(r.get("assignee")).isEqualTo(MeetingDriver.PRINCIPAL));
    assertThat(engine.getTaskService().getTaskComments(prepare.getId()))
        .anySatisfy(c -> assertThat(c.getFullMessage()).contains("催办提醒").contains("陈立新同志"));
    assertThat(m.task(MeetingProcess.PREPARE_MEETING).getPriority()).isEqualTo(80);
    assertThat(noticeTasks(m)).isEmpty();

    moveClock(Duration.parse("PT72H"));
    assertThat(runDueJobs(m)).isEqualTo(1);
    // a process of its own: the meeting does not wait for it
    Task notice = noticeTasks(m).get(0);
    assertThat(engine.getTaskService().getIdentityLinksForTask(notice.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("sg-city-1"));
    assertThat((String) engine.getTaskService().getVariable(notice.getId(), "overdueContext"))
        .contains("会前准备").contains("陈立新").contains("已逾期 3 天");
    m.complete(notice, MeetingDriver.SUPERVISOR, MeetingForms.supervisionNotice());

    Map<String, Object> issued = supervision.findNotices(m.instance.getId()).get(0);
    assertThat(issued.get("overdue_task_id")).isEqualTo(prepare.getId());
    assertThat(issued.get("issued_by")).isEqualTo(MeetingDriver.SUPERVISOR);
    // the overdue work is still there to be done
    assertThat(m.instance).isWaitingAt(MeetingProcess.PREPARE_MEETING);
    m.prepare();
    assertThat(m.instance).isWaitingAt(MeetingProcess.TALK, MeetingProcess.REPORT);
  }

  @Test
  void aMeetingLateAtEveryStepIsRemindedAndSupervisedAtEveryStepAndStillCompletes() {
    MeetingDriver m = MeetingDriver.start(engine);
    lapse(m);
    m.prepare();
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
        MeetingProcess.REPORT_ID);
    for (int draft = 2; draft <= 4; draft++) {
      lapse(m);
      Task review = m.tasks(MeetingProcess.REVIEW_REPORT).stream()
          .filter(t -> reportId.equals(engine.getTaskService().getVariable(t.getId(), MeetingProcess.REPORT_ID)))
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

    assertThat(m.instance).isEnded();
    List<Map<String, Object>> reminders = supervision.findReminders(m.instance.getId());
    List<Map<String, Object>> notices = supervision.findNotices(m.instance.getId());
    // every overdue task reminded once and supervised once, none twice
    assertThat(reminders).extracting(r -> r.get("task_id")).doesNotHaveDuplicates();
    assertThat(notices).extracting(n -> n.get("overdue_task_id")).doesNotHaveDuplicates();
    assertThat(notices).allSatisfy(n -> assertThat(n.get("issued_at")).isNotNull());
    // the notices' own deadlines were reminded too
    assertThat(noticeInstances(m)).allSatisfy(notice -> assertThat(supervision.findReminders(notice)).hasSize(1));
    assertThat(reminders).extracting(r -> r.get("activity_id")).contains("prepareMeeting", "recordTalk",
        "confirmTalk", "draftReport", "commentOnDraft", "reviewReport", "reminderTalk", "scheduleMeeting",
        "holdMeeting", "giveCommentary", "circulateNotification", "acknowledgeNotification");
  }

  /** Lets every open task of the meeting run late, then issues the supervision notices that come of it. */
  private void lapse(MeetingDriver m) {
    moveClock(Duration.ofDays(60));
    runDueJobs(m);
    // the supervision group is late with its notices too
    moveClock(Duration.ofDays(3));
    runDueJobs(m);
    for (Task notice : noticeTasks(m)) {
      m.complete(notice, MeetingDriver.SUPERVISOR, MeetingForms.supervisionNotice());
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
        .map(n -> (String) n.get("notice_process_instance_id")).toList();
  }

  /** Runs every due job of the meeting and of its notices; returns how many ran. */
  private int runDueJobs(MeetingDriver m) {
    int executed = 0;
    List<Job> due;
    while (!(due = dueJobs(m)).isEmpty()) {
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        executed++;
      }
    }
    return executed;
  }

  private List<Job> dueJobs(MeetingDriver m) {
    List<String> instances = new java.util.ArrayList<>(noticeInstances(m));
    instances.add(m.instance.getId());
    return engine.getManagementService().createJobQuery().executable().list().stream()
        .filter(j -> instances.contains(j.getProcessInstanceId())).toList();
  }

  private static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
  }
}
