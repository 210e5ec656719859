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
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Validates a form submission before the engine acts on it: the form's own schema first, then the
 * feature's {@link FormRules}. A refusal is a {@link FormFieldValidationException}, which Camunda's
 * REST API answers with 400 and the reason; the task stays open and nothing is written.
 */
@Component
public class TaskSubmissions {

  private final TaskService taskService;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final Map<String, List<FormRules>> rulesByForm = new HashMap<>();
  private final StartGuards startGuards;
  private final ObjectMapper json = new ObjectMapper();
  /**
   * Parsed forms, by their text: a form bound as "latest" changes when a new version is deployed
   * alone, so the deployed text is read each time and only its parsing is saved.
   */
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  public TaskSubmissions(TaskService taskService, FormService formService, RepositoryService repositoryService,
      IdentityService identityService, List<FormRules> rules, StartGuards startGuards) {
    this.taskService = taskService;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.startGuards = startGuards;
    for (FormRules r : rules) {
      r.formIds().forEach(id -> rulesByForm.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(r));
    }
  }

  /** Checks a task submission; does nothing for a task the user cannot see (the engine refuses it). */
  public void validateTask(String taskId, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null || task.getCamundaFormRef() == null) {
      return;
    }
    FormSchema form = schema(task.getCamundaFormRef(), () -> formService.getDeployedTaskForm(taskId));
    Map<String, Object> context = new HashMap<>(taskService.getVariables(taskId));
    check(form, new Submission(form.id(), task, currentUser(), plain(values), context));
  }

  /**
   * Checks a start-form submission and returns the business key to start with: the one given, or
   * else the form's {@code unitId} field (Tasklist's start dialog for Camunda Forms has no key field).
   */
  public String validateStart(String processDefinitionId, String businessKey, Map<String, Object> values) {
    ProcessDefinition definition = repositoryService.getProcessDefinition(processDefinitionId);
    Map<String, Object> plainValues = plain(values);
    String key = businessKey != null && !businessKey.isBlank() ? businessKey : Values.text(plainValues.get("unitId"));
    CamundaFormRef ref = formService.getStartFormData(processDefinitionId).getCamundaFormRef();
    Problems problems = new Problems();
    if (ref != null) {
      FormSchema form = schema(ref, () -> formService.getDeployedStartForm(processDefinitionId));
      FormSchemaValidator.validate(form, plainValues, Map.of(), problems);
    }
    Authentication auth = identityService.getCurrentAuthentication();
    startGuards.refusal(definition.getKey(), key, auth == null ? null : auth.getUserId(),
        auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds()).ifPresent(problems::add);
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(definition.getKey(), "无法发起“" + definition.getName() + "”：" + problems);
    }
    return key;
  }

  private void check(FormSchema form, Submission submission) {
    Problems problems = new Problems();
    FormSchemaValidator.validate(form, submission.values(), submission.variables(), problems);
    if (problems.isEmpty()) {
      rulesByForm.getOrDefault(form.id(), List.of()).forEach(r -> r.check(submission, problems));
    }
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(form.id(), "提交未通过校验：" + problems);
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
          throw new FormFieldValidationException(k, "提交未通过校验：字段“" + k + "”的值类型不受支持");
        }
      }
    }
    return plain;
  }

  private interface FormSource {
    InputStream open() throws IOException;
  }
}
