package org.massline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Works a process's tasks through the REST API the way Tasklist does: each task found by its user,
 * its deployed Camunda Form and form variables fetched, its values sent with {@code submit-form},
 * with that user's own credentials; then the jobs where the process continues asynchronously run.
 */
public final class RestWalk {

  private final int port;
  private final ProcessEngine engine;

  public RestWalk(int port, ProcessEngine engine) {
    this.port = port;
    this.engine = engine;
  }

  /** The user's tasks of this activity in the instance; there must be some. */
  public List<String> tasks(String pi, String activity, String user) {
    JsonNode tasks = Rest.as(port, user)
        .get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + activity).json();
    List<String> ids = new ArrayList<>();
    tasks.forEach(t -> ids.add(t.path("id").asText()));
    assertThat(ids).as("%s's %s tasks", user, activity).isNotEmpty();
    return ids;
  }

  public void submitAll(String pi, String activity, String user, Map<String, Object> values) {
    tasks(pi, activity, user).forEach(task -> submit(user, task, values));
  }

  public void submitAllAsAssignees(String pi, String activity, Map<String, Object> values) {
    JsonNode tasks = Rest.as(port, "demo")
        .get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + activity).json();
    assertThat(tasks).isNotEmpty();
    tasks.forEach(t -> submit(t.path("assignee").asText(), t.path("id").asText(), values));
  }

  /** Submits and expects it to be accepted. */
  public void submit(String user, String task, Map<String, Object> values) {
    Rest.Response response = trySubmit(user, task, values);
    assertThat(response.status()).as("%s submitting %s: %s", user, task, response.body()).isEqualTo(204);
    Jobs.runDue(engine);
  }

  /** Submits as Tasklist would, after loading the form, and answers what the server said. */
  public Rest.Response trySubmit(String user, String task, Map<String, Object> values) {
    Rest rest = Rest.as(port, user);
    JsonNode form = rest.get("/engine-rest/task/" + task + "/deployed-form").json();
    assertThat(form.path("components").isArray()).as("the form of %s", task).isTrue();
    assertThat(rest.get("/engine-rest/task/" + task + "/form-variables").status()).isEqualTo(200);
    return rest.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", Rest.variables(values)));
  }

  /** A form variable of the task, as Tasklist reads it to fill the form (serialized; a {@code Json} value parsed). */
  public JsonNode formVariable(String user, String task, String name) {
    JsonNode variable = Rest.as(port, user)
        .get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false").json().path(name);
    if (!"Json".equals(variable.path("type").asText())) {
      return variable.path("value");
    }
    try {
      return Rest.JSON.readTree(variable.path("value").asText());
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
