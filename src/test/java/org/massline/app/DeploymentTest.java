package org.massline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/** What is deployed at start: every BPMN of processes/ and every form of forms/, and the shared Tasklist filters. */
class DeploymentTest extends MasslineTest {

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;

  @Test
  void everyProcessAndFormOfTheProjectIsDeployedAndEveryUserTaskFindsItsForm() throws IOException {
    RepositoryService repository = engine.getRepositoryService();
    Set<String> deployedForms = Set.copyOf(jdbc.sql("select key_ from ACT_RE_CAMFORMDEF").query(String.class).list());
    try (Stream<Path> forms = Files.walk(Path.of("forms"))) {
      Set<String> formIds = forms.filter(p -> p.toString().endsWith(".form")).map(this::formId).collect(Collectors.toSet());
      assertThat(formIds).isNotEmpty();
      assertThat(deployedForms).containsAll(formIds);
    }
    try (Stream<Path> bpmn = Files.walk(Path.of("processes"))) {
      List<Path> files = bpmn.filter(p -> p.toString().endsWith(".bpmn")).toList();
      assertThat(files).isNotEmpty();
      for (Path file : files) {
        String key = file.getFileName().toString().replace(".bpmn", "");
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
            .latestVersion().singleResult();
        assertThat(definition).as("deployed process %s", key).isNotNull();
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          assertThat(deployedForms).as("form of user task %s", task.getId()).contains(task.getCamundaFormRef());
          assertThat(task.getCamundaDueDate()).as("due date of user task %s", task.getId()).isNotBlank();
        }
      }
    }
  }

  @Test
  void everyMemberOpensTasklistWithTheSharedFilters() {
    List<String> names = engine.getFilterService().createFilterQuery().list().stream().map(Filter::getName).toList();
    assertThat(names).contains("我的待办", "本组待认领", "已逾期", "本周到期");

    String pi = Rest.as(port, "hejing").post("/engine-rest/process-definition/key/democratic-life-meeting/start",
        java.util.Map.of("businessKey", "dh-county")).json().path("id").asText();
    Rest principal = Rest.as(port, "chenlixin");
    JsonNode visible = principal.get("/engine-rest/filter?resourceType=Task").json();
    assertThat(visible.findValuesAsText("name")).contains("我的待办", "本组待认领", "已逾期", "本周到期");
    String myTasks = null;
    for (JsonNode f : visible) {
      if (f.path("name").asText().equals("我的待办")) {
        myTasks = f.path("id").asText();
      }
    }
    JsonNode tasks = principal.get("/engine-rest/filter/" + myTasks + "/list").json();
    assertThat(tasks.findValuesAsText("processInstanceId")).contains(pi);
    assertThat(tasks.findValuesAsText("assignee")).containsOnly("chenlixin");
  }

  private String formId(Path file) {
    try {
      return Rest.JSON.readTree(file.toFile()).path("id").asText();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
