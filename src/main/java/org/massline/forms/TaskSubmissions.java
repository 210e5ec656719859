package org.massline.forms;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Validates a form submission before the engine acts on it, inside the same command: the form's own
 * schema first, then the feature's {@link Step}. A refusal is a {@link Refusals#invalid}, which Camunda's
 * REST API answers with 400 and the reason; the task stays open and nothing is written.
 */
@Component
public class TaskSubmissions {

  private final FormService formService;
  /** The steps, by the id of their user task. */
  private final Map<String, Step<?>> steps;
  private final ProcessEngineConfigurationImpl engine;
  private final LatestForms latestForms;
  private final ObjectMapper json = new ObjectMapper();
  /** Parsed forms, by form definition id: a deployed definition never changes. */
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  TaskSubmissions(FormService formService, Map<String, Step<?>> steps, ProcessEngineConfigurationImpl engine,
      LatestForms latestForms) {
    this.formService = formService;
    this.steps = Map.copyOf(steps);
    this.engine = engine;
    this.latestForms = latestForms;
  }

  /**
   * Checks a task submission inside the completion's command ({@link ValidatedCompletion}): the
   * deployed form's schema, parsed once per form definition, then the feature's {@link Step}.
   *
   * @return the values bound to the step's record, or null when the task has no form or no step
   */
  Record validate(CommandContext context, TaskEntity task, Map<String, Object> values) {
    task.initializeFormKey();
    CamundaFormRef ref = task.getCamundaFormRef();
    if (ref == null) {
      return null;
    }
    String deploymentId = context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getDeploymentId();
    FormSchema form = schema(context, ref, deploymentId);
    return check(form, new Submission(form.id(), task, context.getAuthenticatedUserId(), plain(values),
        visibleTo(task)));
  }

  /**
   * The variables the task's form sees, read one by one as the checks ask for them: the form's
   * option lists and texts are not all parsed for a check that needs one id.
   */
  private static Map<String, Object> visibleTo(TaskEntity task) {
    return new AbstractMap<>() {
      @Override
      public Object get(Object name) {
        return task.getVariable((String) name);
      }

      @Override
      public Set<Entry<String, Object>> entrySet() {
        return task.getVariables().entrySet();
      }
    };
  }

  /** Why a task to complete is not there: completed by an earlier submission, or never existed. */
  RuntimeException missing(CommandContext context, String taskId) {
    return context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) != null
        ? alreadyCompleted() : Refusals.notFound("任务不存在，请刷新任务列表");
  }

  private boolean completed(String taskId) {
    return engine.getCommandExecutorTxRequired().execute(context ->
        context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) != null);
  }

  private static ProcessEngineException alreadyCompleted() {
    return Refusals.conflict("该任务已经办结（可能是重复提交，或已有人先提交），请刷新后查看");
  }

  /**
   * A person's completion of a task, validated in its own command ({@link ValidatedCompletion}), once:
   * a collision with a parallel completion is tried again; when the task is gone by then, someone (or
   * the same person's other click) was first, and this one is told so.
   */
  <T> T complete(CommandExecutor executor, String taskId, Map<String, Object> values, Command<T> completion) {
    try {
      return ConflictRetry.retry(() -> executor.execute(new ValidatedCompletion<>(taskId, values, this, completion)));
    } catch (RuntimeException e) {
      // the winner's completion removed the task, and with it the grants this one was checking
      if (ConflictRetry.isConflict(e) || !exists(taskId) && completed(taskId)) {
        throw alreadyCompleted();
      }
      throw e;
    }
  }

  /** Whether a task exists at all, whoever may see it. */
  public boolean exists(String taskId) {
    return engine.getCommandExecutorTxRequired()
        .execute(context -> context.getTaskManager().findTaskById(taskId) != null);
  }

  /**
   * Variables a person starts a process with must be the fields of its start form, valid as the form
   * says, its choices among the {@code options} offered to this person (a start by business key alone has none).
   */
  public void validateStartVariables(ProcessDefinition definition, Map<String, Object> variables,
      Map<String, Object> options) {
    if (variables.isEmpty()) {
      return;
    }
    CamundaFormRef ref = formService.getStartFormData(definition.getId()).getCamundaFormRef();
    Problems problems = new Problems();
    FormSchema form = ref == null ? null : schema(Context.getCommandContext(), ref, definition.getDeploymentId());
    List<String> unknown = variables.keySet().stream().filter(k -> form == null || !form.keys().contains(k)).toList();
    if (!unknown.isEmpty()) {
      problems.add("只需以业务键发起，不能附带流程变量（" + String.join("、", unknown) + "）");
    } else {
      FormSchemaValidator.validate(form, plain(variables), options, problems);
    }
    if (!problems.isEmpty()) {
      String name = definition.getName() == null ? definition.getKey() : definition.getName();
      throw Refusals.invalid(definition.getKey(), "无法发起“" + name + "”：" + problems);
    }
  }

  /** @return the values as the step's record, once the schema and the step accepted them; null without a step */
  private Record check(FormSchema form, Submission submission) {
    Problems problems = new Problems();
    Record bound = null;
    FormSchemaValidator.validate(form, submission.values(), submission.variables(), problems);
    if (problems.isEmpty()) {
      Step<?> step = submission.task() == null ? null : steps.get(submission.task().getTaskDefinitionKey());
      if (step != null) {
        bound = step.check(submission, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw Refusals.invalid(form.id(), problems.toString());
    }
    return bound;
  }


  /** The deployed form a reference names, parsed once per form definition (a new version is a new one). */
  private FormSchema schema(CommandContext context, CamundaFormRef ref, String deploymentId) {
    CamundaFormDefinition definition = latestForms.of(context, ref, deploymentId);
    if (definition == null) {
      throw Refusals.notFound("表单“" + ref.getKey() + "”未部署，请联系管理员");
    }
    return schemas.computeIfAbsent(definition.getId(), id -> parse(context, definition));
  }

  private FormSchema parse(CommandContext context, CamundaFormDefinition definition) {
    ResourceEntity resource = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
    try {
      return FormSchema.parse(json.readTree(resource.getBytes()));
    } catch (IOException e) {
      throw new IllegalStateException("The deployed form " + definition.getKey() + " is not valid JSON", e);
    }
  }

  /** Plain values; a value of a type no form submits (a serialized Java object, a file) is refused. */
  private static Map<String, Object> plain(Map<String, Object> values) {
    Map<String, Object> plain = new HashMap<>();
    if (values != null) {
      for (String k : values.keySet()) {
        try {
          plain.put(k, Values.plain(values.get(k)));
        } catch (RuntimeException e) {
          throw Refusals.invalid(k, "字段“" + k + "”的值类型不受支持");
        }
      }
    }
    return plain;
  }

}
