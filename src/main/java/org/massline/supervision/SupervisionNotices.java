package org.massline.supervision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.massline.organization.InstanceGrants;
import org.massline.organization.MeetingUnits;
import org.massline.organization.PersonNames;
import org.springframework.stereotype.Component;

/**
 * The supervision notice (督办通知单): when a task is still open a grace period after its due date,
 * the {@link DeadlineSweep} starts a {@code supervision-notice} process, which gives the supervision
 * group a task to issue a notice with a deadline (限期整改). It is a process of its own, so the overdue work's process never waits for it;
 * the overdue work itself is never cancelled. Recorded when raised, and again when issued
 * ({@link IssueSupervisionNotice}).
 */
@Component
public class SupervisionNotices {


  private final SupervisionRepository repository;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final InstanceGrants grants;
  private final PersonNames names;
  private final HistoryService history;
  private final MeetingUnits meetingUnits;

  public SupervisionNotices(SupervisionRepository repository, TaskService taskService,
      RuntimeService runtimeService, InstanceGrants grants, PersonNames names, HistoryService history,
      MeetingUnits meetingUnits) {
    this.repository = repository;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.grants = grants;
    this.names = names;
    this.history = history;
    this.meetingUnits = meetingUnits;
  }

  /**
   * One notice process per overdue task, never two: a second notice of one task fails on its key.
   * The supervision group is the one the overdue task's process names in
   * {@link SupervisionNoticeProcess#SUPERVISION_GROUP}.
   */
  void raise(Task task) {
    ProcessInstance overdue = runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    String unitId = overdue.getBusinessKey();
    // recorded first: the notice task shows what the record says
    repository.insertNotice(task, unitId, responsible(task));
    String notice = runtimeService.startProcessInstanceByKey(SupervisionNoticeProcess.KEY, unitId, Map.of(
        SupervisionNoticeProcess.OVERDUE_TASK_ID.name(), task.getId(),
        SupervisionNoticeProcess.SUPERVISION_GROUP.name(),
        runtimeService.getVariable(overdue.getId(), SupervisionNoticeProcess.SUPERVISION_GROUP.name()),
        SupervisionNoticeProcess.UNIT_ID.name(), unitId)).getId();
    repository.linkNotice(task.getId(), notice);
    grants.grantRead(notice, unitId);
  }

  /**
   * Who receives an issued notice: the overdue work's assignee and the unit's principal, each once. A
   * group's task (the supervision group's own) had no one person answering for it: the notice stays
   * with the group that issued it.
   */
  public List<String> recipients(String overdueTaskId) {
    HistoricTaskInstance overdue = history.createHistoricTaskInstanceQuery().taskId(overdueTaskId).singleResult();
    if (overdue == null || overdue.getAssignee() == null) {
      return List.of();
    }
    Set<String> people = new LinkedHashSet<>();
    people.add(overdue.getAssignee());
    String unitId = repository.findNotice(overdueTaskId).map(SupervisionRepository.Notice::businessKey).orElse(null);
    if (unitId != null) {
      meetingUnits.principalOf(unitId).ifPresent(people::add);
    }
    return List.copyOf(people);
  }

  private String responsible(Task task) {
    if (task.getAssignee() != null) {
      return names.name(task.getAssignee());
    }
    List<String> candidates = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()))
        .map(l -> l.getUserId() != null ? names.name(l.getUserId()) : l.getGroupId())
        .toList();
    return String.join("、", candidates);
  }
}
