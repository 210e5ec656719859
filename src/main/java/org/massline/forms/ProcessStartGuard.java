package org.massline.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Decides, inside the engine, whether a person may start a process instance: added to every
 * process as a built-in start listener (which {@code skipCustomListeners} does not skip), so it holds
 * for the REST API, the webapps, message or signal starts and Java alike.
 * <ul>
 *   <li>only processes with a {@link StartGuard} can be started by people (not, say, the supervision
 *       notice, which only the engine raises);</li>
 *   <li>plainly: from the start event, with no variables but the start form's fields;</li>
 *   <li>for a business key the guard accepts for this person.</li>
 * </ul>
 * Administrators may do anything (repairs); the engine's own starts (jobs, delegates) are not asked.
 */
public class ProcessStartGuard implements ExecutionListener {

  private static final Set<Class<?>> STARTS_BY_PEOPLE = Set.of(StartProcessInstanceCmd.class,
      StartProcessInstanceAtActivitiesCmd.class, SubmitStartFormCmd.class, RestartProcessInstancesCmd.class,
      CorrelateMessageCmd.class, CorrelateAllMessageCmd.class, MessageEventReceivedCmd.class,
      SignalEventReceivedCmd.class, EvaluateStartConditionCmd.class);

  private final Supplier<StartGuards> guards;
  private final Supplier<TaskSubmissions> submissions;

  public ProcessStartGuard(Supplier<StartGuards> guards, Supplier<TaskSubmissions> submissions) {
    this.guards = guards;
    this.submissions = submissions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Command<?> command = OutermostCommand.current();
    Authentication person = EngineUsers.current();
    if (command == null || !STARTS_BY_PEOPLE.contains(command.getClass()) || !EngineUsers.isRestricted(person)) {
      return;
    }
    ProcessDefinition definition = ((ExecutionEntity) execution).getProcessDefinition();
    String name = definition.getName() == null ? definition.getKey() : definition.getName();
    StartGuard guard = guards.get().of(definition.getKey()).orElseThrow(() -> Refusals.forbidden(
        "“" + name + "”由系统在需要时自动发起，不能人工发起"));
    if (!(command instanceof StartProcessInstanceCmd || command instanceof SubmitStartFormCmd)) {
      throw Refusals.forbidden("“" + name + "”只能从开始事件正常发起：不能从流程中间开始、跳过监听器、重启或通过消息、信号、条件发起");
    }
    List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
    // the guard's reason first: it says why this unit cannot start, where the form would only say "not a choice"
    guard.refusalFor(execution.getProcessBusinessKey(), person.getUserId(), groups).ifPresent(refusal -> {
      throw Refusals.raise(new Refusal(refusal.status(), "无法发起“" + name + "”：" + refusal.reason()));
    });
    Map<String, Object> variables = execution.getVariablesTyped();
    Map<String, Object> options = new HashMap<>();
    guard.startFormOptions(person.getUserId(), groups).forEach((key, list) -> options.put(key, FormOption.entries(list)));
    submissions.get().validateStartVariables(definition, variables, options);
  }
}
