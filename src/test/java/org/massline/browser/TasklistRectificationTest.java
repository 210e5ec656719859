package org.massline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.massline.app.Clock;
import org.massline.browser.Tasklist.Viewport;
import org.massline.organization.PersonNames;
import org.massline.rectification.LedgerEscalationProcess;
import org.massline.rectification.LedgerEscalationSweep;
import org.massline.rectification.LedgerItemProcess;
import org.massline.rectification.RectificationProcess;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 中共东河县委's rectification (整改落实) after its democratic life meeting, walked through Tasklist's UI,
 * each task by its own user from 我的待办 and sent with one press of 完成: the office 何静 starts it choosing
 * the unit by name; the principal 陈立新 drafts the plan — items added one by one, each with its category
 * found by typing, its wind, weight, task, measures, deadline, owner and commitment, and one rule — refused
 * once in Chinese (a deadline already past, 周建华 without an item) and then sent; the supervision group's
 * 高明 claims and agrees; the superior 张志刚 approves; 杨秀英 reports her item done, 张志刚 confirms it, 陈立新
 * records the masses' appraisal and the item is closed. Then Camunda's clock passes 吴国平's deadline, the
 * escalation sweep reminds him (催办) and he signs the reminder. Screenshots:
 * {@code target/screenshots/rectification-<viewport>-NN-<what>.png}.
 */
class TasklistRectificationTest extends TasklistTest {

  static final String UNIT = "dh-county";
  static final String UNIT_NAME = "中共东河县委";
  static final String OFFICE = "hejing";
  static final String PRINCIPAL = "chenlixin";
  static final String SUPERIOR = "zhangzhigang";
  static final String SUPERVISOR = "gaoming";
  static final String SUPERVISION_GROUP = "sg-city-1";
  /** Whose item is closed in the walk, and whose lags and is reminded. */
  static final String CLOSER = "yangxiuying";
  static final String LAGGARD = "wuguoping";

  @Autowired
  PersonNames names;
  @Autowired
  LedgerEscalationSweep escalationSweep;

  /** The rectification's process instance. */
  private String pi;

  @ParameterizedTest(name = "{0}")
  @MethodSource("viewports")
  void theRectificationInTasklist(Viewport viewport) throws Exception {
    // a unit without a finished meeting: the plan starts from an empty list (what a meeting hands off is
    // offered as items in the REST walk, RectificationWalkTest)
    walk(viewport, "rectification", "rectification", () -> {
      // 1. the office starts the rectification, finding the county committee by typing part of its name
      pi = walk.startForUnit(OFFICE, "整改落实", RectificationProcess.KEY, "Field_0003", "东河", UNIT, UNIT_NAME);
      draft();
      supervise();
      approve();
      closeAnItem();
      remindTheLaggard();
    });
  }

  /**
   * 2. The principal drafts the plan: three items, the third due yesterday and 周建华 left without one, are
   * refused with both reasons in Chinese, the task still open; the third put right and a fourth added, it goes.
   */
  private void draft() throws Exception {
    walk.switchTo(PRINCIPAL);
    Task task = walk.task(pi, PRINCIPAL, RectificationProcess.DRAFT_RECTIFICATION_PLAN, title("制定整改方案（两方案一计划）"));
    WebElement form = walk.openFromList(task.getName());
    assertThat(value(form, "textarea", "Field_0002")).contains("本单位尚无已结束的会议移交的问题");
    walk.tallShot("plan-form");

    walk.fill(form, "rectification-plan", inOrder("summary",
        "聚焦“四风”突出问题，逐项明确任务书、时间表和责任人，边整边改、立行立改，向全县干部群众公开承诺，接受群众监督"));
    JsonNode items = walk.schema("rectification-plan").get("items");
    item(form, items, 0, "文山", "专项整治：文山会海", "FORMALISM", "NORMAL",
        "解决会议多、文件多、陪会多的问题，县委常委会会议和县委文件数量比上年减少三分之一",
        "县委常委会会议每月不超过两次，县级领导不陪会，文件一律精简，能合并的合并、能不发的不发",
        Clock.today().plusDays(90), PRINCIPAL, "向全县干部群众公开承诺：会议和文件减少三分之一");
    walk.addEntry(form, "textarea", "Field_0008", 1);
    item(form, items, 1, "本单位", "本单位自定整改事项", "BUREAUCRATISM", "NORMAL",
        "解决深入基层调研少、群众办事难的问题",
        "县级领导每月到联系点调研不少于四天，每季度开展一次“群众办事跟踪体验”，发现问题限期解决",
        Clock.today().plusDays(20), LAGGARD, "每月到联系点调研不少于四天，调研情况在县政府网站公开");
    walk.addEntry(form, "textarea", "Field_0008", 2);
    item(form, items, 2, "公车", "专项整治：超标超配公车", "EXTRAVAGANCE", "KEY",
        "清理超标超配公车，杜绝公车私用",
        "全面清理县直机关公车，超标车辆一律封存拍卖，公车统一停放、统一调度，节假日封存",
        Clock.today().minusDays(1), CLOSER, "超标公车一个月内全部封存，清理结果向社会公示");
    JsonNode rules = walk.schema("rectification-plan").get("institutions");
    walk.fillEntry(form, rules, 0, rule());
    assertThat(browser.pressComplete()).as("完成 enabled for a form the browser finds valid").isTrue();
    String refusal = browser.refusal().getText();
    assertThat(refusal).contains("整改事项第 3 项“清理超标超配公车，杜绝公车私用”的完成时限", "早于今天", "周建华还没有负责的整改事项")
        .doesNotContainPattern("[A-Za-z]{2,}");
    walk.tallShot("plan-refused");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();

    // the wrong line goes, a right one comes (its date typed anew), and 周建华's item is added
    walk.removeLastEntry(form, "textarea", "Field_0008", 2);
    walk.addEntry(form, "textarea", "Field_0008", 2);
    item(form, items, 2, "公车", "专项整治：超标超配公车", "EXTRAVAGANCE", "KEY",
        "清理超标超配公车，杜绝公车私用",
        "全面清理县直机关公车，超标车辆一律封存拍卖，公车统一停放、统一调度，节假日封存",
        Clock.today().plusDays(30), CLOSER, "超标公车一个月内全部封存，清理结果向社会公示");
    walk.addEntry(form, "textarea", "Field_0008", 3);
    item(form, items, 3, "吃喝", "专项整治：公款吃喝、奢侈浪费", "HEDONISM", "NORMAL",
        "解决公务接待超标准、公款吃喝的问题",
        "严格执行公务接待标准，一律在机关食堂安排工作餐，不上高档菜肴和酒水，接待清单每月公开",
        Clock.today().plusDays(45), "zhoujianhua", "公务接待一律工作餐，接待清单每月在县委大院公示栏公开");
    walk.tallShot("plan-filled");
    walk.completeOnce(task);
  }

  /** 3. 高明 claims the supervision group's task, reads the plan beside the problems, and agrees. */
  private void supervise() throws Exception {
    walk.switchTo(SUPERVISOR);
    Task task = groupTask(RectificationProcess.SUPERVISE_RECTIFICATION_PLAN, title("督导组审核整改方案"));
    WebElement form = walk.claimFromList(task.getName());
    assertThat(value(form, "textarea", "Field_0002")).contains("整改方案（第 1 稿）", "文山会海", "吴国平", "制度建设计划",
        "东河县委常委会议事规则", "本单位尚无已结束的会议移交的问题");
    // the radio first: it waits out the form Tasklist renders again after 认领
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("opinion", "AGREE");
    values.put("comment", "措施具体，时限明确，回应了群众反映强烈的问题，同意");
    walk.send(task, form, "rectification-plan-supervision", values, "supervision-agreeing");
  }

  /** 4. 张志刚 approves the plan with the supervision group's opinion beside it: the ledger opens. */
  private void approve() throws Exception {
    walk.switchTo(SUPERIOR);
    Task task = walk.task(pi, SUPERIOR, RectificationProcess.REVIEW_RECTIFICATION_PLAN, title("上级党组织审核整改方案"));
    WebElement form = walk.openFromList(task.getName());
    assertThat(value(form, "textarea", "Field_0002")).contains("整改方案（第 1 稿）", "督导组（高明）同意");
    walk.send(task, form, "rectification-plan-review", inOrder("decision", "APPROVE", "reasons", "同意，列入台账抓好落实"),
        "review-approving");
    assertThat(itemTasks(LedgerItemProcess.REPORT_LEDGER_PROGRESS, null)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(PRINCIPAL, LAGGARD, CLOSER, "zhoujianhua");
  }

  /** 5. 杨秀英 reports her item done; 张志刚 confirms it; 陈立新 records the masses' appraisal: closed. */
  private void closeAnItem() throws Exception {
    walk.switchTo(CLOSER);
    Task report = itemTasks(LedgerItemProcess.REPORT_LEDGER_PROGRESS, CLOSER).get(0);
    String item = report.getProcessInstanceId();
    // each of an item's tasks names the item, so that a person with several tells them apart in 我的待办
    assertThat(report.getName()).isEqualTo("报告整改进展：清理超标超配公车，杜绝公车私用 · " + UNIT_NAME);
    WebElement form = walk.openFromList(report.getName());
    assertThat(value(form, "textarea", "Field_0002")).contains("超标超配公车", "杨秀英");
    walk.send(report, form, "ledger-progress", inOrder(
        "progress", "县直机关超标公车 12 辆已全部封存，其中 8 辆已公开拍卖；公车统一停放、统一调度，节假日封存制度已执行",
        "evidence", "县机关事务局公车封存清单、拍卖公告（存县委办公室档案室）", "status", "DONE"), "progress-done");

    walk.switchTo(SUPERIOR);
    Task confirm = next(item);
    assertThat(confirm.getName()).isEqualTo("上级党组织确认整改结果：清理超标超配公车，杜绝公车私用 · " + UNIT_NAME);
    form = walk.openFromList(confirm.getName());
    assertThat(value(form, "textarea", "Field_0002")).contains("县直机关超标公车 12 辆已全部封存");
    walk.send(confirm, form, "ledger-confirmation",
        inOrder("decision", "CONFIRM", "opinion", "经实地核查公车停放和封存情况，已整改到位"), "confirming");

    walk.switchTo(PRINCIPAL);
    Task appraisal = next(item);
    assertThat(appraisal.getName()).isEqualTo("组织群众评议整改结果：清理超标超配公车，杜绝公车私用 · " + UNIT_NAME);
    form = walk.openFromList(appraisal.getName());
    assertThat(value(form, "textarea", "Field_0002")).contains("销号条件");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("heldOn", Clock.today().toString());
    values.put("method", "群众代表座谈测评");
    values.put("satisfied", 9);
    values.put("basicallySatisfied", 3);
    values.put("dissatisfied", 1);
    values.put("opinions", "公车确实少了，节假日也见不到公车在外，希望长期坚持");
    walk.send(appraisal, form, "public-acceptance", values, "appraisal");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(item).count())
        .as("closed").isZero();
  }

  /**
   * 6. Past 吴国平's deadline the sweep climbs the ladder's first rung (催办), delivered to him and to
   * the principal; he signs it in Tasklist, reading the item and the ladder so far.
   */
  private void remindTheLaggard() throws Exception {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(22))));
    assertThat(escalationSweep.run()).as("one rung climbed").isOne();
    List<Task> receipts = engine.getTaskService().createTaskQuery()
        .processDefinitionKey(LedgerEscalationProcess.KEY)
        .taskDefinitionKey(LedgerEscalationProcess.ACKNOWLEDGE_LEDGER_ESCALATION).list();
    assertThat(receipts).extracting(Task::getAssignee).containsExactlyInAnyOrder(LAGGARD, PRINCIPAL);
    Task receipt = receipts.stream().filter(t -> t.getAssignee().equals(LAGGARD)).findFirst().orElseThrow();
    assertThat(receipt.getName()).isEqualTo("签收催办：解决深入基层调研少、群众办事难的问题 · " + UNIT_NAME);

    walk.switchTo(LAGGARD);
    WebElement form = walk.openFromList(receipt.getName());
    assertThat(value(form, "textarea", "Field_0002")).contains("本次督办：催办（逾期", "吴国平", "督办经过");
    walk.send(receipt, form, "ledger-escalation-receipt",
        inOrder("response", "立即整改：本月内完成联系点调研四天，群众办事跟踪体验下周开展，情况及时公开"), "reminder-signed");
  }

  /** One item of the plan as the principal fills it in, its category found by typing {@code search}. */
  private void item(WebElement form, JsonNode items, int index, String search, String category, String wind,
      String weight, String task, String measures, LocalDate deadline, String owner, String commitment)
      throws Exception {
    browser.choose(form, "Field_0005_" + index, search, category, index == 0 ? () -> walk.shot("plan-categories") : null);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("wind", wind);
    values.put("weight", weight);
    values.put("task", task);
    values.put("measures", measures);
    values.put("deadline", deadline.toString());
    values.put("owner", names.name(owner));
    values.put("commitment", commitment);
    walk.fillEntry(form, items, index, values);
  }

  /** Values in the order a person fills the fields, top to bottom. */
  private static Map<String, Object> inOrder(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

  private static Map<String, Object> rule() {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("title", "东河县委常委会议事规则");
    rule.put("purpose", "规范常委会会议的数量和规模，减少陪会，提高议事效率");
    rule.put("adoptedOn", Clock.today().plusDays(30).toString());
    return rule;
  }

  /** The tasks of the ledger items at that activity, of one assignee (or all). */
  private List<Task> itemTasks(String activity, String assignee) {
    var query = engine.getTaskService().createTaskQuery().processDefinitionKey(LedgerItemProcess.KEY)
        .taskDefinitionKey(activity);
    return (assignee == null ? query : query.taskAssignee(assignee)).list();
  }

  private Task next(String itemInstance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(itemInstance).singleResult();
  }

  /** The one task of that activity and title for the supervision group, to claim. */
  private Task groupTask(String activity, String name) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi)
        .taskCandidateGroup(SUPERVISION_GROUP).taskDefinitionKey(activity).taskName(name).list();
    assertThat(tasks).as("the supervision group's %s named %s", activity, name).hasSize(1);
    return tasks.get(0);
  }

  private static String title(String task) {
    return task + " · " + UNIT_NAME;
  }

  private static String value(WebElement form, String tag, String fieldId) {
    return Tasklist.field(form, tag, fieldId).getDomProperty("value");
  }
}
