package org.massline.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Shared Tasklist filters, so that a member opens Tasklist and sees their work with no set-up.
 * Each filter only narrows what the engine already lets the user see (their own and their
 * groups' tasks), so one shared definition serves everyone. Found by name; updated when this
 * version defines it differently.
 */
@Component
@Order(30)
public class TasklistFilters implements ApplicationRunner {

  static final String MY_TASKS = "我的待办";
  static final String GROUP_TASKS = "本组待认领";
  static final String OVERDUE = "已逾期";
  static final String DUE_THIS_WEEK = "本周到期";

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;

  public TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    create(MY_TASKS, -10, "#b71c1c", "我须办理的全部任务：指派给我的，和我可以认领的",
        taskService.createTaskQuery()
            .or().taskAssigneeExpression("${currentUser()}").taskCandidateUserExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}").endOr());
    create(GROUP_TASKS, -5, "#1565c0", "我所在班子、督导组可以认领的任务",
        taskService.createTaskQuery()
            .or().taskCandidateUserExpression("${currentUser()}").taskCandidateGroupInExpression("${currentUserGroups()}")
            .endOr());
    create(OVERDUE, 0, "#e65100", "已超过办理期限、仍须办理的任务",
        taskService.createTaskQuery().dueBeforeExpression("${now()}"));
    create(DUE_THIS_WEEK, 5, "#2e7d32", "未来七天内到期的任务",
        taskService.createTaskQuery().dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(7).toDate()}"));
  }

  private void create(String name, int priority, String color, String description, TaskQuery query) {
    // two nodes starting at once on a new database may both have created it: keep the first
    List<Filter> existing = filterService.createFilterQuery().filterName(name).orderByFilterId().asc().list();
    existing.stream().skip(1).forEach(duplicate -> filterService.deleteFilter(duplicate.getId()));
    Filter filter = existing.isEmpty() ? filterService.newTaskFilter(name) : existing.get(0);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("description", description);
    properties.put("refresh", true);
    // kept as this version defines them, also in a database an earlier version set up (the description
    // names what the query selects); two nodes starting at once save the same filter, one of them wins
    if (existing.isEmpty() || !properties.equals(filter.getProperties())) {
      try {
        filterService.saveFilter(filter.setQuery(query).setProperties(properties));
      } catch (OptimisticLockingException savedByTheOtherNode) {
        filter = filterService.getFilter(filter.getId());
      }
    }
    grants.toEveryone(FILTER, filter.getId(), READ);
  }
}
