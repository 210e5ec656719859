package org.massline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.massline.browser.Tasklist.Viewport;
import org.massline.forms.Values;
import org.massline.meeting.MeetingForms;
import org.massline.meeting.MeetingProcess;
import org.massline.support.Jobs;
import org.massline.support.MasslineTest;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue #10's acceptance: the README's "Try it" story of one meeting of 中共东河县委, walked through
 * Tasklist's UI in a Chinese headless Chromium, on a desktop and on a phone, each task done by its own
 * user and sent with one press of 完成: the office starts the meeting by choosing the unit; the
 * principal prepares it (refused once for a member without a problem, then sent); a talk is recorded
 * and confirmed; a member's report is rejected by the superior leader and revised. The engine says
 * which tasks there are and what became of them; every page passed shows no English of form-js or
 * Tasklist. Screenshots: {@code target/screenshots/story-<viewport>-NN-<what>.png}.
 */
class TasklistStoryTest extends MasslineTest {

  /**
   * English that form-js and Tasklist write, matched as whole words (so that no Chinese page matches by
   * accident); any of it on screen means a translation is missing.
   */
  static final List<String> FORBIDDEN = List.of(
      // form-js
      "Field is required", "Field must have", "minimum length", "maximum length", "Field must match",
      "Field must be", "Value is not a number", "Select", "Search", "Add new", "Delete item", "Collapse",
      "No results", "Nothing to show", "Expand all",
      // its date picker
      "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December", "mm/dd/yyyy",
      // Tasklist
      "Complete", "Save", "Claim", "Unclaim", "Create task", "Add groups", "Set follow-up date", "Set due date",
      "Follow-up date", "Due date", "Start process", "Start", "Submit", "Cancel", "Close", "Filters", "Tasks",
      "Form", "History", "Diagram", "Description", "Created", "Assignee", "Sign out", "Log out", "Welcome",
      "Camunda", "Camunda Tasklist", "Powered by", "Loading", "ago");

  private static final List<Pattern> FORBIDDEN_WORDS = FORBIDDEN.stream()
      .map(word -> Pattern.compile("(?<![A-Za-z])" + Pattern.quote(word) + "(?![A-Za-z])")).toList();
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z-]{2,}");

  static final String UNIT = "dh-county";
  static final String UNIT_NAME = "中共东河县委";
  static final String OFFICE = "hejing";
  static final String PRINCIPAL = "chenlixin";
  static final String MEMBER = "wuguoping";
  static final String SUPERIOR = "zhangzhigang";
  static final String SUPERVISOR = "gaoming";
  /** The subjects of the problem list, as its select offers them. */
  static final Map<String, String> NAMES = new LinkedHashMap<>(Map.of("group", "领导班子", PRINCIPAL, "陈立新",
      MEMBER, "吴国平", "yangxiuying", "杨秀英", "zhoujianhua", "周建华"));
  static final List<String> GROUP = List.of(PRINCIPAL, MEMBER, "yangxiuying", "zhoujianhua");

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  private Tasklist browser;
  private String prefix;
  private int shots;

  static Stream<Viewport> viewports() {
    return Stream.of(Viewport.DESKTOP, Viewport.PHONE);
  }

  @BeforeEach
  void chromiumIsThere() {
    Tasklist.assumeChromium();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("viewports")
  void theTryItStoryInTasklist(Viewport viewport) throws Exception {
    long started = System.nanoTime();
    prefix = "story-" + viewport.name() + "-";
    shots = 0;
    forgetEarlierScreenshots();
    try (Tasklist tasklist = Tasklist.open(port, viewport)) {
      browser = tasklist;
      try {
        String pi = startTheMeeting();
        prepare(pi);
        passThePreparation(pi);
        talk(pi);
        rejectAndReviseAReport(pi);
      } catch (Exception | AssertionError e) {
        browser.screenshot(prefix + "failed");
        throw e;
      }
    }
    System.out.printf("[story] %s walked in %.1f s%n", viewport, (System.nanoTime() - started) / 1e9);
  }

  /** 1. The office logs in at /login, lands in Tasklist and starts the meeting by choosing the unit by name. */
  private String startTheMeeting() throws Exception {
    browser.get("/login");
    shot("login");
    logInToTasklist(OFFICE);
    assertThat(browser.script("return [innerWidth, innerHeight]")).as("the viewport")
        .isEqualTo(List.of((long) browser.viewport().width(), (long) browser.viewport().height()));
    shot("tasklist-of-the-office");

    WebElement start = navigation("启动流程");
    start.click();
    WebElement process = browser.waitFor().until(d -> d.findElements(By.cssSelector(".modal ul.processes a")).stream()
        .filter(a -> a.isDisplayed() && a.getText().trim().equals("专题民主生活会")).findFirst().orElse(null));
    shot("start-process-dialog");
    process.click();
    WebElement form = browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
    browser.waitFor().until(d -> form.getText().contains("单位"));
    shot("start-form");
    List<String> offered = browser.choose(form, "Field_0002", "东河", UNIT_NAME, () -> shot("start-form-units"));
    assertThat(offered).contains(UNIT_NAME).noneMatch(unit -> unit.contains(UNIT));
    shot("start-form-unit-chosen");
    browser.clickButton("启动");
    ProcessInstance instance = browser.waitFor().withMessage("the meeting of " + UNIT + " started")
        .until(d -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(UNIT)
            .processDefinitionKey(MeetingProcess.KEY).singleResult());
    Jobs.runDue(engine);
    browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
    shot("meeting-started");
    return instance.getId();
  }

  /**
   * 2. The principal's preparation: sent once without a problem for one member (the server refuses it in
   * Chinese, under the problem list and in the notice), then completed with that problem added.
   */
  private void prepare(String pi) throws Exception {
    switchTo(PRINCIPAL);
    Task task = task(pi, PRINCIPAL, MeetingProcess.PREPARE_MEETING, "会前准备：学习、征求意见、查摆问题 · " + UNIT_NAME);
    WebElement form = openFromList(task.getName());
    assertThat(Tasklist.field(form, "textarea", "Field_0005").getDomProperty("value")).contains("陈立新", "吴国平");
    shot("preparation-form");

    Map<String, Object> values = MeetingForms.preparation(GROUP);
    List<Map<String, Object>> problems = Values.entries(values.remove("problems"));
    fill(form, "meeting-preparation", values);
    JsonNode problemList = schema("meeting-preparation").get("problems");
    for (int i = 0; i < problems.size() - 1; i++) { // the last member's problem is left out
      addProblem(form, problemList, i, problems.get(i));
    }
    assertThat(problems.get(problems.size() - 1).get("subject")).isEqualTo("zhoujianhua");
    assertThat(browser.pressComplete()).as("完成 enabled for a form the browser finds valid").isTrue();
    WebElement refusal = browser.refusal();
    assertThat(refusal.getText()).contains("问题清单中还没有周建华同志的问题").doesNotContainPattern("[A-Za-z]{2,}")
        .doesNotContain(task.getId()).doesNotContain(task.getProcessDefinitionId()).doesNotContain(MeetingProcess.KEY);
    WebElement listField = Tasklist.fieldAround(Tasklist.field(form, "textarea", "Field_0020_0"), "dynamiclist");
    browser.waitFor().until(d -> listField.getText().contains("问题清单中还没有周建华同志的问题"));
    shot("preparation-refused");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();

    // the notice stays; 完成 is still to be pressed with it on screen
    addProblem(form, problemList, problems.size() - 1, problems.get(problems.size() - 1));
    shot("preparation-fixed");
    completeOnce(task);
  }

  /** 2b. The supervision group's check of the preparation: claimed from 我的待办 and passed. */
  private void passThePreparation(String pi) throws Exception {
    switchTo(SUPERVISOR);
    Task task = groupTask(pi, MeetingProcess.REVIEW_PREPARATION, "督导组审核会前准备 · " + UNIT_NAME);
    WebElement form = claimFromList(task.getName());
    assertThat(Tasklist.field(form, "textarea", "Field_0003").getDomProperty("value")).contains("问题清单", "周建华");
    send(task, form, "preparation-review", MeetingForms.passPreparation(), "preparation-review-passing");
    switchTo(PRINCIPAL);
  }

  /** 3. The principal records a talk with a member; the member confirms the record. */
  private void talk(String pi) throws Exception {
    Task record = task(pi, PRINCIPAL, MeetingProcess.RECORD_TALK, "与吴国平谈心谈话并记录 · " + UNIT_NAME);
    WebElement form = openFromList(record.getName());
    assertThat(Tasklist.field(form, "textarea", "Field_0024").getDomProperty("value")).contains("吴国平");
    send(record, form, "talk-record", MeetingForms.talkRecord(), "talk-record-filled");

    switchTo(MEMBER);
    Task confirm = task(pi, MEMBER, MeetingProcess.CONFIRM_TALK, "确认与陈立新的谈话记录 · " + UNIT_NAME);
    form = openFromList(confirm.getName());
    assertThat(Tasklist.field(form, "textarea", "Field_0030").getDomProperty("value"))
        .contains((String) MeetingForms.talkRecord().get("topics"));
    send(confirm, form, "talk-confirm", MeetingForms.talkConfirmation(true, null), "talk-confirm-filled");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi).taskName(record.getName()).count())
        .as("a confirmed talk is not recorded again").isZero();
  }

  /**
   * 4. The member writes their report; the superior leader returns it with reasons; the member gets it
   * back with the review beside it, changes it and sends the revision.
   */
  private void rejectAndReviseAReport(String pi) throws Exception {
    String title = "吴国平同志个人对照检查材料";
    Map<String, Object> report = MeetingForms.report(1);
    Task draft = task(pi, MEMBER, MeetingProcess.DRAFT_REPORT, "撰写" + title + " · " + UNIT_NAME);
    send(draft, openFromList(draft.getName()), "report-draft", report, "report-draft-filled");

    // the supervision group's opinion first, the superior leader's decision after it
    switchTo(SUPERVISOR);
    Task opinion = groupTask(pi, MeetingProcess.SUPERVISE_REPORT, "督导组审核意见：" + title + "（第 1 稿） · " + UNIT_NAME);
    WebElement opinionForm = claimFromList(opinion.getName());
    assertThat(Tasklist.field(opinionForm, "textarea", "Field_0065").getDomProperty("value")).as("the comparison")
        .contains("材料");
    send(opinion, opinionForm, "report-supervision", MeetingForms.approve(), "report-supervision-approving");

    switchTo(SUPERIOR);
    Task review = task(pi, SUPERIOR, MeetingProcess.REVIEW_REPORT, "审核" + title + "（第 1 稿） · " + UNIT_NAME);
    WebElement form = openFromList(review.getName());
    assertThat(Tasklist.field(form, "textarea", "Field_0059").getDomProperty("value"))
        .contains((String) report.get("measures"));
    send(review, form, "report-review", MeetingForms.reject(), "report-review-rejecting");

    switchTo(MEMBER);
    Task revise = task(pi, MEMBER, MeetingProcess.DRAFT_REPORT, "修改" + title + " · " + UNIT_NAME);
    form = openFromList(revise.getName());
    assertThat(Tasklist.field(form, "textarea", "Field_0034").getDomProperty("value"))
        .as("the review beside the revision").contains("退回修改", "不见人、不见事、不见思想", "剖析根源不深刻",
            (String) MeetingForms.reject().get("reviewComment"));
    assertThat(Tasklist.field(form, "textarea", "Field_0053").getDomProperty("value"))
        .as("the revision starts from the last draft").isEqualTo(report.get("measures"));
    shot("report-revision");
    send(revise, form, "report-draft", Map.of("measures", report.get("measures") + "；四是每季度向群众公开整改进展"),
        "report-revised");
    assertThat(groupTask(pi, MeetingProcess.SUPERVISE_REPORT, "督导组审核意见：" + title + "（第 2 稿） · " + UNIT_NAME))
        .as("the revision goes to review").isNotNull();
  }

  // --- what a person does in Tasklist -----------------------------------------------------

  /** At the login page (where logging out leads), as {@code user}: lands in Tasklist, at 我的待办. */
  private void logInToTasklist(String user) {
    browser.login(user);
    browser.waitFor().until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    browser.waitFor().until(d -> browser.bodyText().contains("我的待办"));
  }

  /** Logs out, and in again as the next task's user. */
  private void switchTo(String user) {
    browser.logout();
    logInToTasklist(user);
  }

  /** A link of Tasklist's header; on a phone it is behind the header's menu button. */
  private WebElement navigation(String label) {
    By link = By.xpath("//a[normalize-space()='" + label + "']");
    if (browser.driver().findElements(link).stream().noneMatch(WebElement::isDisplayed)) {
      browser.driver().findElements(By.cssSelector(".navbar-toggle")).stream().filter(WebElement::isDisplayed)
          .findFirst().orElseThrow(() -> new AssertionError("neither " + label + " nor the menu button is shown")).click();
    }
    return browser.waitFor().until(d -> d.findElements(link).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  /** Opens a task by its title in 我的待办, as the person finds it there, and returns its form. */
  private WebElement openFromList(String title) throws IOException {
    WebElement entry = browser.waitFor().withMessage(title + " in 我的待办").ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElements(By.cssSelector("li.task h4.task a")).stream()
            .filter(a -> a.isDisplayed() && a.getText().trim().equals(title)).findFirst().orElse(null));
    assertThat(browser.driver().findElement(By.cssSelector(".task-filter.active h4.name")).getDomProperty("textContent"))
        .as("the filter the list shows").contains("我的待办");
    shot("my-tasks");
    browser.scrollIntoView(entry);
    entry.click();
    WebElement form = browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    browser.waitFor().until(d -> form.findElements(By.cssSelector(".fjs-form-field-label")).size() > 1);
    browser.dismissNotifications(); // the notices of the last task lie over the fields: closed, as a person does
    return form;
  }

  /** Opens a group's task in 我的待办 and claims it (认领), as a member of the group does before working it. */
  private WebElement claimFromList(String title) throws IOException {
    openFromList(title);
    shot("group-task");
    browser.clickButton("认领");
    // Tasklist renders the form again, editable, once the task is the person's
    WebElement form = browser.waitFor().ignoring(StaleElementReferenceException.class).withMessage("the claimed form")
        .until(d -> d.findElements(By.cssSelector(".fjs-container")).stream().filter(WebElement::isDisplayed)
            .filter(f -> !f.findElements(By.cssSelector("input, textarea")).isEmpty()
                && f.findElements(By.cssSelector("input:disabled, .fjs-disabled")).isEmpty())
            .findFirst().orElse(null));
    browser.dismissNotifications();
    return form;
  }

  /** Fills the task's form as its user would, shows the whole of it, and sends it with one press of 完成. */
  private void send(Task task, WebElement form, String formId, Map<String, Object> values, String what) throws Exception {
    fill(form, formId, values);
    tallShot(what);
    completeOnce(task);
  }

  /** Presses 完成 once; the engine then has the task completed, and Tasklist says so. */
  private void completeOnce(Task task) throws Exception {
    assertThat(browser.pressComplete()).as("完成 enabled on %s", task.getName()).isTrue();
    HistoricTaskInstance done;
    try {
      done = browser.waitFor().until(d -> engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId())
          .finished().singleResult());
    } catch (TimeoutException e) {
      browser.tallScreenshot(prefix + next() + "-not-completed"); // unchecked: the failure is what it shows
      throw new AssertionError(task.getName() + " not completed by one press of 完成; on screen: " + browser.visibleText(), e);
    }
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    Jobs.runDue(engine); // as the job executor would, where the process continues asynchronously
    // the notice Tasklist itself never shows, and no refusal of an earlier try left beside it
    browser.waitFor().until(d -> browser.bodyText().contains("任务已完成"));
    assertThat(browser.bodyText()).doesNotContain("未能提交");
    shot("completed");
  }

  /** Adds entry {@code index} of the problem list (the list starts with one) and fills it. */
  private void addProblem(WebElement form, JsonNode list, int index, Map<String, Object> problem) throws Exception {
    if (index > 0) {
      WebElement add = Tasklist.fieldAround(Tasklist.field(form, "textarea", "Field_0020_0"), "dynamiclist")
          .findElements(By.cssSelector("button")).stream().filter(b -> b.getText().contains("添加一项")).findFirst()
          .orElseThrow(() -> new AssertionError("no 添加一项 under the problem list"));
      browser.scrollIntoView(add);
      add.click();
      browser.waitFor().until(d -> !form.findElements(By.cssSelector("textarea[id$='-Field_0020_" + index + "']")).isEmpty());
    }
    Map<String, Object> shown = new LinkedHashMap<>(problem);
    shown.put("subject", NAMES.get(problem.get("subject")));
    fillFields(form, fields(list.path("components")), shown, "_" + index);
  }

  /** Fills the form's fields named by the values' keys, each as its kind of field takes it. */
  private void fill(WebElement form, String formId, Map<String, Object> values) throws Exception {
    fillFields(form, schema(formId), values, "");
  }

  private void fillFields(WebElement form, Map<String, JsonNode> fields, Map<String, Object> values, String suffix)
      throws Exception {
    for (Map.Entry<String, Object> value : values.entrySet()) {
      JsonNode field = fields.get(value.getKey());
      assertThat(field).as("a field for %s", value.getKey()).isNotNull();
      String id = field.path("id").asText() + suffix;
      Object plain = Values.plain(value.getValue());
      switch (field.path("type").asText()) {
        case "textarea" -> browser.type(form, "textarea[id$='-" + id + "']", String.valueOf(plain));
        case "textfield", "number" -> browser.type(form, "input[id$='-" + id + "']", String.valueOf(plain));
        case "datetime" -> browser.typeDate(form, id, String.valueOf(plain));
        case "checkbox" -> {
          if (Boolean.TRUE.equals(plain)) {
            browser.tick(form, "input[id$='-" + id + "']");
          }
        }
        case "radio" -> browser.tick(form, "input[id$='-" + id + "-" + option(field, plain) + "']");
        case "checklist" -> {
          for (Object each : (List<?>) plain) {
            browser.tick(form, "input[id$='-" + id + "-" + option(field, each) + "']");
          }
        }
        case "select" -> browser.choose(form, id, null, field.has("values")
            ? field.path("values").get(option(field, plain)).path("label").asText() : String.valueOf(plain), null);
        default -> throw new AssertionError("no way to fill " + field);
      }
    }
  }

  /** The index of a value among a field's options (form-js numbers its radio and checklist inputs so). */
  private static int option(JsonNode field, Object value) {
    JsonNode options = field.path("values");
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).path("value").asText().equals(String.valueOf(value))) {
        return i;
      }
    }
    throw new AssertionError(field.path("key").asText() + " has no option " + value);
  }

  /** A deployed form's fields by key (groups looked into, a dynamic list by its path). */
  private static Map<String, JsonNode> schema(String formId) throws IOException {
    return fields(JSON.readTree(new File("forms/meeting/" + formId + ".form")).path("components"));
  }

  private static Map<String, JsonNode> fields(JsonNode components) {
    Map<String, JsonNode> byKey = new HashMap<>();
    for (JsonNode component : components) {
      if (component.has("key")) {
        byKey.put(component.path("key").asText(), component);
      } else if (component.path("type").asText().equals("dynamiclist")) {
        byKey.put(component.path("path").asText(), component);
      } else if (component.has("components")) {
        byKey.putAll(fields(component.path("components")));
      }
    }
    return byKey;
  }

  // --- what the engine says ---------------------------------------------------------------

  /** The user's one task of that activity and title (Tasklist's title: the name with the unit). */
  private Task task(String pi, String assignee, String activity, String name) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskAssignee(assignee)
        .taskDefinitionKey(activity).taskName(name).list();
    assertThat(tasks).as("%s's %s named %s", assignee, activity, name).hasSize(1);
    return tasks.get(0);
  }

  /** The one task of that activity and title for the supervision group (sg-city-1), to claim. */
  private Task groupTask(String pi, String activity, String name) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskCandidateGroup("sg-city-1")
        .taskDefinitionKey(activity).taskName(name).list();
    assertThat(tasks).as("the supervision group's %s named %s", activity, name).hasSize(1);
    return tasks.get(0);
  }

  // --- what is on screen ------------------------------------------------------------------

  /** Checks the page for English of form-js and Tasklist, then takes its screenshot. */
  private void shot(String what) throws IOException {
    browser.screenshot(checked(what));
  }

  /** The same, the page made tall enough for the whole form. */
  private void tallShot(String what) throws Exception {
    browser.tallScreenshot(checked(what));
  }

  /** The next screenshot's name, once the page shows no English of form-js or Tasklist. */
  private String checked(String what) {
    String text = browser.visibleText();
    List<String> found = new ArrayList<>();
    for (int i = 0; i < FORBIDDEN.size(); i++) {
      if (FORBIDDEN_WORDS.get(i).matcher(text).find()) {
        found.add(FORBIDDEN.get(i));
      }
    }
    String name = prefix + next() + "-" + what;
    // any other Latin word is printed, to be judged (and added above if it is the webapps' English)
    List<String> latin = new ArrayList<>();
    for (Matcher m = LATIN_WORD.matcher(text); m.find(); ) {
      latin.add(m.group());
    }
    if (!latin.isEmpty()) {
      System.out.println("[story] Latin words on " + name + ": " + latin.stream().distinct().toList());
    }
    assertThat(found).as("English of form-js or Tasklist on %s:%n%s", name, text).isEmpty();
    return name;
  }

  /** So that what is in target/screenshots is this walk's. */
  private void forgetEarlierScreenshots() throws IOException {
    if (Files.isDirectory(Tasklist.SCREENSHOTS)) {
      try (Stream<Path> files = Files.list(Tasklist.SCREENSHOTS)) {
        for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private String next() {
    return String.format("%02d", ++shots);
  }
}
