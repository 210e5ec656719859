package org.massline.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.massline.support.Jobs;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.massline.support.RestWalk;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One whole meeting through the REST API the way Tasklist works it: each task found, its deployed
 * Camunda Form fetched and submitted with {@code submit-form}, by the demo user it belongs to, with
 * that user's own credentials. Then the stored notification is read back through the API.
 */
class MeetingRestWalkTest extends MasslineTest {

  @LocalServerPort
  int port;

  RestWalk walk;

  @BeforeEach
  void walk() {
    walk = new RestWalk(port, engine);
  }

  @Test
  void aWholeMeetingThroughTheRestApiAsTheDemoUsers() {
    JsonNode started = Rest.as(port, MeetingDriver.OFFICE)
        .post("/engine-rest/process-definition/key/democratic-life-meeting/start", Map.of("businessKey", "dh-county"))
        .json();
    String pi = started.path("id").asText();
    assertThat(started.path("businessKey").asText()).isEqualTo("dh-county");
    walkTheMeeting(pi, MeetingForms.preparation(MeetingDriver.GROUP), MeetingForms.report(1),
        NotificationScope.UNIT_CADRES, null);

    JsonNode meeting = meetingOf(pi);
    JsonNode circulated = meeting.path("notifications").get(1);
    assertThat(circulated.path("content").asText()).startsWith("关于中共东河县委领导班子专题民主生活会召开情况的通报")
        .endsWith("（经班子审定）");
    assertThat(circulated.path("scope").asText()).isEqualTo("本单位全体党员干部");
    assertThat(circulated.path("acknowledgedBy").asText()).isEqualTo(MeetingDriver.SUPERIOR);
    assertThat(meeting.path("reports")).hasSize(5);
    assertThat(meeting.path("talks")).hasSize(13);
    assertThat(meeting.path("record").path("criticisms")).hasSize(12);
    assertThat(meeting.path("record").path("makeUps")).isEmpty();
    // recorded by the supervision group with its commentary, not by the principal
    JsonNode intervention = meeting.path("record").path("interventions").get(0);
    assertThat(intervention.path("supervisorId").asText()).isEqualTo(MeetingDriver.SUPERVISOR);
    assertThat(intervention.path("kind").asText()).isEqualTo("EVASIVE");
    assertThat(intervention.path("corrected").asBoolean()).isTrue();
    assertThat(meeting.path("record").path("heldOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(meeting.path("problems").get(0).path("wind").asText())
        .isIn(Stream.of(Wind.values()).map(Wind::name).toList());
    assertThat(meeting.path("handoffItems")).hasSize(5);
    // the scope's readers, each of whom read and acknowledged the signed text (阅知)
    List<String> read = new ArrayList<>();
    meeting.path("notificationReaders").forEach(r -> {
      assertThat(r.path("notificationId").asLong()).isEqualTo(circulated.path("id").asLong());
      assertThat(r.path("readAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}.*");
      read.add(r.path("personId").asText() + " " + r.path("reachedAs").asText());
    });
    assertThat(read).containsExactly("wuguoping 本单位领导班子成员", "yangxiuying 本单位领导班子成员",
        "zhoujianhua 本单位领导班子成员");
    // someone outside the unit's viewers does not see it
    assertThat(Rest.as(port, "huangzhiming").get("/api/meetings/" + meeting.path("meeting").path("id").asLong()).status()).isEqualTo(403);
  }

  @Test
  void anAnnualMeetingOfTheCountyRunsOnceAYear() {
    String definition = Rest.as(port, "demo").get("/engine-rest/process-definition/key/democratic-life-meeting")
        .json().path("id").asText();
    Rest office = Rest.as(port, MeetingDriver.OFFICE);
    String form = "/engine-rest/process-definition/" + definition + "/submit-form";
    Rest.Response noYear = office.post(form, Map.of("variables", Rest.variables(Map.of(
        MeetingProcess.UNIT_ID.name(), "dh-county", MeetingProcess.MEETING_KIND.name(), "ANNUAL"))));
    assertThat(noYear.status()).isEqualTo(400);
    assertThat(noYear.json().path("message").asText()).contains("年度民主生活会须填写年度");

    Rest.Response started = office.post(form, Map.of("variables", Rest.variables(Map.of(MeetingProcess.UNIT_ID.name(),
        "dh-county", MeetingProcess.MEETING_KIND.name(), "ANNUAL", MeetingProcess.MEETING_YEAR.name(), 2014))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pi = started.json().path("id").asText();
    // its preparation asks for the plan and the rectification status report, its reports for the annual topics
    String prepare = walk.tasks(pi, "prepareMeeting", MeetingDriver.PRINCIPAL).get(0);
    Rest.Response special = walk.trySubmit(MeetingDriver.PRINCIPAL, prepare, MeetingForms.preparation(MeetingDriver.GROUP));
    assertThat(special.status()).isEqualTo(400);
    assertThat(special.json().path("message").asText()).contains("年度民主生活会须填写“会议方案”", "整改落实情况报告");
    walk.submitAll(pi, "prepareMeeting", MeetingDriver.PRINCIPAL, MeetingForms.annualPreparation(MeetingDriver.GROUP));
    walk.submitAll(pi, "reviewPreparation", MeetingDriver.SUPERVISOR, MeetingForms.passPreparation());
    String draft = walk.tasks(pi, "draftReport", "wuguoping").get(0);
    assertThat(walk.trySubmit("wuguoping", draft, MeetingForms.report(1)).json().path("message").asText())
        .contains("年度民主生活会对照检查材料须写“严明党的政治纪律和政治规矩”");
    walkTheMeeting(pi, null, MeetingForms.annualReport(1), NotificationScope.SUBORDINATE_UNITS, "zhoujianhua");

    JsonNode meeting = meetingOf(pi);
    // 周建华 missed the meeting and made up in writing (补课)
    assertThat(meeting.path("record").path("absences").get(0).path("personId").asText()).isEqualTo("zhoujianhua");
    JsonNode madeUp = meeting.path("record").path("makeUps").get(0);
    assertThat(madeUp.path("personId").asText()).isEqualTo("zhoujianhua");
    assertThat(madeUp.path("statement").asText()).startsWith("因参加省委党校集中培训未能到会");
    assertThat(madeUp.path("submittedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}.*");
    assertThat(meeting.path("meeting").path("title").asText()).isEqualTo("2014 年度民主生活会");
    assertThat(meeting.path("meeting").path("kind").asText()).isEqualTo("ANNUAL");
    assertThat(meeting.path("preparations").get(0).path("plan").asText()).startsWith("会议主题");
    assertThat(meeting.path("notifications").get(1).path("content").asText())
        .startsWith("关于中共东河县委领导班子2014 年度民主生活会召开情况的通报");
    // circulated to the subordinate units too: their principals read it in their own Tasklist, as readers
    List<String> readers = new ArrayList<>();
    meeting.path("notificationReaders").forEach(r -> readers.add(r.path("personId").asText() + " "
        + r.path("reachedAs").asText() + " " + !r.path("readAt").isNull()));
    assertThat(readers).contains("liangyong 东河县城关镇党委主要负责同志 true", "tangwei 东河县柳树乡党委主要负责同志 true")
        .hasSize(5);
    // the same unit, kind and year again: refused, though the first has ended
    Rest.Response again = office.post(form, Map.of("variables", Rest.variables(Map.of(MeetingProcess.UNIT_ID.name(),
        "dh-county", MeetingProcess.MEETING_KIND.name(), "ANNUAL", MeetingProcess.MEETING_YEAR.name(), 2014))));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("message").asText()).contains("中共东河县委的 2014 年度民主生活会已于", "每年只召开一次");
  }

  /**
   * Every task of the meeting (from the preparation, if given), as its own user through deployed-form and
   * submit-form, approving all, to its end.
   */
  private void walkTheMeeting(String pi, Map<String, Object> preparation, Map<String, Object> report,
      NotificationScope scope, String absent) {
    if (preparation != null) {
      walk.submitAll(pi, "prepareMeeting", MeetingDriver.PRINCIPAL, preparation);
      walk.submitAll(pi, "reviewPreparation", MeetingDriver.SUPERVISOR, MeetingForms.passPreparation());
    }
    walk.submitAllAsAssignees(pi, "recordTalk", MeetingForms.talkRecord());
    walk.submitAllAsAssignees(pi, "confirmTalk", MeetingForms.talkConfirmation(true, null));
    walk.submitAllAsAssignees(pi, "draftReport", report);
    walk.submitAllAsAssignees(pi, "commentOnDraft", MeetingForms.comment());
    walk.submitAll(pi, "superviseReport", MeetingDriver.SUPERVISOR, MeetingForms.approve());
    walk.submitAll(pi, "reviewReport", MeetingDriver.SUPERIOR, MeetingForms.approve());
    walk.submitAll(pi, "scheduleMeeting", MeetingDriver.PRINCIPAL, MeetingForms.schedule(MeetingDriver.SUPERVISOR));
    walk.submitAll(pi, "holdMeeting", MeetingDriver.PRINCIPAL, absent == null
        ? MeetingForms.record(MeetingDriver.GROUP, MeetingDriver.SUPERVISOR)
        : MeetingForms.recordWithAbsent(MeetingDriver.GROUP, MeetingDriver.SUPERVISOR, absent));
    if (absent != null) {
      walk.submitAll(pi, "makeUpMeeting", absent, MeetingForms.makeUp());
    }
    walk.submitAll(pi, "giveCommentary", MeetingDriver.SUPERVISOR, MeetingForms.commentary(MeetingDriver.GROUP, MeetingDriver.SUPERVISOR));
    String circulate = walk.tasks(pi, "circulateNotification", MeetingDriver.PRINCIPAL).get(0);
    String text = walk.formVariable(MeetingDriver.PRINCIPAL, circulate, "notificationText").asText();
    walk.submit(MeetingDriver.PRINCIPAL, circulate, MeetingForms.circulation(text + "\n\n（经班子审定）", scope));
    walk.submitAll(pi, "acknowledgeNotification", MeetingDriver.SUPERIOR, MeetingForms.acknowledgement());
    walk.submitAllAsAssignees(pi, "readNotification", MeetingForms.notificationRead());
    assertThat(Rest.as(port, "demo").get("/engine-rest/history/process-instance/" + pi).json().path("state").asText())
        .isEqualTo("COMPLETED");
  }

  /** The meeting of the instance, as the API shows it to the supervisor. */
  private JsonNode meetingOf(String pi) {
    for (JsonNode m : Rest.as(port, MeetingDriver.SUPERIOR).get("/api/meetings?unit=dh-county").json()) {
      if (m.path("processInstanceId").asText().equals(pi)) {
        return Rest.as(port, MeetingDriver.SUPERVISOR).get("/api/meetings/" + m.path("id").asLong()).json();
      }
    }
    throw new AssertionError("no meeting of " + pi);
  }

  @Test
  void badInputGetsA400WithTheReasonAndTheTaskStaysOpen() {
    String pi = Rest.as(port, MeetingDriver.OFFICE)
        .post("/engine-rest/process-definition/key/democratic-life-meeting/start", Map.of("businessKey", "dh-county"))
        .json().path("id").asText();
    String task = walk.tasks(pi, "prepareMeeting", MeetingDriver.PRINCIPAL).get(0);
    Rest principal = Rest.as(port, MeetingDriver.PRINCIPAL);

    assertThat(principal.get("/engine-rest/task/" + task).json().path("name").asText())
        .as("the task names its unit").endsWith(" · 中共东河县委");
    // the form states the limits it checks
    assertThat(principal.get("/engine-rest/task/" + task + "/deployed-form").json().toString())
        .contains("至少 10 字，最多 4000 字").contains("格式：年-月-日");

    Map<String, Object> missing = MeetingForms.preparation(MeetingDriver.GROUP);
    missing.remove("opinionSummary");
    Rest.Response response = principal.post("/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", Rest.variables(missing)));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).contains("“意见汇总”为必填项");

    Map<String, Object> unknownMember = MeetingForms.preparation(MeetingDriver.GROUP);
    unknownMember.put("problems", org.massline.forms.Values.json(List.of(
        MeetingForms.problem("somebody-else", "HEDONISM", "SELF", "贪图安逸，工作标准不高"))));
    response = principal.post("/engine-rest/task/" + task + "/complete", Map.of("variables", Rest.variables(unknownMember)));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).contains("“somebody-else”不是可选项");

    Map<String, Object> routing = MeetingForms.preparation(MeetingDriver.GROUP);
    routing.put(MeetingProcess.REPORT_APPROVED.name(), true);
    response = principal.post("/engine-rest/task/" + task + "/complete", Map.of("variables", Rest.variables(routing)));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).contains("表单中没有字段“reportApproved”");

    assertThat(principal.get("/engine-rest/task/" + task).status()).isEqualTo(200);
    assertThat(principal.get("/engine-rest/task/" + task + "/variables/studyTopics").status()).isEqualTo(404);
  }

  @Test
  void anUnknownUnitOneWithoutLeadershipGroupOrAVillageIsRefusedAndNothingStarts() {
    Rest office = Rest.as(port, MeetingDriver.OFFICE);
    int before = Rest.as(port, "demo").get("/engine-rest/process-instance/count").json().path("count").asInt();
    Rest.Response unknown = office.post("/engine-rest/process-definition/key/democratic-life-meeting/start",
        Map.of("businessKey", "no-such-unit"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("message").asText()).contains("单位“no-such-unit”不存在");
    Rest.Response noKey = office.post("/engine-rest/process-definition/key/democratic-life-meeting/start", Map.of());
    assertThat(noKey.status()).isEqualTo(400);
    assertThat(noKey.json().path("message").asText()).contains("业务键");
    // a village branch holds the organizational life meeting instead (processes/unit-category.dmn)
    Rest.Response village = office.post("/engine-rest/process-definition/key/democratic-life-meeting/start",
        Map.of("businessKey", "dh-chengguan-nanguan"));
    assertThat(village.status()).isEqualTo(400);
    assertThat(village.json().path("message").asText())
        .isEqualTo("无法发起“专题民主生活会”：单位“城关镇南关村党支部”属于“村社区”，按分类指导召开组织生活会，不召开专题民主生活会");
    // Tasklist's start form: the unit chosen in the form, validated the same way
    String definition = Rest.as(port, "demo").get("/engine-rest/process-definition/key/democratic-life-meeting")
        .json().path("id").asText();
    Rest.Response form = office.post("/engine-rest/process-definition/" + definition + "/submit-form",
        Map.of("variables", Rest.variables(Map.of(MeetingProcess.UNIT_ID.name(), "no-such-unit"))));
    assertThat(form.status()).isEqualTo(400);
    assertThat(form.json().path("message").asText()).contains("单位“no-such-unit”不存在");
    assertThat(Rest.as(port, "demo").get("/engine-rest/process-instance/count").json().path("count").asInt())
        .isEqualTo(before);

    // the start form offers each office its own units, by name
    JsonNode units = office.get("/engine-rest/process-definition/" + definition + "/deployed-start-form").json()
        .path("components").get(2);
    assertThat(units.path("valuesKey").isMissingNode()).isTrue();
    List<String> offered = new ArrayList<>();
    units.path("values").forEach(option -> offered.add(option.path("label").asText() + "=" + option.path("value").asText()));
    assertThat(offered).contains("中共东河县委=dh-county").noneMatch(option -> option.endsWith("=xs-county"))
        .noneMatch(option -> option.endsWith("=dh-chengguan-nanguan")); // has a principal, but is a village
    List<String> cityOffers = new ArrayList<>();
    Rest.as(port, "maxiaodong").get("/engine-rest/process-definition/" + definition + "/deployed-start-form").json()
        .path("components").get(2).path("values").forEach(option -> cityOffers.add(option.path("value").asText()));
    assertThat(cityOffers).contains("dh-county", "xs-county");

    // 东河县's office cannot start one for 西山县; the city's office can
    Rest.Response foreign = office.post("/engine-rest/process-definition/" + definition + "/submit-form",
        Map.of("variables", Rest.variables(Map.of(MeetingProcess.UNIT_ID.name(), "xs-county"))));
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.json().path("message").asText()).contains("只有本单位或上级单位的教育实践活动办公室");
    Rest.Response started = Rest.as(port, "maxiaodong").post("/engine-rest/process-definition/" + definition + "/submit-form",
        Map.of("variables", Rest.variables(Map.of(MeetingProcess.UNIT_ID.name(), "xs-county",
            MeetingProcess.MEETING_TITLE.name(), "2014年度民主生活会"))));
    assertThat(started.status()).isEqualTo(200);
    assertThat(started.json().path("businessKey").asText()).isEqualTo("xs-county");
  }

  @Test
  void aMeetingStartsPlainlyOnlyForTheOfficesOwnUnits() {
    Rest office = Rest.as(port, MeetingDriver.OFFICE);
    String start = "/engine-rest/process-definition/key/democratic-life-meeting/start";
    Rest.Response foreign = office.post(start, Map.of("businessKey", "xs-county"));
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.json().path("message").asText()).contains("只有本单位或上级单位的教育实践活动办公室");
    Rest.Response midway = office.post(start, Map.of("businessKey", "dh-county",
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "handOffToRectification"))));
    assertThat(midway.status()).isEqualTo(403);
    assertThat(midway.json().path("message").asText()).contains("不能从流程中间开始");
    Rest.Response forged = office.post(start, Map.of("businessKey", "dh-county",
        "variables", Map.of(MeetingProcess.MEETING_ID.name(), Map.of("value", 1))));
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.json().path("message").asText()).contains("不能附带流程变量");
    assertThat(Rest.as(port, "chenlixin").post(start, Map.of("businessKey", "dh-county")).status()).isIn(400, 403);
  }

  @Test
  void participantsCannotMoveTheProcessAroundTheirForms() {
    String pi = Rest.as(port, MeetingDriver.OFFICE)
        .post("/engine-rest/process-definition/key/democratic-life-meeting/start", Map.of("businessKey", "dh-county"))
        .json().path("id").asText();
    walk.submitAll(pi, "prepareMeeting", MeetingDriver.PRINCIPAL, MeetingForms.preparation(MeetingDriver.GROUP));
    walk.submitAll(pi, "reviewPreparation", MeetingDriver.SUPERVISOR, MeetingForms.passPreparation());
    Rest member = Rest.as(port, "wuguoping");
    String draft = walk.tasks(pi, "draftReport", "wuguoping").get(0);
    assertThat(member.post("/engine-rest/task/" + draft + "/bpmnEscalation", Map.of(
        "escalationCode", "REPORT_REJECTED_REPEATEDLY",
        "variables", Map.of(MeetingProcess.SUPERIOR_LEADER.name(), Map.of("value", "wuguoping")))).status()).isEqualTo(403);
    assertThat(member.post("/engine-rest/task/" + draft + "/bpmnError", Map.of("errorCode", "x")).status()).isEqualTo(403);
    // nor call a reminder talk of their own making
    assertThat(member.post("/engine-rest/message", Map.of("messageName", MeetingProcess.REMINDER_TALK_REQUESTED,
        "processInstanceId", pi, "processVariablesToTriggeredScope", Map.of(MeetingProcess.REPORT_ID.name(),
            Map.of("value", 1)))).status()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(MeetingProcess.REMINDER_TALK).count()).isZero();
    assertThat(member.post("/engine-rest/task/" + draft + "/resolve", Map.of("variables", Map.of())).status()).isEqualTo(403);
    assertThat(member.post("/engine-rest/task/" + draft + "/delegate", Map.of("userId", "yangxiuying")).status()).isEqualTo(403);
    assertThat(Rest.as(port, "demo").get("/engine-rest/process-instance/" + pi + "/variables/superiorLeader").json()
        .path("value").asText()).isEqualTo(MeetingDriver.SUPERIOR);

    walk.submitAllAsAssignees(pi, "draftReport", MeetingForms.report(1));
    walk.submitAll(pi, "superviseReport", MeetingDriver.SUPERVISOR, MeetingForms.approve());
    String review = walk.tasks(pi, "reviewReport", MeetingDriver.SUPERIOR).get(0);
    Rest superior = Rest.as(port, MeetingDriver.SUPERIOR);
    assertThat(superior.post("/engine-rest/task/" + review + "/claim", Map.of("userId", "wuguoping")).status()).isEqualTo(403);
    assertThat(superior.post("/engine-rest/task/" + review + "/claim", Map.of("userId", MeetingDriver.SUPERIOR)).status())
        .isEqualTo(204);
  }
}
