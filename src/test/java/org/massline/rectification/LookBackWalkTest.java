package org.massline.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.massline.app.Clock;
import org.massline.forms.Values;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.massline.support.RestWalk;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 东河县's look-back (回头看) through the REST API as Tasklist works it: every unit of the county
 * self-checks (南关村 puts a new problem on its ledger), each is checked by its superior (柳树乡桃园村
 * marked poor), the county office spot-checks the units drawn by the recorded seed, and 陈立新 records
 * the expanded meeting; the marks say who may not be considered for awards.
 */
class LookBackWalkTest extends MasslineTest {

  static final String START = "/engine-rest/process-definition/key/" + LookBackProcess.KEY + "/start";
  static final List<String> COUNTY = List.of("dh-county", "dh-chengguan", "dh-liushu", "dh-chengguan-dongjie",
      "dh-chengguan-nanguan", "dh-liushu-hexi", "dh-liushu-taoyuan");

  @LocalServerPort
  int port;

  RestWalk walk;

  @BeforeEach
  void walk() {
    walk = new RestWalk(port, engine);
  }

  @Test
  void everyUnitSelfChecksIsCheckedLevelByLevelAndADrawnSampleIsSpotChecked() {
    assertThat(Rest.as(port, "huangzhiming").post(START, Map.of("businessKey", "dh-county")).status())
        .as("another county's leader").isEqualTo(403);
    String pi = Rest.as(port, "hejing").post(START, Map.of("businessKey", "dh-county")).json().path("id").asText();
    assertThat(Rest.as(port, "hejing").post(START, Map.of("businessKey", "dh-county")).status())
        .as("once a year").isEqualTo(409);

    List<String> principals = new ArrayList<>();
    for (JsonNode task : tasks(pi, LookBackProcess.SELF_CHECK_LOOK_BACK)) {
      principals.add(task.path("assignee").asText());
      String user = task.path("assignee").asText();
      assertThat(walk.formVariable(user, task.path("id").asText(), "ledgerText").asText()).contains("整改台账");
      walk.submit(user, task.path("id").asText(), selfCheck(user.equals("tianfang")
          ? List.of(newProblem("tianfang", Clock.today().plusDays(60))) : List.of()));
    }
    assertThat(principals).as("every unit of the county").containsExactlyInAnyOrder("chenlixin", "liangyong",
        "tangwei", "xiaojun", "tianfang", "dongjian", "yuanmei");

    for (JsonNode task : tasks(pi, LookBackProcess.CHECK_LOOK_BACK)) {
      String user = task.path("assignee").asText();
      boolean taoyuan = task.path("name").asText().contains("桃园村");
      walk.submit(user, task.path("id").asText(), Map.of("mark", taoyuan ? "POOR" : "GOOD", "findings",
          taoyuan ? "承诺群众的道路硬化未动工，整改走过场" : "整改措施落实，群众基本满意"));
    }

    JsonNode spotChecks = tasks(pi, LookBackProcess.SPOT_CHECK_LOOK_BACK);
    assertThat(spotChecks).as("30 % of 7 units, rounded up").hasSize(3);
    for (JsonNode task : spotChecks) {
      walk.submit("hejing", task.path("id").asText(), Map.of("mark", "FAIR", "findings", "抽查走访群众，整改基本到位"));
    }
    String notify = walk.tasks(pi, LookBackProcess.NOTIFY_LOOK_BACK, "chenlixin").get(0);
    assertThat(walk.formVariable("chenlixin", notify, "lookBackText").asText()).contains("柳树乡桃园村党支部");
    Map<String, Object> meeting = new LinkedHashMap<>();
    meeting.put("heldOn", Clock.today().toString());
    meeting.put("attendance", "县委常委，各乡镇党委书记");
    meeting.put("memberReports", "陈立新、吴国平、杨秀英、周建华分别报告了个人整改措施落实情况");
    meeting.put("summary", "通报全县整改落实“回头看”情况，对整改差的单位提出限期整改要求");
    walk.submit("chenlixin", notify, meeting);

    long id = Rest.as(port, "gaoming").get("/api/look-backs?unit=dh-county").json().get(0).path("id").asLong();
    JsonNode view = Rest.as(port, "gaoming").get("/api/look-backs/" + id).json();
    assertThat(view.path("lookBack").path("status").asText()).isEqualTo("COMPLETED");
    assertThat(view.path("units")).hasSize(COUNTY.size());
    assertThat(view.path("sample")).as("the sample drawn again from the recorded seed").isEqualTo(view.path("sampleFromSeed"));
    List<String> sample = new ArrayList<>();
    view.path("sample").forEach(u -> sample.add(u.asText()));
    assertThat(SpotCheckDraw.draw(COUNTY, 0.3, view.path("lookBack").path("seed").asLong())).isEqualTo(sample);
    boolean taoyuanDrawn = sample.contains("dh-liushu-taoyuan");
    view.path("units").forEach(u -> {
      if (u.path("unitId").asText().equals("dh-liushu-taoyuan") && !taoyuanDrawn) {
        assertThat(u.path("eligibleForAwards").asBoolean()).as("poor: no awards").isFalse();
      }
    });
    assertThat(view.path("notification").path("summary").asText()).contains("回头看");
    String marks = Rest.as(port, "hejing").get("/api/look-backs/" + id + "/marks.csv").body();
    assertThat(marks).startsWith("\uFEFF单位编号").contains("柳树乡桃园村党支部");
    assertThat(marks.contains("否（整改差")).isEqualTo(!taoyuanDrawn);

    // the new problem 南关村 found is on its ledger and tracked like every item
    JsonNode nanguan = Rest.as(port, "tianfang").get("/api/units/dh-chengguan-nanguan/ledger").json().path("items");
    assertThat(nanguan).hasSize(1);
    assertThat(nanguan.get(0).path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("dh-chengguan-nanguan")
        .taskDefinitionKey(LedgerItemProcess.REPORT_LEDGER_PROGRESS).taskAssignee("tianfang").count()).isEqualTo(1);
  }

  private JsonNode tasks(String pi, String activity) {
    JsonNode tasks = Rest.as(port, "demo").get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey="
        + activity).json();
    assertThat(tasks).as(activity).isNotEmpty();
    return tasks;
  }

  static Map<String, Object> selfCheck(List<Map<String, Object>> newProblems) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("study", "班子集中学习总结大会讲话精神三次，制定巩固成果的具体措施");
    v.put("plan", "整改方案所列事项大部分按期完成，群众评议满意率较高");
    v.put("special", "专项整治任务逐项排查，会议文件明显精简");
    v.put("institutions", "出台议事规则和公务接待办法，严格执行");
    v.put("joint", "需上级解决的审批问题已移交上级单位");
    v.put("responsibility", "主要负责同志负总责，班子成员按分工抓落实");
    v.put("unfinished", "道路硬化一项由主要负责同志负责，明年三月前完成");
    v.put("newProblems", Values.json(newProblems));
    return v;
  }

  static Map<String, Object> newProblem(String owner, java.time.LocalDate deadline) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("wind", "BUREAUCRATISM");
    p.put("task", "村务公开栏更新不及时，群众看不到低保评定结果");
    p.put("measures", "每月五日前更新村务公开栏，低保评定结果张榜公示七天");
    p.put("deadline", deadline.toString());
    p.put("owner", owner);
    return p;
  }
}
