package org.massline.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.massline.app.Clock;
import org.massline.forms.Values;
import org.massline.organization.OrganizationRepository;
import org.massline.support.Jobs;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.massline.support.RestWalk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 东河县's campaign through the REST API as Tasklist and the progress page work it: the office 何静 starts
 * it (refused for a date long past, for a unit outside its county, twice), drafts the implementation plan
 * (refused for a tier that opens too late to finish), the supervision group (高明) returns it once and
 * approves it; the county's own campaign opens with tier 1, its first stage's gate sends it back once;
 * a served unit is not asked twice; tier 2 opens while tier 1 runs, its weak township is reorganized first
 * and the township without a superior waits for its office; the contact-point cadre watches his unit.
 */
class CampaignWalkTest extends MasslineTest {

  static final String COUNTY = "dh-county";
  static final String OFFICE = "hejing";
  static final String PRINCIPAL = "chenlixin";
  static final String SUPERVISOR = "gaoming";
  static final String START = "/engine-rest/process-definition/key/" + CampaignProcess.KEY + "/start";

  @LocalServerPort
  int port;

  @Autowired
  OrganizationRepository organization;

  RestWalk walk;

  @BeforeEach
  void walk() {
    walk = new RestWalk(port, engine);
  }

  @AfterEach
  void noWeakUnitsLeft() {
    organization.findWeakUnits().forEach(organization::unflagWeak);
  }

  static Map<String, Object> start(String unit, LocalDate startsOn) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("unitId", unit);
    values.put("title", "东河县党的群众路线教育实践活动");
    values.put("startsOn", startsOn.toString());
    return Map.of("businessKey", unit, "variables", Rest.variables(values));
  }

  static Map<String, Object> plan(LocalDate tier2, LocalDate tier3, List<String> weak) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("problems", "部分乡镇干部服务群众意识不强，文山会海、检查评比过多，群众办事难的问题突出");
    values.put("risks", "基层干部担心走过场，防止一窝蜂征求意见、公文旅行");
    values.put("tier2OpensOn", tier2.toString());
    values.put("tier3OpensOn", tier3.toString());
    values.put("weakUnits", Values.json(weak));
    return values;
  }

  @Test
  void anOfficeRollsItsCountyOutTierByTierWithGatesThatSendAUnitBack() {
    LocalDate today = Clock.today();
    Rest office = Rest.as(port, OFFICE);

    // refused: a date long past, a unit outside the office's county — nothing started
    Rest.Response early = office.post(START, start(COUNTY, today.minusDays(30)));
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.body()).contains("开始日期").contains("太早");
    Rest.Response outside = office.post(START, start("xs-county", today));
    assertThat(outside.status()).isEqualTo(403);
    assertThat(outside.body()).contains("教育实践活动办公室");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY)
        .count()).isZero();

    String pi = office.post(START, start(COUNTY, today)).json().path("id").asText();
    assertThat(pi).isNotBlank();
    assertThat(office.post(START, start(COUNTY, today)).status()).as("one campaign at a time").isEqualTo(409);
    Rest.Response overlapping = Rest.as(port, "maxiaodong").post(START, start("jc-city", today));
    assertThat(overlapping.status()).as("the city's campaign would cover the county's units").isEqualTo(409);
    assertThat(overlapping.body()).contains("重叠");
    long id = 0;
    for (JsonNode c : office.get("/api/campaigns").json()) {
      if (c.path("processInstanceId").asText().equals(pi)) {
        id = c.path("id").asLong();
      }
    }
    assertThat(id).isPositive();

    // the implementation plan: a tier that opens too late to finish its three months is refused
    String draft = walk.tasks(pi, CampaignProcess.DRAFT_IMPLEMENTATION_PLAN, OFFICE).get(0);
    assertThat(walk.formVariable(OFFICE, draft, "planContext").asText()).contains("参加单位 7 个")
        .contains("第三梯次 4 个");
    assertThat(walk.formVariable(OFFICE, draft, "tier2OpensOn").asText()).isEqualTo(today.plusMonths(1).toString());
    Rest.Response late = walk.trySubmit(OFFICE, draft, plan(today.plusMonths(1), today.plusMonths(6), List.of()));
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.body()).contains("第三梯次").contains("开始太晚");
    Rest.Response stranger = walk.trySubmit(OFFICE, draft, plan(today.plusMonths(1), today.plusMonths(2),
        List.of("xs-shimen")));
    assertThat(stranger.status()).as("a weak unit outside the campaign").isEqualTo(400);
    walk.submit(OFFICE, draft, plan(today.plusMonths(1), today.plusMonths(2), List.of("dh-liushu")));

    // the supervision group returns it once (with reasons only), the office redrafts from what it wrote
    String review = walk.tasks(pi, CampaignProcess.REVIEW_IMPLEMENTATION_PLAN, SUPERVISOR).get(0);
    assertThat(walk.formVariable(SUPERVISOR, review, "planText").asText()).contains("东河县柳树乡党委");
    assertThat(walk.trySubmit(SUPERVISOR, review, Map.of("decision", "RETURN", "reasons", "")).status())
        .isEqualTo(400);
    walk.submit(SUPERVISOR, review, Map.of("decision", "RETURN", "reasons", "风险分析要具体到各乡镇的情况"));
    draft = walk.tasks(pi, CampaignProcess.DRAFT_IMPLEMENTATION_PLAN, OFFICE).get(0);
    assertThat(walk.formVariable(OFFICE, draft, "problems").asText()).contains("文山会海");
    assertThat(walk.formVariable(OFFICE, draft, "planContext").asText()).contains("风险分析要具体到各乡镇");
    walk.submit(OFFICE, draft, plan(today.plusMonths(1), today.plusMonths(2), List.of("dh-liushu")));
    walk.submit(SUPERVISOR, walk.tasks(pi, CampaignProcess.REVIEW_IMPLEMENTATION_PLAN, SUPERVISOR).get(0),
        Map.of("decision", "APPROVE"));
    assertThat(office.get("/api/campaigns/" + id).json().path("plans")).hasSize(2);

    // tier 1 opens on the start date: the county itself; tiers 2 and 3 are planned
    Jobs.runDue(engine);
    JsonNode progress = office.get("/api/campaigns/" + id + "/progress").json();
    assertThat(progress.path("units").asInt()).isEqualTo(7);
    assertThat(progress.path("tiers").get(0).path("stages").get(0).path("inProgress").asInt()).isEqualTo(1);
    assertThat(progress.path("tiers").get(1).path("stages").get(0).path("planned").asInt()).isEqualTo(2);
    assertThat(progress.path("tiers").get(2).path("stages").get(0).path("planned").asInt()).isEqualTo(4);
    assertThat(Rest.as(port, "huangzhiming").get("/api/campaigns/" + id + "/progress").status())
        .as("another county's principal").isEqualTo(403);

    // stage 1: study, a round of opinions asking a township; the gate sends the county back once
    String unitPi = unitCampaign(COUNTY);
    walk.submit(PRINCIPAL, walk.tasks(unitPi, UnitCampaignProcess.RECORD_STUDY_SESSIONS, PRINCIPAL).get(0),
        Map.of("sessions", Values.json(List.of(Map.of("heldOn", today.toString(), "hours", 3.5,
            "topic", "学习党章和中央八项规定", "attended", 9, "absent", 1, "makeUp", "个别补学")))));
    walk.submit(PRINCIPAL, walk.tasks(unitPi, UnitCampaignProcess.SOLICIT_OPINIONS, PRINCIPAL).get(0),
        round(List.of("dh-chengguan"), false));
    String gate = walk.tasks(unitPi, UnitCampaignProcess.CHECK_STUDY_STAGE, SUPERVISOR).get(0);
    assertThat(walk.formVariable(SUPERVISOR, gate, "stageRecord").asText()).contains("学习党章")
        .contains("征求意见 1 轮").contains("窗口办事要跑多次");
    Rest.Response noReasons = walk.trySubmit(SUPERVISOR, gate, Map.of("decision", "REDO", "failedChecks",
        Values.json(List.of("SOLICITATION")), "reasons", ""));
    assertThat(noReasons.status()).isEqualTo(400);
    assertThat(noReasons.body()).contains("回炉补课须写明理由");
    walk.submit(SUPERVISOR, gate, Map.of("decision", "REDO", "failedChecks", Values.json(List.of("SOLICITATION")),
        "reasons", "征求意见只走访了一个乡镇，范围不够广"));
    JsonNode unitView = office.get("/api/campaigns/" + id + "/units/" + COUNTY).json();
    assertThat(unitView.path("stages").get(0).path("plan").path("rounds").asInt()).as("sent back").isEqualTo(2);
    assertThat(unitView.path("gates").get(0).path("failedCheckLabels").get(0).asText()).isEqualTo("征求意见不深入");

    // 防止“一窝蜂”: the township the county asked is not asked again
    String second = walk.tasks(unitPi, UnitCampaignProcess.SOLICIT_OPINIONS, PRINCIPAL).get(0);
    Rest.Response twice = walk.trySubmit(PRINCIPAL, second, round(List.of("dh-chengguan"), false));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("东河县城关镇党委已于").contains("中共东河县委征求过意见");

    // tier 2 opens a month later while the county is still in its first stage
    ClockUtil.setCurrentTime(startOf(today.plusMonths(1).plusDays(1)));
    Jobs.runDue(engine);
    progress = office.get("/api/campaigns/" + id + "/progress").json();
    assertThat(progress.path("tiers").get(0).path("unitsDone").asInt()).as("tier 1 still running").isZero();
    assertThat(office.get("/api/campaigns/" + id + "/units/dh-liushu").json().path("statusLabel").asText())
        .isEqualTo("整顿软弱涣散班子");
    assertThat(office.get("/api/campaigns/" + id + "/units/dh-chengguan").json().path("statusLabel").asText())
        .isEqualTo("学习教育、听取意见");
    assertThat(progress.path("tiers").get(1).path("stages").get(0).path("inProgress").asInt())
        .as("城关镇 in its first stage while the county is in its own: the tiers overlap").isEqualTo(1);
    assertThat(progress.path("lateUnitCount").asInt()).as("the county's first stage is past its month").isEqualTo(1);
    assertThat(progress.path("lateUnits").get(0).path("unitId").asText()).isEqualTo(COUNTY);
    String liushu = unitCampaign("dh-liushu");
    assertThat(walk.tasks(liushu, UnitCampaignProcess.REORGANIZE_UNIT, "yangxiuying")).as("weak: reorganized first")
        .hasSize(1);

    // tier 3 a month later: a village with one party member cannot hold its organizational life meeting yet
    ClockUtil.setCurrentTime(startOf(today.plusMonths(2).plusDays(1)));
    Jobs.runDue(engine);
    String dongjie = unitCampaign("dh-chengguan-dongjie");
    String records = walk.tasks(dongjie, UnitCampaignProcess.COMPLETE_UNIT_RECORDS, OFFICE).get(0);
    assertThat(walk.formVariable(OFFICE, records, "gaps").asText()).contains("党员不足");
    Rest.Response notYet = walk.trySubmit(OFFICE, records, Map.of("note", "已通知城关镇党委发展和接转党员"));
    assertThat(notYet.status()).as("the gap is still there").isEqualTo(400);
    assertThat(notYet.body()).contains("组织信息仍不齐全");

    // the county goes on: a second round, the gate passes, its problem list (traced to the register) feeds its meeting
    walk.submit(PRINCIPAL, walk.tasks(unitPi, UnitCampaignProcess.RECORD_STUDY_SESSIONS, PRINCIPAL).get(0),
        Map.of("sessions", Values.json(List.of(Map.of("heldOn", Clock.today().toString(), "hours", 2,
            "topic", "专题讨论：对照“四风”查摆问题", "attended", 10, "absent", 0)))));
    walk.submit(PRINCIPAL, second, round(List.of(), false));
    walk.submit(SUPERVISOR, walk.tasks(unitPi, UnitCampaignProcess.CHECK_STUDY_STAGE, SUPERVISOR).get(0),
        Map.of("decision", "PASS"));
    String list = walk.tasks(unitPi, UnitCampaignProcess.LIST_PROBLEMS, PRINCIPAL).get(0);
    assertThat(walk.formVariable(PRINCIPAL, list, "register").asText()).contains("4. 有的领导下基层走马观花");
    Rest.Response untraced = walk.trySubmit(PRINCIPAL, list, problems("9"));
    assertThat(untraced.status()).isEqualTo(400);
    assertThat(untraced.body()).contains("意见 9 不在意见台账中");
    walk.submit(PRINCIPAL, list, problems("1，3"));
    String meeting = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(
        "democratic-life-meeting").processInstanceBusinessKey(COUNTY).singleResult().getId();
    String prepare = walk.tasks(meeting, "prepareMeeting", PRINCIPAL).get(0);
    assertThat(walk.formVariable(PRINCIPAL, prepare, "problems").get(0).path("description").asText())
        .startsWith("群众办事多次跑腿、材料反复提交").endsWith("（意见台账第 1,3 条）");

    // 李建国's contact point is 柳树乡: he watches it, not a unit that is not his
    assertThat(Rest.as(port, "lijianguo").get("/api/campaigns/" + id + "/units/dh-liushu").json()
        .path("statusLabel").asText()).isEqualTo("整顿软弱涣散班子");
    assertThat(Rest.as(port, "huangzhiming").get("/api/campaigns/" + id + "/units/dh-liushu").status())
        .isEqualTo(403);
    assertThat(Rest.as(port, "lijianguo").get("/engine-rest/process-instance?processDefinitionKey="
        + UnitCampaignProcess.KEY).json()).as("in Cockpit: the county his city leads, and his contact point — not the other township")
        .extracting(instance -> instance.path("businessKey").asText()).containsExactlyInAnyOrder("dh-county",
            "dh-liushu");
    assertThat(engine.getAuthorizationService().isUserAuthorized("lijianguo", List.of(), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).as("Cockpit opens for him").isTrue();
  }

  String unitCampaign(String unit) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnitCampaignProcess.KEY)
        .processInstanceBusinessKey(unit).singleResult().getId();
  }

  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(Clock.ZONE).toInstant());
  }

  static Map<String, Object> problems(String opinions) {
    return Map.of("problems", Values.json(List.of(Map.of("wind", "BUREAUCRATISM", "description",
        "群众办事多次跑腿、材料反复提交", "opinions", opinions))));
  }

  static Map<String, Object> round(List<String> asked, boolean more) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("audience", "乡镇干部和服务对象代表");
    values.put("heldOn", Clock.today().toString());
    values.put("askedUnits", Values.json(asked));
    List<Map<String, Object>> opinions = new ArrayList<>();
    opinions.add(Map.of("content", "窗口办事要跑多次，材料反复要求提交", "channel", "COLLECTIVE", "anonymous", false,
        "source", "城关镇企业代表", "concerns", "GROUP"));
    opinions.add(Map.of("content", "有的领导下基层走马观花", "channel", "BACK_TO_BACK", "anonymous", true,
        "concerns", PRINCIPAL));
    values.put("opinions", Values.json(opinions));
    values.put("moreRounds", more);
    return values;
  }
}
