package org.massline.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.task.Task;
import org.massline.app.Clock;
import org.massline.app.RecordRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminders and supervision notices, one per overdue task. */
@Repository
public class SupervisionRepository {

  /** A task reminded when it fell due. */
  public record Reminder(String taskId, String processInstanceId, String businessKey, String activityId,
      String taskName, String assignee, Timestamp dueAt, Timestamp remindedAt) {
  }

  /** A supervision notice (督办通知单) on an overdue task: opened by the sweep, issued by the group. */
  public record Notice(long id, String overdueTaskId, String processInstanceId, String businessKey,
      String activityId, String taskName, String responsible, Timestamp dueAt, Timestamp openedAt,
      String noticeProcessInstanceId, String content, LocalDate deadline, String issuedBy, Timestamp issuedAt) {
  }

  /** A notice received: who acknowledged it, when, and how they will rectify. */
  public record Receipt(long id, String overdueTaskId, String personId, String response, Timestamp acknowledgedAt) {
  }

  private static final RowMapper<Receipt> RECEIPT = RecordRowMapper.of(Receipt.class);
  private static final RowMapper<Reminder> REMINDER = RecordRowMapper.of(Reminder.class);
  private static final RowMapper<Notice> NOTICE = RecordRowMapper.of(Notice.class);

  private final JdbcClient jdbc;

  public SupervisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Fails with a {@code DuplicateKeyException} when the task was already reminded (by this node or another). */
  public void insertReminder(Task task, String businessKey) {
    jdbc.sql("""
        insert into supervision_reminder (task_id, process_instance_id, business_key, activity_id, task_name,
          assignee, due_at, reminded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(task.getId(), task.getProcessInstanceId(), businessKey, task.getTaskDefinitionKey(), task.getName(),
            task.getAssignee(), timestamp(task.getDueDate()), Clock.now())
        .update();
  }

  /** Fails with a {@code DuplicateKeyException} when the task already has a notice. */
  public void insertNotice(Task overdue, String businessKey, String responsible) {
    jdbc.sql("""
        insert into supervision_notice (overdue_task_id, process_instance_id, business_key, activity_id, task_name,
          responsible, due_at, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(overdue.getId(), overdue.getProcessInstanceId(), businessKey, overdue.getTaskDefinitionKey(),
            overdue.getName(), responsible, timestamp(overdue.getDueDate()), Clock.now())
        .update();
  }

  public void linkNotice(String overdueTaskId, String noticeProcessInstanceId) {
    jdbc.sql("update supervision_notice set notice_process_instance_id = ? where overdue_task_id = ?")
        .params(noticeProcessInstanceId, overdueTaskId).update();
  }

  public void issueNotice(String overdueTaskId, String content, LocalDate deadline, String by) {
    jdbc.sql("""
        update supervision_notice set content = ?, deadline = ?, issued_by = ?, issued_at = ?
        where overdue_task_id = ?""")
        .params(content, Date.valueOf(deadline), by, Clock.now(), overdueTaskId).update();
  }

  public void insertReceipt(String overdueTaskId, String personId, String response) {
    jdbc.sql("""
        insert into supervision_notice_receipt (overdue_task_id, person_id, response, acknowledged_at)
        values (?, ?, ?, ?)""").params(overdueTaskId, personId, response, Clock.now()).update();
  }

  public List<Receipt> findReceipts(String overdueTaskId) {
    return jdbc.sql("select * from supervision_notice_receipt where overdue_task_id = ? order by id")
        .param(overdueTaskId).query(RECEIPT).list();
  }

  public Optional<Notice> findNotice(String overdueTaskId) {
    return jdbc.sql("select * from supervision_notice where overdue_task_id = ?").param(overdueTaskId)
        .query(NOTICE).optional();
  }

  public List<Notice> findNotices(String processInstanceId) {
    return jdbc.sql("select * from supervision_notice where process_instance_id = ? order by id")
        .param(processInstanceId).query(NOTICE).list();
  }

  public List<Reminder> findReminders(String processInstanceId) {
    return jdbc.sql("select * from supervision_reminder where process_instance_id = ? order by reminded_at")
        .param(processInstanceId).query(REMINDER).list();
  }

  private static Timestamp timestamp(java.util.Date date) {
    return date == null ? null : new Timestamp(date.getTime());
  }
}
