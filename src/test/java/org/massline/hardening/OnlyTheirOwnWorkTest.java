package org.massline.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.massline.meeting.MeetingProcess;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Participants do the work the process gives them and nothing else (#10.6): no free-standing tasks, and no
 * change to who does a task or when it is followed up — refused by the engine's authorizations, so Tasklist's
 * buttons and the REST API answer alike.
 */
class OnlyTheirOwnWorkTest extends MasslineTest {

  @LocalServerPort
  int port;

  @Test
  void aMemberCannotCreateATask() {
    Rest.Response created = Rest.as(port, "zhaolei").post("/engine-rest/task/create", Map.of("name", "自行创建的任务"));
    assertThat(created.status()).isEqualTo(403);
    assertThat(created.json().path("message").asText()).containsPattern("\\p{IsHan}");
    assertThat(engine.getTaskService().createTaskQuery().taskName("自行创建的任务").count()).isZero();
  }

  @Test
  void theAssigneeCannotHandTheTaskOnOrChangeItsGroupsOrFollowUp() {
    Rest.as(port, "hejing").post("/engine-rest/process-definition/key/democratic-life-meeting/start",
        Map.of("businessKey", "dh-county"));
    String task = engine.getTaskService().createTaskQuery().taskDefinitionKey(MeetingProcess.PREPARE_MEETING)
        .singleResult().getId();
    Rest principal = Rest.as(port, "chenlixin");
    String base = "/engine-rest/task/" + task;
    assertThat(principal.post(base + "/assignee", Map.of("userId", "zhaolei")).status()).as("reassign").isEqualTo(403);
    assertThat(principal.post(base + "/delegate", Map.of("userId", "zhaolei")).status()).as("delegate").isEqualTo(403);
    assertThat(principal.post(base + "/identity-links", Map.of("groupId", "dh-county-leaders", "type", "candidate"))
        .status()).as("add a group").isEqualTo(403);
    assertThat(principal.put(base, Map.of("name", "会前准备", "followUp", "2026-12-10T00:00:00.000+0000")).status())
        .as("follow-up date").isEqualTo(403);
    assertThat(principal.post(base + "/unclaim", Map.of()).status()).as("unassign").isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee())
        .isEqualTo("chenlixin");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task))
        .noneSatisfy(link -> assertThat(link.getGroupId()).isEqualTo("dh-county-leaders"));
  }
}
