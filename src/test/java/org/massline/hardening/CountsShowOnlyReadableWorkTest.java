package org.massline.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.massline.meeting.MeetingProcess;
import org.massline.security.SecurityTest;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The probe's count leak: definition statistics and Cockpit's list of processes showed region-wide
 * instance counts to a party member who may see none, and metrics answered anyone. Now everyone
 * gets the figures of what they may read; metrics only whoever may read every instance.
 */
class CountsShowOnlyReadableWorkTest extends MasslineTest {

  @LocalServerPort
  int port;

  /** 东河县's meeting (started by its office) and 西山县's (started by the engine). */
  @BeforeEach
  void twoCountiesMeet() {
    assertThat(Rest.as(port, "hejing").post("/engine-rest/process-definition/key/" + MeetingProcess.KEY + "/start",
        Map.of("businessKey", "dh-county")).status()).isEqualTo(200);
    engine.getRuntimeService().startProcessInstanceByKey(MeetingProcess.KEY, "xs-county");
  }

  @Test
  void definitionStatisticsCountTheInstancesOneMayRead() {
    assertThat(meetings(Rest.as(port, "demo").get("/engine-rest/process-definition/statistics"))).isEqualTo(2);
    // 市委第一督导组 covers 东河县 only
    assertThat(meetings(Rest.as(port, "gaoming").get("/engine-rest/process-definition/statistics"))).isEqualTo(1);
    // a party member of a village branch sees neither county's meeting
    assertThat(meetings(Rest.as(port, "zhaolei").get("/engine-rest/process-definition/statistics?failedJobs=true&incidents=true")))
        .isZero();
  }

  @Test
  void cockpitsListOfProcessesCountsTheInstancesOneMayRead() {
    assertThat(meetings(cockpit("demo").get(COCKPIT_STATISTICS))).isEqualTo(2);
    assertThat(meetings(cockpit("gaoming").get(COCKPIT_STATISTICS))).isEqualTo(1);
    assertThat(meetings(cockpit("hejing").get(COCKPIT_STATISTICS))).isEqualTo(1);
  }

  @Test
  void theDiagramsCountsAreTheReadersToo() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(MeetingProcess.KEY)
        .latestVersion().singleResult().getId();
    Rest.Response activities = Rest.as(port, "gaoming").get("/engine-rest/process-definition/" + definition + "/statistics");
    assertThat(activities.status()).isEqualTo(200);
    assertThat(activities.json().findValues("instances").stream().mapToInt(JsonNode::asInt).sum()).isEqualTo(1);
  }

  @Test
  void metricsOnlyForWhoMayReadEveryInstance() {
    Rest.Response metrics = Rest.as(port, "chenlixin").get("/engine-rest/metrics/activity-instance-start/sum");
    assertThat(metrics.status()).isEqualTo(403);
    assertThat(metrics.json().path("message").asText()).isEqualTo("运行指标只向可查看全部流程实例的人员开放");
    assertThat(Rest.as(port, "demo").get("/engine-rest/metrics/activity-instance-start/sum").status()).isEqualTo(200);
  }

  static final String COCKPIT_STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics"
      + "?firstResult=0&maxResults=50&sortBy=name&sortOrder=asc";

  private Rest cockpit(String user) {
    Rest browser = Rest.browser(port);
    Rest.Response login = browser.postForm("/login",
        Map.of("username", user, "password", "demo", "_csrf", SecurityTest.csrf(browser.getHtml("/login").body())));
    assertThat(login.header("Location")).doesNotContain("error");
    assertThat(browser.getHtml("/camunda/app/cockpit/default/").status()).isEqualTo(200);
    return browser;
  }

  private static int meetings(Rest.Response statistics) {
    assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
    for (JsonNode row : statistics.json()) {
      if (MeetingProcess.KEY.equals(row.path("key").asText())
          || MeetingProcess.KEY.equals(row.path("definition").path("key").asText())) {
        return row.path("instances").asInt();
      }
    }
    throw new AssertionError("no statistics for the meeting in " + statistics.body());
  }
}
