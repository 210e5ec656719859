package org.massline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.massline.app.Clock;
import org.massline.browser.Tasklist.Viewport;
import org.massline.campaign.CampaignProcess;
import org.massline.campaign.UnitCampaignProcess;
import org.massline.organization.OrganizationRepository;
import org.massline.support.Jobs;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 东河县's campaign (教育实践活动（第二批）) walked through Tasklist's UI, each task by its own user from 我的待办
 * and sent with one press of 完成: the office 何静 starts it for 中共东河县委, choosing the unit by name and the
 * start date in the date picker; she claims and drafts the implementation plan — refused once in Chinese (第三梯次
 * opening too late to finish), the task still open — and sends it with 柳树乡 ticked as weak; the supervision
 * group's 高明 claims and approves it. Tier 1 opens: the principal 陈立新 claims and records a study session and a
 * round of opinions (two, one anonymous, asking 城关镇); 高明 claims the stage's gate — 回炉补课 without reasons
 * refused in Chinese — and passes it. Screenshots: {@code target/screenshots/campaign-<viewport>-NN-<what>.png}.
 */
class TasklistCampaignTest extends TasklistTest {

  static final String UNIT = "dh-county";
  static final String UNIT_NAME = "中共东河县委";
  static final String OFFICE = "hejing";
  static final String PRINCIPAL = "chenlixin";
  static final String SUPERVISOR = "gaoming";
  static final String WEAK = "东河县柳树乡党委";
  static final String ASKED = "东河县城关镇党委";

  @Autowired
  OrganizationRepository organization;

  /** The campaign's process instance, and the county's own campaign once tier 1 opens. */
  private String pi;
  private String unitPi;
  private LocalDate start;

  @AfterEach
  void noWeakUnitsLeft() {
    organization.findWeakUnits().forEach(organization::unflagWeak);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("viewports")
  void theCampaignInTasklist(Viewport viewport) throws Exception {
    start = Clock.today();
    walk(viewport, "campaign", "campaign", () -> {
      // 1. the office starts the campaign, finding the county committee by typing part of its name and
      // picking the start date in the picker
      pi = walk.startForUnit(OFFICE, "教育实践活动（第二批）", CampaignProcess.KEY, "Field_0003", "东河", UNIT, UNIT_NAME,
          form -> {
            assertThat(value(form, "input", "Field_0004")).isEqualTo("党的群众路线教育实践活动（第二批）");
            browser.pickDate(form, "Field_0005", start, () -> walk.shot("start-date-picker"));
            walk.shot("start-form-filled");
          });
      draft();
      review();
      Jobs.runDue(engine); // tier 1 opens on the start date: the county's own campaign
      unitPi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnitCampaignProcess.KEY)
          .processInstanceBusinessKey(UNIT).singleResult().getId();
      study();
      solicit();
      gate();
    });
  }

  /**
   * 2. The office claims the plan; 第三梯次 six months after the start is refused in Chinese, the task still
   * open; two months after it, 柳树乡 ticked as weak, the plan goes.
   */
  private void draft() throws Exception {
    Task task = groupTask(pi, OFFICE, CampaignProcess.DRAFT_IMPLEMENTATION_PLAN, title("制定活动实施方案"));
    WebElement form = walk.claimFromList(task.getName());
    assertThat(value(form, "textarea", "Field_0002")).contains("参加单位 7 个", "第三梯次 4 个");
    assertThat(value(form, "input", "Field_0006-date")).as("tier 2 prefilled").isEqualTo(start.plusMonths(1).toString());
    assertThat(TasklistWalk.labels(form, "Field_0008")).as("the units to tick as weak").contains(UNIT_NAME, WEAK, ASKED);
    walk.tallShot("plan-form");

    walk.fill(form, "implementation-plan", plan(start.plusMonths(6), List.of()));
    assertThat(browser.pressComplete()).as("完成 enabled for a form the browser finds valid").isTrue();
    String refusal = browser.refusal().getText();
    assertThat(refusal).contains("第三梯次", "开始太晚", "压茬进行").doesNotContainPattern("[A-Za-z]{2,}");
    walk.tallShot("plan-refused");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();

    Map<String, Object> right = new LinkedHashMap<>();
    right.put("tier3OpensOn", start.plusMonths(2).toString());
    right.put("weakUnits", List.of(WEAK));
    walk.fill(form, "implementation-plan", right);
    walk.tallShot("plan-filled");
    walk.completeOnce(task);
  }

  /** 3. 高明 claims the supervision group's review, reads the plan and approves it. */
  private void review() throws Exception {
    walk.switchTo(SUPERVISOR);
    Task task = groupTask(pi, SUPERVISOR, CampaignProcess.REVIEW_IMPLEMENTATION_PLAN, title("督导组审核活动实施方案"));
    WebElement form = walk.claimFromList(task.getName());
    assertThat(value(form, "textarea", "Field_0002")).contains("第 1 稿", "文山会海", WEAK,
        "第三梯次 " + start.plusMonths(2));
    walk.send(task, form, "implementation-plan-review",
        inOrder("decision", "APPROVE", "reasons", "问题找得准，梯次安排衔接紧凑，同意按方案组织实施"), "review-approving");
  }

  /** 4. 陈立新 claims the leadership group's study record and records one session, one member absent. */
  private void study() throws Exception {
    walk.switchTo(PRINCIPAL);
    Task task = groupTask(unitPi, PRINCIPAL, UnitCampaignProcess.RECORD_STUDY_SESSIONS, title("记录集中学习和专题讨论"));
    WebElement form = walk.claimFromList(task.getName());
    JsonNode sessions = walk.schema("study-sessions").get("sessions");
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("heldOn", Clock.today().toString());
    session.put("hours", "3.5");
    session.put("topic", "学习党章和中央八项规定精神");
    session.put("attended", 9);
    session.put("absent", 1);
    session.put("makeUp", "周建华出差，返回后个别补学");
    walk.fillEntry(form, sessions, 0, session);
    walk.tallShot("study-filled");
    walk.completeOnce(task);
  }

  /**
   * 5. 陈立新 claims a round of opinions: 城关镇 asked, two opinions into the register, the second anonymous
   * and concerning himself.
   */
  private void solicit() throws Exception {
    Task task = groupTask(unitPi, PRINCIPAL, UnitCampaignProcess.SOLICIT_OPINIONS, title("征求意见（一轮）"));
    WebElement form = walk.claimFromList(task.getName());
    assertThat(TasklistWalk.labels(form, "Field_0006")).as("the units the county serves").contains(ASKED, WEAK);
    walk.fill(form, "opinion-round", inOrder("audience", "乡镇干部和服务对象代表", "heldOn", Clock.today().toString(),
        "askedUnits", List.of(ASKED)));
    JsonNode opinions = walk.schema("opinion-round").get("opinions");
    walk.fillEntry(form, opinions, 0, inOrder("content", "窗口办事要跑多次，材料反复要求提交", "channel", "COLLECTIVE",
        "source", "城关镇企业代表"));
    walk.addEntry(form, "textarea", "Field_0009", 1);
    walk.fillEntry(form, opinions, 1, inOrder("content", "有的领导下基层走马观花，听不到真话", "channel", "BACK_TO_BACK",
        "anonymous", true));
    assertThat(form.findElements(By.cssSelector("input[id$='-Field_0012_1']")))
        .as("an anonymous opinion asks for no one who gave it").isEmpty();
    browser.choose(form, "Field_0013_1", "陈", "陈立新", () -> walk.shot("opinion-concerns"));
    walk.tallShot("opinions-filled");
    walk.completeOnce(task);
  }

  /** 6. 高明 claims the gate: 回炉补课 without reasons is refused in Chinese; then the stage passes. */
  private void gate() throws Exception {
    walk.switchTo(SUPERVISOR);
    Task task = groupTask(unitPi, SUPERVISOR, UnitCampaignProcess.CHECK_STUDY_STAGE, title("督导组把关：学习教育、听取意见"));
    WebElement form = walk.claimFromList(task.getName());
    assertThat(value(form, "textarea", "Field_0003")).contains("学习党章", "窗口办事要跑多次", "匿名");
    walk.fill(form, "stage-gate", inOrder("decision", "REDO", "failedChecks", List.of("SOLICITATION")));
    assertThat(browser.pressComplete()).as("完成 enabled for a form the browser finds valid").isTrue();
    String refusal = browser.refusal().getText();
    assertThat(refusal).contains("回炉补课须写明理由").doesNotContainPattern("[A-Za-z]{2,}");
    WebElement reasons = Tasklist.fieldAround(Tasklist.field(form, "textarea", "Field_0006"), "textarea");
    browser.waitFor().withMessage("the reason under 把关意见, where it is put right")
        .until(d -> reasons.getText().contains("回炉补课须写明理由"));
    walk.tallShot("gate-refused");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();

    walk.fill(form, "stage-gate", inOrder("decision", "PASS", "reasons", "学习扎实，征求意见覆盖服务对象，同意进入下一环节"));
    assertThat(browser.visibleText()).as("what was not met is asked only of a unit sent back").doesNotContain("未达到的要求");
    walk.tallShot("gate-passing");
    walk.completeOnce(task);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(unitPi)
        .taskDefinitionKey(UnitCampaignProcess.LIST_PROBLEMS).taskAssignee(PRINCIPAL).count())
        .as("the next stage: the problem list").isOne();
  }

  private Map<String, Object> plan(LocalDate tier3, List<String> weak) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("problems", "部分乡镇干部服务群众意识不强，文山会海、检查评比过多，群众办事难的问题突出");
    values.put("risks", "基层干部担心走过场，防止一窝蜂征求意见、公文旅行");
    values.put("tier3OpensOn", tier3.toString());
    values.put("weakUnits", weak);
    return values;
  }

  /** The one task of that activity and title the user may claim. */
  private Task groupTask(String instance, String user, String activity, String name) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskCandidateUser(user)
        .taskDefinitionKey(activity).taskName(name).list();
    assertThat(tasks).as("%s's %s named %s, to claim", user, activity, name).hasSize(1);
    return tasks.get(0);
  }

  /** Values in the order a person fills the fields, top to bottom. */
  private static Map<String, Object> inOrder(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

  private static String title(String task) {
    return task + " · " + UNIT_NAME;
  }

  private static String value(WebElement form, String tag, String fieldId) {
    return Tasklist.field(form, tag, fieldId).getDomProperty("value");
  }
}
