package org.massline.forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Validates a form submission before the engine acts on it: the form's own schema first, then the
 * feature's {@link FormRules}. A refusal is a {@link Refusals#invalid}, which Camunda's
 * REST API answers with 400 and the reason; the task stays open and nothing is written.
 */
@Component
public class TaskSubmissions {

  private final TaskService taskService;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final Map<String, List<FormRules>> rulesByForm = new HashMap<>();
  private final ProcessEngineConfigurationImpl engine;
  private final ObjectMapper json = new ObjectMapper();
  /**
   * Parsed forms, by their text: a form bound as "latest" changes when a new version is deployed
   * alone, so the deployed text is read each time and only its parsing is saved.
   */
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  public TaskSubmissions(TaskService taskService, FormService formService, RepositoryService repositoryService,
      IdentityService identityService, List<FormRules> rules, ProcessEngineConfigurationImpl engine) {
    this.taskService = taskService;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.engine = engine;
    for (FormRules r : rules) {
      r.formIds().forEach(id -> rulesByForm.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(r));
    }
  }

  /**
   * Checks a task submission. A task that no longer exists (completed by an earlier submission) is
   * refused as such; one the user cannot see is left to the engine, which refuses it.
   */
  public void validateTask(String taskId, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      if (!exists(taskId)) {
        throw completed(taskId) ? alreadyCompleted() : Refusals.notFound("任务不存在，请刷新任务列表");
      }
      return;
    }
    if (task.getCamundaFormRef() == null) {
      return;
    }
    FormSchema form = schema(task.getCamundaFormRef(), () -> formService.getDeployedTaskForm(taskId));
    Map<String, Object> context = new HashMap<>(taskService.getVariables(taskId));
    try {
      check(form, new Submission(form.id(), task, currentUser(), plain(values), context));
    } catch (ProcessEngineException e) {
      // checked against a task a parallel submission was completing: that one was first
      if (!exists(taskId)) {
        throw alreadyCompleted();
      }
      throw e;
    }
  }

  private boolean completed(String taskId) {
    return engine.getCommandExecutorTxRequired().execute(context ->
        context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) != null);
  }

  private static ProcessEngineException alreadyCompleted() {
    return Refusals.conflict("该任务已经办结（可能是重复提交，或已有人先提交），请刷新后查看");
  }

  /**
   * Completes a task once: a collision with a parallel completion is tried again; when the task is
   * gone by then, someone (or the same person's other click) was first, and this one is told so.
   */
  public <T> T completeOnce(String taskId, java.util.function.Supplier<T> completion) {
    try {
      return ConflictRetry.retry(completion);
    } catch (org.camunda.bpm.engine.AuthorizationException e) {
      // the winner's completion removed the task's grants while this one was checking them
      if (!exists(taskId) && completed(taskId)) {
        throw alreadyCompleted();
      }
      throw e;
    } catch (RuntimeException e) {
      if (ConflictRetry.isConflict(e) || !exists(taskId)) {
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
   * says (a start by business key alone has none).
   */
  public void validateStartVariables(ProcessDefinition definition, Map<String, Object> variables) {
    if (variables.isEmpty()) {
      return;
    }
    CamundaFormRef ref = formService.getStartFormData(definition.getId()).getCamundaFormRef();
    Problems problems = new Problems();
    FormSchema form = ref == null ? null : schema(ref, () -> formService.getDeployedStartForm(definition.getId()));
    List<String> unknown = variables.keySet().stream().filter(k -> form == null || !form.keys().contains(k)).toList();
    if (!unknown.isEmpty()) {
      problems.add("只需以业务键发起，不能附带流程变量（" + String.join("、", unknown) + "）");
    } else {
      FormSchemaValidator.validate(form, plain(variables), Map.of(), problems);
    }
    if (!problems.isEmpty()) {
      String name = definition.getName() == null ? definition.getKey() : definition.getName();
      throw Refusals.invalid(definition.getKey(), "无法发起“" + name + "”：" + problems);
    }
  }

  private void check(FormSchema form, Submission submission) {
    Problems problems = new Problems();
    FormSchemaValidator.validate(form, submission.values(), submission.variables(), problems);
    if (problems.isEmpty()) {
      rulesByForm.getOrDefault(form.id(), List.of()).forEach(r -> r.check(submission, problems));
    }
    if (!problems.isEmpty()) {
      throw Refusals.invalid(form.id(), "提交未通过校验：" + problems);
    }
  }

  private FormSchema schema(CamundaFormRef ref, FormSource source) {
    String text;
    try (InputStream in = source.open()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the deployed form " + ref.getKey(), e);
    }
    return schemas.computeIfAbsent(text, t -> {
      try {
        return FormSchema.parse(json.readTree(t));
      } catch (IOException e) {
        throw new IllegalStateException("The deployed form " + ref.getKey() + " is not valid JSON", e);
      }
    });
  }

  private String currentUser() {
    Authentication auth = identityService.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  /** Plain values; a value of a type no form submits (a serialized Java object, a file) is refused. */
  private static Map<String, Object> plain(Map<String, Object> values) {
    Map<String, Object> plain = new HashMap<>();
    if (values != null) {
      for (String k : values.keySet()) {
        try {
          plain.put(k, Values.plain(values.get(k)));
        } catch (RuntimeException e) {
          throw Refusals.invalid(k, "提交未通过校验：字段“" + k + "”的值类型不受支持");
        }
      }
    }
    return plain;
  }

  private interface FormSource {
    InputStream open() throws IOException;
  }
}
