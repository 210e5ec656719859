package org.massline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.massline.meeting.MeetingForms;
import org.massline.support.Rest;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The default setup (one node, H2 file) killed with {@code kill -9} while work falls due: after a
 * restart on the same file the tasks, variables and records are all there, and every overdue task
 * is reminded and supervised once.
 */
class CrashRecoveryIT {

  static NodeProcess node;

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.stop();
    }
  }

  @Test
  void killedInTheMiddleOfRunningMeetingsTheH2NodeLosesNothing() throws Exception {
    Path data = Path.of("target", "crash-h2");
    FileSystemUtils.deleteRecursively(data);
    node = new NodeProcess("h2-node", Map.of(), List.of(
        "--massline.data-dir=" + data.toAbsolutePath(),
        Sweeps.FAST[0], Sweeps.FAST[1],
        "--camunda.bpm.job-execution.wait-time-in-millis=100",
        "--camunda.bpm.job-execution.max-wait=500",
        "--camunda.bpm.job-execution.lock-time-in-millis=10000"));
    node.start().awaitHealthy(Duration.ofMinutes(3));

    String pi = Rest.as(node.port, "hejing").post("/engine-rest/process-definition/key/democratic-life-meeting/start",
        Map.of("businessKey", "dh-county")).json().path("id").asText();
    String prepare = tasks(pi, "prepareMeeting").get(0).path("id").asText();
    assertThat(Rest.as(node.port, "chenlixin").post("/engine-rest/task/" + prepare + "/submit-form",
        Map.of("variables", Rest.variables(MeetingForms.preparation(List.of("chenlixin", "wuguoping", "yangxiuying",
            "zhoujianhua"))))).status()).isEqualTo(204);
    String review = tasks(pi, "reviewPreparation").get(0).path("id").asText();
    assertThat(Rest.as(node.port, "gaoming").post("/engine-rest/task/" + review + "/submit-form",
        Map.of("variables", Rest.variables(MeetingForms.passPreparation()))).status()).isEqualTo(204);
    for (JsonNode task : tasks(pi, "recordTalk").subList(0, 3)) {
      assertThat(Rest.as(node.port, task.path("assignee").asText()).post("/engine-rest/task/" + task.path("id").asText()
          + "/submit-form", Map.of("variables", Rest.variables(MeetingForms.talkRecord()))).status()).isEqualTo(204);
    }
    State before = State.of(pi);
    // the confirmations fall due 1.5 s after they were created: kill while they are swept
    Thread.sleep(1800);
    node.kill();

    node.start().awaitHealthy(Duration.ofMinutes(3));
    State after = State.of(pi);
    assertThat(after.participantTasks).isEqualTo(before.participantTasks);
    assertThat(after.variables).isEqualTo(before.variables);
    assertThat(after.talkRecords).isEqualTo(before.talkRecords).isEqualTo(3);
    assertThat(after.problems).isEqualTo(before.problems);

    Rest admin = Rest.as(node.port, "demo");
    Sweeps.awaitSwept(admin, Duration.ofSeconds(5));
    List<String> jobIds = new ArrayList<>();
    admin.get("/engine-rest/history/job-log?successLog=true&processInstanceId=" + pi).json()
        .forEach(l -> jobIds.add(l.path("jobId").asText()));
    assertThat(jobIds).doesNotHaveDuplicates();
    JsonNode meeting = meeting(pi);
    List<String> reminded = new ArrayList<>();
    meeting.path("reminders").forEach(r -> reminded.add(r.path("taskId").asText()));
    // every open task of the meeting is overdue by now: each reminded once, with one comment
    assertThat(reminded).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(after.participantTasks);
    for (String task : reminded) {
      List<String> comments = new ArrayList<>();
      admin.get("/engine-rest/task/" + task + "/comment").json().forEach(c -> comments.add(c.path("message").asText()));
      assertThat(comments).filteredOn(c -> c.startsWith("催办提醒")).hasSize(1);
    }
    List<String> noticed = new ArrayList<>();
    meeting.path("supervisionNotices").forEach(n -> noticed.add(n.path("overdueTaskId").asText()));
    // one notice per overdue task, each a process of its own with one task
    assertThat(noticed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(reminded);
    for (JsonNode n : meeting.path("supervisionNotices")) {
      assertThat(Rest.as(node.port, "demo").get("/engine-rest/history/task/count?processInstanceId="
          + n.path("noticeProcessInstanceId").asText()).json().path("count").asLong()).isOne();
    }
  }

  static List<JsonNode> tasks(String pi, String activity) {
    List<JsonNode> tasks = new ArrayList<>();
    Rest.as(node.port, "demo").get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + activity)
        .json().forEach(tasks::add);
    return tasks;
  }

  static JsonNode meeting(String pi) {
    for (JsonNode m : Rest.as(node.port, "demo").get("/api/meetings").json()) {
      if (m.path("processInstanceId").asText().equals(pi)) {
        return Rest.as(node.port, "demo").get("/api/meetings/" + m.path("id").asLong()).json();
      }
    }
    throw new AssertionError("no meeting for " + pi);
  }

  /** The participants' open tasks, the instance's variables and what was written, to compare across the crash. */
  record State(Set<String> participantTasks, String variables, int talkRecords, int problems) {
    static State of(String pi) {
      Set<String> tasks = new TreeSet<>();
      Rest.as(node.port, "demo").get("/engine-rest/task?processInstanceId=" + pi).json().forEach(t -> {
        if (!t.path("taskDefinitionKey").asText().equals("issueSupervisionNotice")) {
          tasks.add(t.path("id").asText());
        }
      });
      String variables = Rest.as(node.port, "demo").get("/engine-rest/process-instance/" + pi + "/variables").body();
      JsonNode meeting = meeting(pi);
      int records = 0;
      for (JsonNode talk : meeting.path("talks")) {
        records += talk.path("records").size();
      }
      return new State(tasks, variables, records, meeting.path("problems").size());
    }
  }
}
