package org.massline.supervision;

import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.massline.app.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Overdue work without a timer on every task: a periodic sweep over the open tasks' due dates
 * (every task has one, and a due date a person moves is the one that counts) sends each task that
 * fell due its reminder, and each task still open a grace period later its supervision notice.
 * Each task is handled in a transaction of its own, and the reminder and the notice are keyed by
 * the task: when two nodes sweep at once, one writes and the other's insert fails and rolls back,
 * so each is sent exactly once. The work itself is never touched beyond a comment and its priority.
 */
@Component
public class DeadlineSweep {

  /** At most this many tasks of each kind per sweep: a backlog is worked off over the next sweeps. */
  static final int BATCH = 200;
  private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

  private final OverdueTasks overdueTasks;
  private final Reminders reminders;
  private final SupervisionNotices notices;
  private final Schedule schedule;
  private final TransactionTemplate transaction;

  DeadlineSweep(OverdueTasks overdueTasks, Reminders reminders, SupervisionNotices notices, Schedule schedule,
      TransactionTemplate transaction) {
    this.overdueTasks = overdueTasks;
    this.reminders = reminders;
    this.notices = notices;
    this.schedule = schedule;
    this.transaction = transaction;
  }

  /** What one sweep did. */
  public record Result(int reminded, int noticed) {
  }

  /** One sweep at Camunda's current time. */
  public Result run() {
    Date now = ClockUtil.getCurrentTime();
    int reminded = each(overdueTasks.withoutReminder(now, BATCH), reminders::remind, "reminder");
    Date noticeBefore = new Date(now.getTime() - schedule.grace().toMillis());
    int noticed = each(overdueTasks.withoutNotice(noticeBefore, BATCH), notices::raise, "supervision notice");
    return new Result(reminded, noticed);
  }

  private int each(List<Task> tasks, Consumer<Task> work, String what) {
    int done = 0;
    for (Task task : tasks) {
      try {
        transaction.executeWithoutResult(status -> work.accept(task));
        done++;
      } catch (DuplicateKeyException e) {
        log.debug("The {} of task {} was sent by another node", what, task.getId());
      } catch (RuntimeException e) {
        // completed or changed meanwhile, or broken: the next sweep looks again
        log.warn("No {} for task {} this time: {}", what, task.getId(), e.toString());
      }
    }
    return done;
  }
}
