package org.massline.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.massline.rectification.RectificationForms.acceptance;
import static org.massline.rectification.RectificationForms.item;
import static org.massline.rectification.RectificationForms.plan;
import static org.massline.rectification.RectificationForms.progress;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.massline.app.Clock;
import org.massline.forms.Values;
import org.massline.meeting.MeetingDriver;
import org.massline.supervision.DeadlineSweep;
import org.massline.supervision.SupervisionNoticeProcess;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.massline.support.RestWalk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 中共东河县委's rectification after its democratic life meeting, through the REST API as Tasklist
 * works it, each step by its own user: the office 何静 starts it, 陈立新 drafts the plan from the
 * meeting's problems, criticisms and commentary, the supervision group (高明) adds an item, 张志刚
 * returns it once and approves it; items are reported, confirmed and appraised by the masses until
 * closed; a quick fix; the ledger and its Excel export.
 */
class RectificationWalkTest extends MasslineTest {

  static final String UNIT = "dh-county";
  static final String OFFICE = "hejing";
  static final String PRINCIPAL = "chenlixin";
  static final List<String> LEADERSHIP = List.of(PRINCIPAL, "wuguoping", "yangxiuying", "zhoujianhua");
  static final String SUPERIOR = "zhangzhigang";
  static final String SUPERVISOR = "gaoming";
  static final String START = "/engine-rest/process-definition/key/" + RectificationProcess.KEY + "/start";

  @LocalServerPort
  int port;

  @Autowired
  DeadlineSweep sweep;
  @Autowired
  LedgerEscalationSweep escalationSweep;

  RestWalk walk;

  @BeforeEach
  void walk() {
    walk = new RestWalk(port, engine);
  }

  @Test
  void aMeetingsProblemsBecomeAPlanWhoseItemsAreClosedOnlyWhenConfirmedAndAcceptedByTheMasses() throws Exception {
    MeetingDriver.start(engine).prepare().talk().draft(1).commentOnGroupDraft().approveAll().holdMeeting()
        .notifyAndAcknowledge();

    JsonNode started = Rest.as(port, OFFICE).post(START, Map.of("businessKey", UNIT)).json();
    String pi = started.path("id").asText();
    assertThat(pi).isNotBlank();
    assertThat(Rest.as(port, OFFICE).post(START, Map.of("businessKey", UNIT)).status())
        .as("one rectification per unit at a time").isEqualTo(409);
    long id = 0;
    for (JsonNode r : Rest.as(port, SUPERVISOR).get("/api/rectifications?unit=" + UNIT).json()) {
      if (r.path("processInstanceId").asText().equals(pi)) {
        id = r.path("id").asLong();
      }
    }
    long rectificationId = id;
    JsonNode view = Rest.as(port, SUPERVISOR).get("/api/rectifications/" + id).json();
    List<String> sources = new ArrayList<>();
    view.path("problems").forEach(p -> sources.add(p.path("source").asText()));
    assertThat(sources).as("the meeting's problems, the criticisms received and the commentary's points")
        .contains("MEETING_PROBLEM", "CRITICISM", "COMMENTARY");

    // the plan: refused with every reason until it is a plan, nothing written meanwhile
    String draft = walk.tasks(pi, RectificationProcess.DRAFT_RECTIFICATION_PLAN, PRINCIPAL).get(0);
    assertThat(walk.formVariable(PRINCIPAL, draft, "planContext").asText()).contains("会上收到的批评意见");
    Map<String, Object> bad = plan(List.of(item("own", "FORMALISM", Clock.today().minusDays(1), PRINCIPAL),
        item("own", "HEDONISM", Clock.today().plusDays(30), "wuguoping")));
    Rest.Response refused = walk.trySubmit(PRINCIPAL, draft, bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("早于今天").contains("杨秀英").contains("周建华");
    Rest.Response stranger = walk.trySubmit(PRINCIPAL, draft, plan(List.of(item("own", "FORMALISM",
        Clock.today().plusDays(30), SUPERVISOR))));
    assertThat(stranger.status()).as("an owner outside the unit").isEqualTo(400);
    Rest.Response unknownWind = walk.trySubmit(PRINCIPAL, draft, plan(List.of(item("own", "LAZINESS",
        Clock.today().plusDays(30), PRINCIPAL))));
    assertThat(unknownWind.status()).as("an unknown wind").isEqualTo(400);
    assertThat(Rest.as(port, SUPERVISOR).get("/api/rectifications/" + id).json().path("plans")).isEmpty();

    // the first draft offers an item for every problem found, the criticisms and the commentary among them
    List<Map<String, Object>> found = new ArrayList<>();
    for (String source : List.of("【会上收到的批评意见】", "【督导组点评指出的问题】")) {
      JsonNode offered = null;
      for (JsonNode i : walk.formVariable(PRINCIPAL, draft, "items")) {
        if (offered == null && i.path("task").asText().startsWith(source)) {
          offered = i;
        }
      }
      assertThat(offered).as("an item offered for %s", source).isNotNull();
      Map<String, Object> completed = item("own", offered.path("wind").asText("FORMALISM"),
          Clock.today().plusDays(75), offered.path("owner").asText());
      completed.put("task", offered.path("task").asText());
      found.add(completed);
    }
    List<Map<String, Object>> firstDraft = new ArrayList<>(fullPlan());
    firstDraft.addAll(found);
    walk.submit(PRINCIPAL, draft, plan(firstDraft));
    String supervise = walk.tasks(pi, RectificationProcess.SUPERVISE_RECTIFICATION_PLAN, SUPERVISOR).get(0);
    Map<String, Object> opinion = new LinkedHashMap<>();
    opinion.put("opinion", "REVISE");
    opinion.put("comment", "整改措施要回应群众反映强烈的审批难问题，时限再具体一些");
    opinion.put("addedItems", Values.json(List.of(item("administrative-approval", "BUREAUCRATISM",
        Clock.today().plusDays(60), "wuguoping"))));
    walk.submit(SUPERVISOR, supervise, opinion);
    String review = walk.tasks(pi, RectificationProcess.REVIEW_RECTIFICATION_PLAN, SUPERIOR).get(0);
    assertThat(walk.formVariable(SUPERIOR, review, "planText").asText()).contains("督导组增加").contains("审批难");
    walk.submit(SUPERIOR, review, Map.of("decision", "RETURN", "reasons", "按督导组意见修改，时限具体到月"));

    // the redraft starts from the last version, the supervision group's item included
    String redraft = walk.tasks(pi, RectificationProcess.DRAFT_RECTIFICATION_PLAN, PRINCIPAL).get(0);
    assertThat(walk.formVariable(PRINCIPAL, redraft, "items")).hasSize(7);
    assertThat(walk.formVariable(PRINCIPAL, redraft, "planContext").asText()).contains("按督导组意见修改");
    List<Map<String, Object>> items = new ArrayList<>(firstDraft);
    items.add(item("administrative-approval", "BUREAUCRATISM", Clock.today().plusDays(60), "wuguoping"));
    walk.submit(PRINCIPAL, redraft, plan(items));
    walk.submit(SUPERVISOR, walk.tasks(pi, RectificationProcess.SUPERVISE_RECTIFICATION_PLAN, SUPERVISOR).get(0),
        RectificationForms.agreeWithPlan());
    walk.submit(SUPERIOR, walk.tasks(pi, RectificationProcess.REVIEW_RECTIFICATION_PLAN, SUPERIOR).get(0),
        Map.of("decision", "APPROVE", "reasons", "同意"));

    view = Rest.as(port, SUPERVISOR).get("/api/rectifications/" + id).json();
    assertThat(view.path("plans")).as("every version kept").hasSize(2);
    assertThat(view.path("reviews")).hasSize(4);
    assertThat(view.path("ledger")).hasSize(7);
    List<String> tasks = new ArrayList<>();
    view.path("ledger").forEach(i -> tasks.add(i.path("task").asText()));
    assertThat(tasks).as("the meeting's criticisms and commentary are on the ledger")
        .anyMatch(t -> t.startsWith("【会上收到的批评意见】")).anyMatch(t -> t.startsWith("【督导组点评指出的问题】"));
    assertThat(view.path("rectification").path("status").asText()).isEqualTo("IN_PROGRESS");

    // an item the masses accept at once
    List<Task> progress = progressTasks();
    assertThat(progress).hasSize(7).extracting(Task::getAssignee).contains(PRINCIPAL, "wuguoping",
        "yangxiuying", "zhoujianhua");
    Task first = progress.stream().filter(t -> t.getAssignee().equals("yangxiuying")).findFirst().orElseThrow();
    walk.submit("yangxiuying", first.getId(), progress("CONTINUING"));
    String again = next(first.getProcessInstanceId()).getId();
    walk.submit("yangxiuying", again, progress("DONE"));
    Task confirm = next(first.getProcessInstanceId());
    assertThat(confirm.getAssignee()).isEqualTo(SUPERIOR);
    walk.submit(SUPERIOR, confirm.getId(), Map.of("decision", "CONFIRM", "opinion", "经核实已整改到位"));
    assertThat(Rest.as(port, SUPERIOR).post("/engine-rest/task/" + confirm.getId() + "/submit-form", Map.of(
        "variables", Rest.variables(Map.of("decision", "CONFIRM", "opinion", "经核实已整改到位")))).status())
        .as("confirmed twice").isIn(404, 409);
    Task appraisal = next(first.getProcessInstanceId());
    assertThat(appraisal.getAssignee()).isEqualTo(PRINCIPAL);
    assertThat(walk.trySubmit(PRINCIPAL, appraisal.getId(), acceptance(-1, 3, 1)).status())
        .as("a rating outside the scale").isEqualTo(400);
    walk.submit(PRINCIPAL, appraisal.getId(), acceptance(9, 3, 1));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(first.getProcessInstanceId())
        .count()).as("closed").isZero();

    // an item the masses do not accept goes back to its owner with their opinions
    Task second = progress.stream().filter(t -> t.getAssignee().equals("zhoujianhua")).findFirst().orElseThrow();
    walk.submit("zhoujianhua", second.getId(), progress("DONE"));
    walk.submit(SUPERIOR, next(second.getProcessInstanceId()).getId(), Map.of("decision", "CONFIRM",
        "opinion", "已按时限完成"));
    walk.submit(PRINCIPAL, next(second.getProcessInstanceId()).getId(), acceptance(3, 2, 8));
    Task back = next(second.getProcessInstanceId());
    assertThat(back.getTaskDefinitionKey()).isEqualTo(LedgerItemProcess.REPORT_LEDGER_PROGRESS);
    assertThat(walk.formVariable("zhoujianhua", back.getId(), "itemText").asText()).contains("未达到销号条件")
        .contains("群众意见");
    walk.submit("zhoujianhua", back.getId(), progress("DONE"));
    walk.submit(SUPERIOR, next(second.getProcessInstanceId()).getId(), Map.of("decision", "CONFIRM",
        "opinion", "群众意见已解决"));
    walk.submit(PRINCIPAL, next(second.getProcessInstanceId()).getId(), acceptance(10, 2, 1));

    // a quick fix (立行立改): in the ledger already closed; bad ones refused with the reasons
    Rest principal = Rest.as(port, PRINCIPAL);
    assertThat(principal.post("/api/units/" + UNIT + "/quick-fixes", quickFix("LAZINESS", PRINCIPAL)).status())
        .isEqualTo(400);
    Rest.Response outsider = principal.post("/api/units/" + UNIT + "/quick-fixes", quickFix("FORMALISM", SUPERVISOR));
    assertThat(outsider.status()).isEqualTo(400);
    assertThat(outsider.json().path("detail").asText()).contains("责任人须是");
    assertThat(Rest.as(port, "huangzhiming").post("/api/units/" + UNIT + "/quick-fixes",
        quickFix("FORMALISM", PRINCIPAL)).status()).as("another county's leader").isEqualTo(403);
    Rest.Response fixed = principal.post("/api/units/" + UNIT + "/quick-fixes", quickFix("FORMALISM", PRINCIPAL));
    assertThat(fixed.status()).isEqualTo(201);
    assertThat(fixed.json().path("status").asText()).isEqualTo("CLOSED");

    // this rectification's ledger (the quick fix joins it) beside whatever the unit's earlier ones left
    List<JsonNode> mine = new ArrayList<>();
    Rest.as(port, SUPERVISOR).get("/api/units/" + UNIT + "/ledger").json().path("items").forEach(i -> {
      if (i.path("rectificationId").asLong() == rectificationId) {
        mine.add(i);
      }
    });
    assertThat(mine).hasSize(8);
    assertThat(mine).filteredOn(i -> i.path("status").asText().equals("CLOSED")).hasSize(3);
    assertThat(Rest.as(port, "huangzhiming").get("/api/units/" + UNIT + "/ledger").status()).isEqualTo(403);
    assertThat(Rest.as(port, SUPERVISOR).get("/api/ledger?wind=LAZINESS").status()).isEqualTo(400);
    JsonNode open = Rest.as(port, SUPERVISOR).get("/api/ledger?unit=" + UNIT + "&status=IN_PROGRESS").json();
    assertThat(open.path("items")).allSatisfy(i -> assertThat(i.path("status").asText()).isEqualTo("IN_PROGRESS"))
        .filteredOn(i -> i.path("rectificationId").asLong() == rectificationId).hasSize(5);
    assertThat(open.path("all").path("total").asInt()).isEqualTo(open.path("items").size());
    assertThat(open.path("all").path("closeRate").asDouble()).isZero();

    // the export opens in Excel: a header and exactly the rows the ledger lists for the same filter
    JsonNode closed = Rest.as(port, OFFICE).get("/api/ledger?unit=" + UNIT + "&status=CLOSED").json().path("items");
    var xlsx = Rest.as(port, OFFICE).download("/api/ledger/export?format=xlsx&unit=" + UNIT + "&status=CLOSED");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheet("整改台账");
      assertThat(sheet.getLastRowNum()).as("rows after the header").isEqualTo(closed.size());
      Row header = sheet.getRow(0);
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("单位");
      for (int r = 1; r <= closed.size(); r++) {
        assertThat((long) sheet.getRow(r).getCell(0).getNumericCellValue()).isEqualTo(closed.get(r - 1).path("id").asLong());
        assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("中共东河县委");
        assertThat(sheet.getRow(r).getCell(12).getStringCellValue()).isEqualTo("已销号");
      }
    }
    Rest.Response csv = Rest.as(port, OFFICE).get("/api/ledger/export?format=csv&unit=" + UNIT + "&status=CLOSED");
    assertThat(csv.body()).startsWith("\uFEFF\"编号\",\"单位\"");
    assertThat(csv.body().lines().count()).isEqualTo(closed.size() + 1);

    // an item left past its progress deadline reminds its owner, then brings the supervision group a notice
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(40))));
    sweep.run();
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(4))));
    sweep.run();
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(SupervisionNoticeProcess.KEY)
        .taskCandidateGroup("sg-city-1").list()).as("notices for the overdue progress reports").isNotEmpty();
  }

  /** A key item 45 days past its deadline has climbed the whole ladder, rung by rung, each delivered and signed. */
  @Test
  void anItemThatLagsClimbsTheWholeLadderRungByRung() {
    // 杨秀英's key item (公车) is due in 30 days, the others' long after
    approvedPlan(List.of(item("meetings-documents", "FORMALISM", Clock.today().plusDays(200), PRINCIPAL),
        item("own", "BUREAUCRATISM", Clock.today().plusDays(200), "wuguoping"),
        item("official-cars", "EXTRAVAGANCE", Clock.today().plusDays(30), "yangxiuying"),
        item("own", "HEDONISM", Clock.today().plusDays(200), "zhoujianhua")));
    Date start = ClockUtil.getCurrentTime();
    assertThat(escalationSweep.run()).as("nothing is overdue yet").isZero();

    List<String> climbed = new ArrayList<>();
    for (int days : new int[] {1, 3, 10, 21, 30, 45}) {
      ClockUtil.setCurrentTime(Date.from(start.toInstant().plus(Duration.ofDays(31 + days))));
      assertThat(escalationSweep.run()).as("one rung at %d days", days).isEqualTo(1);
      assertThat(escalationSweep.run()).as("climbed once").isZero();
      Task record = engine.getTaskService().createTaskQuery().processDefinitionKey(LedgerEscalationProcess.KEY)
          .taskDefinitionKey(LedgerEscalationProcess.RECORD_LEDGER_ESCALATION).singleResult();
      if (record != null) {
        String recorder = record.getAssignee() != null ? record.getAssignee() : SUPERVISOR;
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("content", "事项逾期未完成，责令限期整改到位，逾期将进一步问责");
        v.put("deadline", Clock.today().plusDays(10).toString());
        v.put("measure", days == 45 ? "ORGANIZATIONAL_ADJUSTMENT" : "NONE");
        walk.submit(recorder, record.getId(), v);
        climbed.add(record.getName().substring(0, record.getName().indexOf('：')) + "/" + recorder);
      } else {
        climbed.add("催办");
      }
      List<Task> receipts = engine.getTaskService().createTaskQuery()
          .taskDefinitionKey(LedgerEscalationProcess.ACKNOWLEDGE_LEDGER_ESCALATION).list();
      assertThat(receipts).extracting(Task::getAssignee).containsExactlyInAnyOrder("yangxiuying", PRINCIPAL);
      receipts.forEach(t -> walk.submit(t.getAssignee(), t.getId(), Map.of("response", "立即整改，十日内完成")));
    }
    assertThat(climbed).containsExactly("催办", "督办通知单（限期整改）/" + SUPERVISOR, "回炉补课/" + SUPERVISOR,
        "约谈提醒/" + SUPERVISOR, "诫勉批评/" + SUPERIOR, "一案双查/" + SUPERVISOR);

    JsonNode item = null;
    for (JsonNode i : Rest.as(port, SUPERVISOR).get("/api/units/" + UNIT + "/ledger").json().path("items")) {
      if (i.path("ownerId").asText().equals("yangxiuying")) {
        item = i;
      }
    }
    List<String> steps = new ArrayList<>();
    item.path("escalations").forEach(e -> steps.add(e.path("step").asText()));
    assertThat(steps).as("the item's history shows the ladder").containsExactly("REMINDER", "SUPERVISION_NOTICE",
        "REDO", "REMINDER_TALK", "ADMONITION", "ACCOUNTABILITY");
    assertThat(item.path("escalations").get(5).path("measure").asText()).isEqualTo("ORGANIZATIONAL_ADJUSTMENT");
    assertThat(item.path("status").asText()).as("never closed by the ladder").isEqualTo("IN_PROGRESS");
  }

  /** 下题上答: what the county cannot solve alone goes to the city's ledger, owned by its principal. */
  @Test
  void anItemTheUnitCannotSolveAlonePassesUpToTheSuperiorsLedger() {
    approvedPlan(fullPlan());
    Rest principal = Rest.as(port, PRINCIPAL);
    JsonNode own = null;
    for (JsonNode i : principal.get("/api/units/" + UNIT + "/ledger").json().path("items")) {
      if (i.path("ownerId").asText().equals("wuguoping")) {
        own = i;
      }
    }
    String passOn = "/api/ledger/" + own.path("id").asLong() + "/pass-on";
    assertThat(principal.post(passOn, Map.of("direction", "DOWN", "unit", "xs-county",
        "reasons", "需由西山县协同解决跨县审批事项")).status()).as("not a subordinate").isEqualTo(400);
    assertThat(principal.post(passOn, Map.of("direction", "UP", "reasons", "太短")).status()).isEqualTo(400);
    assertThat(Rest.as(port, "huangzhiming").post(passOn, Map.of("direction", "UP",
        "reasons", "涉及市级审批权限，需市委牵头解决")).status()).as("another county's leader").isEqualTo(403);
    Rest.Response passed = principal.post(passOn, Map.of("direction", "UP",
        "reasons", "涉及市级审批权限，需市委牵头解决"));
    assertThat(passed.status()).isEqualTo(201);
    assertThat(passed.json().path("unitId").asText()).isEqualTo("jc-city");
    assertThat(passed.json().path("ownerId").asText()).isEqualTo("lijianguo");
    assertThat(passed.json().path("passedFromItemId").asLong()).isEqualTo(own.path("id").asLong());

    JsonNode city = Rest.as(port, "lijianguo").get("/api/units/jc-city/ledger").json().path("items");
    assertThat(city).hasSize(1);
    assertThat(city.get(0).path("entries").get(0).path("content").asText()).contains("由中共东河县委移交");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("jc-city")
        .taskDefinitionKey(LedgerItemProcess.REPORT_LEDGER_PROGRESS).taskAssignee("lijianguo").count())
        .as("the city's principal reports on it").isEqualTo(1);
    long ownId = own.path("id").asLong();
    JsonNode still = principal.get("/api/units/" + UNIT + "/ledger").json().path("items");
    assertThat(still).anySatisfy(i -> {
      assertThat(i.path("id").asLong()).isEqualTo(ownId);
      assertThat(i.path("status").asText()).as("still the county's to work").isEqualTo("IN_PROGRESS");
    });
  }

  /**
   * 恒通物流's branch, whose items need no appraisal by the masses (application-test.yaml): its one item
   * is returned once by the superior, then closed on his word, and the rectification ends — the unit
   * may start its next.
   */
  @Test
  void aUnitWhoseItemsNeedNoAppraisalClosesThemOnTheSuperiorsConfirmationAndItsRectificationEnds() {
    String unit = "jc-logistics";
    String pi = Rest.as(port, "maxiaodong").post(START, Map.of("businessKey", unit)).json().path("id").asText();
    walk.submit("linfeng", walk.tasks(pi, RectificationProcess.DRAFT_RECTIFICATION_PLAN, "linfeng").get(0),
        plan(List.of(item("own", "BUREAUCRATISM", Clock.today().plusDays(30), "linfeng"))));
    walk.submit("sunjianmin", walk.tasks(pi, RectificationProcess.SUPERVISE_RECTIFICATION_PLAN, "sunjianmin").get(0),
        RectificationForms.agreeWithPlan());
    walk.submit("liuwenbo", walk.tasks(pi, RectificationProcess.REVIEW_RECTIFICATION_PLAN, "liuwenbo").get(0),
        Map.of("decision", "APPROVE"));
    Task progress = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(unit)
        .taskDefinitionKey(LedgerItemProcess.REPORT_LEDGER_PROGRESS).singleResult();
    // a long report (the form allows 8000 characters) is shown whole to the superior, beyond what a text variable holds
    String longReport = "本月走访职工家庭，逐户核实加班费发放情况，补发拖欠的加班费并公示。".repeat(220);
    walk.submit("linfeng", progress.getId(), Map.of("progress", longReport, "evidence", "工资发放表、公示照片",
        "status", "DONE"));
    String confirmTask = next(progress.getProcessInstanceId()).getId();
    assertThat(walk.formVariable("liuwenbo", confirmTask, "itemText").asText()).contains(longReport);
    Rest.Response bare = walk.trySubmit("liuwenbo", next(progress.getProcessInstanceId()).getId(),
        Map.of("decision", "RETURN", "opinion", "不行"));
    assertThat(bare.status()).as("a return without its reasons").isEqualTo(400);
    walk.submit("liuwenbo", next(progress.getProcessInstanceId()).getId(),
        Map.of("decision", "RETURN", "opinion", "职工反映的加班费问题还没有解决，继续整改"));
    Task again = next(progress.getProcessInstanceId());
    assertThat(again.getTaskDefinitionKey()).as("back to its owner").isEqualTo(LedgerItemProcess.REPORT_LEDGER_PROGRESS);
    walk.submit("linfeng", again.getId(), progress("DONE"));
    walk.submit("liuwenbo", next(progress.getProcessInstanceId()).getId(), Map.of("decision", "CONFIRM"));

    JsonNode item = Rest.as(port, "liuwenbo").get("/api/units/" + unit + "/ledger").json().path("items").get(0);
    assertThat(item.path("status").asText()).as("closed without an appraisal").isEqualTo("CLOSED");
    assertThat(item.path("acceptances")).isEmpty();
    List<String> kinds = new ArrayList<>();
    item.path("entries").forEach(e -> kinds.add(e.path("kind").asText()));
    assertThat(kinds).containsExactly("DONE", "RETURNED", "DONE", "CONFIRMED", "CLOSED");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count())
        .as("every item closed: the rectification ends").isZero();
    assertThat(Rest.as(port, "liuwenbo").get("/api/rectifications?unit=" + unit).json().get(0).path("status")
        .asText()).isEqualTo("COMPLETED");
    assertThat(Rest.as(port, "maxiaodong").post(START, Map.of("businessKey", unit)).status())
        .as("the unit may start its next").isEqualTo(200);
  }

  private void approvedPlan(List<Map<String, Object>> items) {
    String pi = Rest.as(port, OFFICE).post(START, Map.of("businessKey", UNIT)).json().path("id").asText();
    walk.submit(PRINCIPAL, walk.tasks(pi, RectificationProcess.DRAFT_RECTIFICATION_PLAN, PRINCIPAL).get(0),
        plan(items));
    walk.submit(SUPERVISOR, walk.tasks(pi, RectificationProcess.SUPERVISE_RECTIFICATION_PLAN, SUPERVISOR).get(0),
        RectificationForms.agreeWithPlan());
    walk.submit(SUPERIOR, walk.tasks(pi, RectificationProcess.REVIEW_RECTIFICATION_PLAN, SUPERIOR).get(0),
        Map.of("decision", "APPROVE"));
  }

  private List<Task> progressTasks() {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(LedgerItemProcess.KEY)
        .taskDefinitionKey(LedgerItemProcess.REPORT_LEDGER_PROGRESS).list();
  }

  private Task next(String itemInstance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(itemInstance).singleResult();
  }

  static List<Map<String, Object>> fullPlan() {
    List<Map<String, Object>> items = new ArrayList<>();
    items.add(item("meetings-documents", "FORMALISM", Clock.today().plusDays(90), PRINCIPAL));
    items.add(item("own", "BUREAUCRATISM", Clock.today().plusDays(60), "wuguoping"));
    items.add(item("official-cars", "EXTRAVAGANCE", Clock.today().plusDays(30), "yangxiuying"));
    items.add(item("own", "HEDONISM", Clock.today().plusDays(45), "zhoujianhua"));
    return items;
  }

  static Map<String, Object> quickFix(String wind, String owner) {
    return Map.of("wind", wind, "task", "县委大院停车场被公车占用，群众办事无处停车", "measures",
        "清理公车停放，划出群众办事专用车位 30 个", "evidence", "停车场照片、县委办公室通知", "owner", owner);
  }
}
