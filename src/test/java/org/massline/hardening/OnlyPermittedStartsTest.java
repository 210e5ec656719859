package org.massline.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.massline.meeting.MeetingProcess;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may start what is decided in the engine, so no URL shape gets around it: the probe's
 * requests (trailing slash, encoded id, the webapps' copy of the API, start instructions) are
 * refused, the supervision notice cannot be started by people, and a unit runs one meeting at a time.
 */
class OnlyPermittedStartsTest extends MasslineTest {

  private static final Map<String, Object> FORGED = Map.of("businessKey", "xs-county",
      "variables", Map.of(MeetingProcess.PRINCIPAL.name(), Map.of("value", "hejing")));

  @LocalServerPort
  int port;

  @Test
  void anotherUnitsMeetingCannotBeStartedByAnyPath() {
    Rest hejing = Rest.as(port, "hejing");
    String id = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(MeetingProcess.KEY)
        .latestVersion().singleResult().getId();
    for (String path : List.of("/engine-rest/process-definition/key/democratic-life-meeting/start/",
        "/engine-rest/process-definition/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("%3A", "%3a")
            + "/start",
        "/engine-rest/process-definition/key/democratic-life-meeting/start")) {
      Rest.Response forged = hejing.post(path, FORGED);
      assertThat(forged.status()).as(path).isIn(400, 403);
      assertThat(forged.json().path("message").asText()).as(path).containsPattern("\\p{IsHan}");
      Rest.Response foreign = hejing.post(path, Map.of("businessKey", "xs-county"));
      assertThat(foreign.status()).as(path).isEqualTo(403);
      assertThat(foreign.json().path("message").asText()).contains("只有本单位或上级单位的教育实践活动办公室");
    }
    Rest.Response midway = hejing.post("/engine-rest/process-definition/key/democratic-life-meeting/start",
        Map.of("businessKey", "dh-county", "skipCustomListeners", true,
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "prepareMeeting"))));
    assertThat(midway.status()).isEqualTo(403);
    assertThat(midway.json().path("message").asText()).contains("不能从流程中间开始");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("xs-county").count())
        .isZero();
  }

  @Test
  void theWebappsCopyOfTheApiIsGuardedTheSameWay() {
    Rest browser = Rest.browser(port);
    String loginPage = browser.getHtml("/login").body();
    java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
        .matcher(loginPage);
    assertThat(csrf.find()).isTrue();
    browser.postForm("/login", Map.of("username", "hejing", "password", "demo", "_csrf", csrf.group(1)));
    String token = browser.withHeader("X-XSRF-TOKEN", "Fetch").get("/camunda/api/engine/engine/default/user/hejing/profile")
        .header("X-XSRF-TOKEN");
    Rest.Response forged = browser.withHeader("X-XSRF-TOKEN", token).post("/camunda/api/engine/engine/default/process-definition/key/democratic-life-meeting/start/", FORGED);
    assertThat(forged.status()).isIn(400, 403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("xs-county").count())
        .isZero();
  }

  @Test
  void supervisionNoticesAreRaisedByTheEngineOnly() {
    Rest.Response forged = Rest.as(port, "hejing").post(
        "/engine-rest/process-definition/key/supervision-notice/start",
        Map.of("businessKey", "dh-county", "variables", Map.of(MeetingProcess.SUPERVISION_GROUP.name(), Map.of("value", "sg-city-1"))));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.json().path("message").asText()).contains("无权发起");
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("supervision-notice").count()).isZero();
  }

  @Test
  void aUnitRunsOneMeetingAtATime() {
    Rest office = Rest.as(port, "hejing");
    String start = "/engine-rest/process-definition/key/democratic-life-meeting/start";
    assertThat(office.post(start, Map.of("businessKey", "dh-county")).status()).isEqualTo(200);
    Rest.Response second = office.post(start, Map.of("businessKey", "dh-county"));
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().path("message").asText()).contains("已有一次正在进行的");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("dh-county").count())
        .isEqualTo(1);
  }
}
