package org.massline.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.massline.meeting.MeetingForms;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A submission's values must be of the type their form field is, text is counted as a reader sees
 * it, parallel double submits give one completion and a 409 for the rest, and every refusal is in
 * Chinese with no internals.
 */
class SubmissionsMatchTheirFormTest extends MasslineTest {

  private static final List<String> GROUP = List.of("chenlixin", "wuguoping", "yangxiuying", "zhoujianhua");

  @LocalServerPort
  int port;

  private String preparationTask() {
    String pi = Rest.as(port, "hejing").post("/engine-rest/process-definition/key/democratic-life-meeting/start",
        Map.of("businessKey", "dh-county")).json().path("id").asText();
    return engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey("prepareMeeting")
        .singleResult().getId();
  }

  private Rest.Response submit(String task, Map<String, Object> variables) {
    return Rest.as(port, "chenlixin").post("/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", variables));
  }

  private Map<String, Object> preparationWith(String key, Map<String, Object> typedValue) {
    Map<String, Object> variables = new LinkedHashMap<>(Rest.variables(MeetingForms.preparation(GROUP)));
    variables.put(key, typedValue);
    return variables;
  }

  @Test
  void valuesOfAnotherTypeThanTheFieldAreRefused() throws Exception {
    String task = preparationTask();
    List<Map<String, Object>> forged = List.of(
        Map.of("studyTopics", Map.of("type", "File", "value", "aGVsbG8=", "valueInfo", Map.of("filename", "a.txt"))),
        Map.of("studyTopics", Map.of("type", "Bytes", "value", "aGVsbG8=")),
        Map.of("studyTopics", Map.of("type", "Json", "value", "{\"aaaaaaaaaa\":\"bbbbbbbbbbbbbbbb\"}")),
        Map.of("studyTopics", Map.of("value", "\u200b".repeat(30))),
        Map.of("studyTopics", Map.of("value", 1234567890123L)),
        Map.of("studyHours", Map.of("value", "16")));
    for (Map<String, Object> bad : forged) {
      String key = bad.keySet().iterator().next();
      @SuppressWarnings("unchecked")
      Rest.Response refused = submit(task, preparationWith(key, (Map<String, Object>) bad.get(key)));
      assertThat(refused.status()).as(bad.toString()).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).as(bad.toString())
          .containsPattern("\\p{IsHan}").doesNotContain("提交未通过校验").doesNotContain("Cannot submit").doesNotContain("Exception");
    }
    // lone surrogates, as JSON escapes: not text a person wrote
    String body = "{\"variables\":" + Rest.JSON.writeValueAsString(preparationWith("studyTopics", Map.of("value", "@@")))
        .replace("\"@@\"", "\"" + "\\ud800".repeat(12) + "\"") + "}";
    Rest.Response surrogates = Rest.as(port, "chenlixin").post("/engine-rest/task/" + task + "/submit-form",
        "application/json", body);
    assertThat(surrogates.status()).isEqualTo(400);
    assertThat(surrogates.json().path("message").asText()).contains("无法识别的字符");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).as("the task stays open").isEqualTo(1);
  }

  @Test
  void parallelDoubleSubmitsCompleteOnceAndTellTheOthers() throws Exception {
    String task = preparationTask();
    Map<String, Object> variables = Rest.variables(MeetingForms.preparation(GROUP));
    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<Future<Rest.Response>> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Callable<Rest.Response> call = () -> submit(task, variables);
      answers.add(pool.submit(call));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Rest.Response> answer : answers) {
      Rest.Response r = answer.get();
      statuses.add(r.status());
      if (r.status() != 204) {
        assertThat(r.json().path("message").asText()).contains("已经办结").doesNotContain("SQL");
      }
    }
    pool.shutdown();
    assertThat(statuses).containsOnlyOnce(204).allMatch(s -> s == 204 || s == 409);
    Rest.Response again = submit(task, variables);
    assertThat(again.status()).as("a completed task").isEqualTo(409);
    assertThat(again.json().path("message").asText()).contains("已经办结");
    assertThat(submit("no-such-task", variables).status()).isEqualTo(404);
  }

  @Test
  void notesOnOtherPeoplesTasksAndDeletingTasksAreRefused() {
    String task = preparationTask();
    Rest stranger = Rest.as(port, "huangzhiming");
    assertThat(stranger.post("/engine-rest/task/" + task + "/comment/create", Map.of("message", "伪造意见")).status())
        .isIn(400, 403, 404);
    assertThat(stranger.post("/engine-rest/task/" + task + "/attachment/create", "application/json",
        "{\"attachment-name\":\"x\",\"url\":\"javascript:alert(document.cookie)\"}").status()).isIn(403, 415);
    Rest.Response deleted = Rest.as(port, "chenlixin").delete("/engine-rest/task/" + task);
    assertThat(deleted.status()).isEqualTo(403);
    assertThat(deleted.json().path("message").asText()).contains("仅限系统管理员");
    assertThat(Rest.as(port, "chenlixin").post("/engine-rest/condition", Map.of()).status()).isIn(400, 403);
    assertThat(engine.getTaskService().getTaskComments(task)).isEmpty();
  }
}
