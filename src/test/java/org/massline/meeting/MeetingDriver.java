package org.massline.meeting;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.massline.support.Jobs;
import org.massline.support.Users;

/**
 * Walks one meeting of the demo county 东河县 through the engine's Java API, each task completed by
 * the user it belongs to (authorization on), with the values its form would send.
 */
public final class MeetingDriver {

  static final String UNIT = "dh-county";
  static final String OFFICE = "hejing";
  static final String PRINCIPAL = "chenlixin";
  static final List<String> MEMBERS = List.of("wuguoping", "yangxiuying", "zhoujianhua");
  static final List<String> GROUP = List.of(PRINCIPAL, "wuguoping", "yangxiuying", "zhoujianhua");
  static final String SUPERIOR = "zhangzhigang";
  static final String SUPERVISOR = "gaoming";

  final ProcessEngine engine;
  final ProcessInstance instance;

  private MeetingDriver(ProcessEngine engine, ProcessInstance instance) {
    this.engine = engine;
    this.instance = instance;
  }

  public static MeetingDriver start(ProcessEngine engine) {
    ProcessInstance pi = Users.as(engine, OFFICE,
        () -> engine.getRuntimeService().startProcessInstanceByKey(MeetingProcess.KEY, UNIT));
    return new MeetingDriver(engine, pi);
  }

  long meetingId() {
    return ((Number) engine.getRuntimeService().getVariable(instance.getId(), MeetingProcess.MEETING_ID.name())).longValue();
  }

  List<Task> tasks(String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(activityId).orderByTaskId().asc().list();
  }

  Task task(String activityId) {
    List<Task> tasks = tasks(activityId);
    if (tasks.size() != 1) {
      throw new AssertionError("expected one task " + activityId + " but found " + tasks.size());
    }
    return tasks.get(0);
  }

  /** Completes the task as the user, then runs the jobs where the process continues asynchronously. */
  void complete(Task task, String user, Map<String, Object> values) {
    Users.as(engine, user, () -> engine.getTaskService().complete(task.getId(), values));
    Jobs.runDue(engine);
  }

  /** The preparation, passed by the supervision group. */
  public MeetingDriver prepare() {
    complete(task(MeetingProcess.PREPARE_MEETING), PRINCIPAL, MeetingForms.preparation(GROUP));
    complete(task(MeetingProcess.REVIEW_PREPARATION), SUPERVISOR, MeetingForms.passPreparation());
    return this;
  }

  public MeetingDriver talk() {
    for (Task t : tasks(MeetingProcess.RECORD_TALK)) {
      complete(t, t.getAssignee(), MeetingForms.talkRecord());
    }
    for (Task t : tasks(MeetingProcess.CONFIRM_TALK)) {
      complete(t, t.getAssignee(), MeetingForms.talkConfirmation(true, null));
    }
    return this;
  }

  /** Drafts every open report (version {@code draft}); the supervision group's opinions follow. */
  public MeetingDriver draft(int draft) {
    for (Task t : tasks(MeetingProcess.DRAFT_REPORT)) {
      complete(t, t.getAssignee(), MeetingForms.report(draft));
    }
    return supervise();
  }

  public MeetingDriver commentOnGroupDraft() {
    for (Task t : tasks(MeetingProcess.COMMENT_ON_DRAFT)) {
      complete(t, t.getAssignee(), MeetingForms.comment());
    }
    return supervise();
  }

  /** The supervision group's opinion on every draft waiting for one: approve. */
  MeetingDriver supervise() {
    for (Task t : tasks(MeetingProcess.SUPERVISE_REPORT)) {
      complete(t, SUPERVISOR, MeetingForms.approve());
    }
    return this;
  }

  public MeetingDriver approveAll() {
    for (Task t : tasks(MeetingProcess.REVIEW_REPORT)) {
      complete(t, SUPERIOR, MeetingForms.approve());
    }
    return this;
  }

  public MeetingDriver holdMeeting() {
    return holdMeeting(MeetingForms.record(GROUP, SUPERVISOR));
  }

  /** Schedules and holds the meeting with this record, and the supervision group comments. */
  MeetingDriver holdMeeting(Map<String, Object> record) {
    complete(task(MeetingProcess.SCHEDULE_MEETING), PRINCIPAL, MeetingForms.schedule(SUPERVISOR));
    complete(task(MeetingProcess.HOLD_MEETING), PRINCIPAL, record);
    complete(task(MeetingProcess.GIVE_COMMENTARY), SUPERVISOR, MeetingForms.commentary(GROUP, SUPERVISOR));
    return this;
  }

  public MeetingDriver notifyAndAcknowledge() {
    Task circulate = task(MeetingProcess.CIRCULATE_NOTIFICATION);
    String draft = (String) engine.getTaskService().getVariable(circulate.getId(), "notificationText");
    complete(circulate, PRINCIPAL, MeetingForms.circulation(draft));
    complete(task(MeetingProcess.ACKNOWLEDGE_NOTIFICATION), SUPERIOR, MeetingForms.acknowledgement());
    return read();
  }

  /** Everyone the signed notification reaches reads and acknowledges it. */
  MeetingDriver read() {
    for (Task t : tasks(MeetingProcess.READ_NOTIFICATION)) {
      complete(t, t.getAssignee(), MeetingForms.notificationRead());
    }
    return this;
  }
}
