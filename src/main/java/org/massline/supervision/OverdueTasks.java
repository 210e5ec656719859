package org.massline.supervision;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks of processes that fell due and are not yet reminded, or that are overdue by the
 * grace period and have no supervision notice: one query each over Camunda's task table and the
 * supervision tables, so a sweep costs nothing per task that is not late. Suspended work waits.
 */
@Component
class OverdueTasks {

  private static final String OPEN_PROCESS_TASKS = """
      select RES.* from ACT_RU_TASK RES
      where RES.DUE_DATE_ <= #{dueBefore} and RES.PROC_INST_ID_ is not null and RES.SUSPENSION_STATE_ = 1
      """;

  private final TaskService taskService;

  OverdueTasks(TaskService taskService) {
    this.taskService = taskService;
  }

  List<Task> withoutReminder(Date dueBefore, int max) {
    return taskService.createNativeTaskQuery().sql(OPEN_PROCESS_TASKS + """
          and not exists (select 1 from supervision_reminder R where R.task_id = RES.ID_)
        order by RES.DUE_DATE_, RES.ID_""").parameter("dueBefore", dueBefore).listPage(0, max);
  }

  /** Overdue tasks without a notice, except the notices' own tasks: the group is not noticed of itself. */
  List<Task> withoutNotice(Date dueBefore, int max) {
    return taskService.createNativeTaskQuery().sql(OPEN_PROCESS_TASKS + """
          and not exists (select 1 from supervision_notice N where N.overdue_task_id = RES.ID_)
          and not exists (select 1 from ACT_RE_PROCDEF D where D.ID_ = RES.PROC_DEF_ID_ and D.KEY_ = #{noticeKey})
        order by RES.DUE_DATE_, RES.ID_""").parameter("dueBefore", dueBefore)
        .parameter("noticeKey", SupervisionNoticeProcess.KEY).listPage(0, max);
  }
}
