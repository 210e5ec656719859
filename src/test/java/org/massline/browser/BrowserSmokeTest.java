package org.massline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.massline.app.Clock;
import org.massline.browser.Tasklist.Viewport;
import org.massline.support.MasslineTest;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Smoke test in a real (headless) Chromium ({@link Tasklist}): the Chinese login page in front of
 * Camunda's webapps, single sign-on into Tasklist, a Camunda Form rendered for the principal's first
 * meeting task, and the process diagram in Cockpit for a supervisor. Screenshots go to
 * {@code target/screenshots/}.
 */
class BrowserSmokeTest extends MasslineTest {

  /** Wide enough for Cockpit's diagram beside its side panel. */
  static final Viewport WINDOW = new Viewport("smoke", 1600, 1000, false);

  static final String UNIT = "dh-county";
  static final String OFFICE = "hejing";
  static final String PRINCIPAL = "chenlixin";
  static final String SUPERVISOR = "gaoming";
  static final String PREPARE_TASK_NAME = "会前准备：学习、征求意见、查摆问题";

  @LocalServerPort
  int port;

  private Tasklist browser;
  private WebDriver driver;

  @BeforeEach
  void chromiumIsThere() {
    Tasklist.assumeChromium();
  }

  @AfterEach
  void quitBrowser() throws Exception {
    quit();
  }

  @Test
  void loginSingleSignOnTasklistFormAndCockpitDiagram() throws Exception {
    String pi = startMeeting();

    // 1. anonymous → the Chinese login page; log in once → Tasklist, no second login
    open();
    browser.get("/camunda/app/tasklist/default/");
    WebDriverWait wait = browser.waitFor();
    wait.until(ExpectedConditions.urlContains("/login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(driver.getTitle()).contains("登录");
    assertThat(browser.text(By.tagName("body"))).contains("群众路线教育实践活动工作平台", "用户名", "密码");
    browser.screenshot("01-login");
    browser.login(PRINCIPAL);

    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    wait.until(d -> browser.bodyText().contains("我的待办"));
    wait.until(d -> browser.bodyText().contains("陈立新")); // the user's name in the header
    assertThat(driver.findElements(By.cssSelector("form[name='signinForm'], input[ng-model='username']")))
        .as("Camunda's own login form must not appear").isEmpty();
    assertThat(driver.getCurrentUrl()).doesNotContain("#/login");
    browser.screenshot("02-tasklist");

    // 2. the principal's preparation task with its Camunda Form
    String taskId = taskOf(pi, PRINCIPAL);
    WebElement form = openTask(taskId);
    assertThat(form.getText()).contains("班子情况", "学习时长（小时）", "意见汇总", "征求意见的方式", "座谈会",
        "涉及", "“四风”类别", "问题来源");
    // the read-only context set by the task listener is shown
    assertThat(Tasklist.field(form, "textarea", "Field_0005").getDomProperty("value")).contains("陈立新", "吴国平");
    browser.screenshot("03-tasklist-form");

    // the empty form, Complete once: what does the user see? (nothing may reach the server)
    System.out.println("[browser] empty form, Complete: " + browser.clickComplete());
    browser.tallScreenshot("04-tasklist-form-completed-empty");
    assertThat(taskOf(pi, PRINCIPAL)).as("the task is still open").isEqualTo(taskId);

    // every field filled; the select in the dynamic list offers the members from subjectOptions
    List<String> subjects = fillPreparationWithOnlyTheGroupProblem(form);
    System.out.println("[browser] subject options in the problem list: " + subjects);
    assertThat(subjects).containsExactly("领导班子", "陈立新", "吴国平", "杨秀英", "周建华");
    browser.tallScreenshot("06-tasklist-form-filled");
    // form-js leaves empty entries in its errors after list edits, and Tasklist disabled Complete on any
    // entry; massline-forms.js keeps only the errors the form still has: Complete works without Save
    assertThat(browser.completeButton().isEnabled()).as("Complete enabled after the list was filled").isTrue();
    browser.clickButton("保存");
    browser.waitFor().ignoring(StaleElementReferenceException.class).withMessage("保存 says it saved")
        .until(d -> d.findElements(By.cssSelector(".massline-saved")).stream().anyMatch(e -> e.getText().contains("已保存草稿")));

    // valid for the browser, refused by the server (no problem for the members): the reason is shown
    System.out.println("[browser] only the group's problem, Complete: " + browser.clickComplete());
    WebElement refusal = browser.refusal();
    assertThat(refusal.getText()).contains("集中学习日期不能晚于今天", "问题清单中还没有陈立新同志的问题",
        "问题清单中还没有周建华同志的问题").doesNotContain(taskId).doesNotContain("democratic-life-meeting");
    // the reason that names a field is shown under it too
    WebElement dateField = Tasklist.fieldAround(form.findElement(By.cssSelector("input[id$='-Field_0006-date']")), "datetime");
    browser.waitFor().until(d -> dateField.getText().contains("集中学习日期不能晚于今天"));
    assertThat(dateField.getText()).doesNotContain("问题清单");
    WebElement problemList = Tasklist.fieldAround(Tasklist.field(form, "textarea", "Field_0020_0"), "dynamiclist");
    assertThat(problemList.getText()).contains("问题清单中还没有陈立新同志的问题");
    browser.tallScreenshot("07-tasklist-form-refused-by-server");
    assertThat(taskOf(pi, PRINCIPAL)).as("the task is still open").isEqualTo(taskId);
    quit();

    // 3. a supervisor in Cockpit: the process definition with its diagram
    open();
    browser.get("/camunda/app/cockpit/default/#/processes");
    wait = browser.waitFor();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    browser.login(SUPERVISOR);
    wait.until(ExpectedConditions.urlContains("/camunda/app/cockpit/"));
    String definitionId = definitionId();
    browser.get("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container svg")));
    wait.until(d -> d.findElements(By.cssSelector(".djs-container g.djs-element.djs-shape")).size() > 10);
    assertThat(driver.findElements(By.cssSelector(".djs-container [data-element-id='prepareMeeting']")))
        .as("the preparation task in the diagram").isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("form[name='signinForm']"))).isEmpty();
    Thread.sleep(1000); // let the diagram zoom to fit and the instance badges arrive
    browser.screenshot("08-cockpit-diagram");
    String diagramText = browser.text(By.cssSelector(".djs-container"));
    System.out.println("[browser] cockpit diagram labels (start): "
        + diagramText.substring(0, Math.min(300, diagramText.length())).replace('\n', ' '));
    assertThat(diagramText).contains("会前准备：学习、征求意见、查摆问题", "上级党组织审核把关");
    zoomIn(3);
    browser.screenshot("09-cockpit-diagram-zoomed");
  }

  // ------------------------------------------------------------------------------------------

  private void open() throws Exception {
    browser = Tasklist.open(port, WINDOW);
    driver = browser.driver();
  }

  private void quit() throws Exception {
    if (browser != null) {
      browser.close();
      browser = null;
      driver = null;
    }
  }

  private WebElement openTask(String taskId) {
    browser.get("/camunda/app/tasklist/default/#/?task=" + taskId);
    WebDriverWait wait = browser.waitFor();
    wait.until(d -> browser.bodyText().contains(PREPARE_TASK_NAME));
    WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    wait.until(d -> form.getText().contains("集中学习日期") && form.getText().contains("问题清单"));
    return form;
  }

  /** Presses the diagram's zoom-in button, if Cockpit shows one. */
  private void zoomIn(int times) throws InterruptedException {
    List<WebElement> buttons = driver.findElements(By.cssSelector("button.in, [class*='zoom'] button[class*='in']"));
    System.out.println("[browser] cockpit zoom-in buttons: " + buttons.size());
    for (int i = 0; i < times && !buttons.isEmpty(); i++) {
      buttons.get(0).click();
      Thread.sleep(300);
    }
    Thread.sleep(700);
  }

  /**
   * Fills every field validly in the browser, but with a study date tomorrow and a problem for the group
   * only: the form's own checks pass, the server's rules (no date in the future, every member needs a
   * problem) refuse it.
   */
  private List<String> fillPreparationWithOnlyTheGroupProblem(WebElement form) throws Exception {
    WebElement date = Tasklist.field(form, "input", "Field_0006-date");
    assertThat(date.getDomAttribute("placeholder")).as("dates are written as 年-月-日").matches("(?i)yyyy-mm-dd");
    browser.typeDate(form, "Field_0006", Clock.today().plusDays(1).format(DateTimeFormatter.ISO_LOCAL_DATE));
    browser.type(form, "input[id$='-Field_0007']", "16");
    browser.type(form, "textarea[id$='-Field_0009']", "集中学习党章和中央关于改进作风的规定，围绕反对“四风”开展专题讨论");
    browser.type(form, "input[id$='-Field_0010']", "应到 4 人，实到 4 人");
    browser.type(form, "input[id$='-Field_0012']", "36");
    browser.tick(form, "input[id$='-Field_0013-0']");
    browser.type(form, "textarea[id$='-Field_0014']", "共征求意见 36 条：形式主义方面 12 条，主要是会议多、文件多；官僚主义方面 10 条。");
    List<String> subjects = browser.choose(form, "Field_0016_0", null, "领导班子",
        () -> browser.screenshot("05-tasklist-form-subject-options"));
    browser.choose(form, "Field_0017_0", null, "形式主义", null);
    browser.choose(form, "Field_0018_0", null, "集体议", null);
    browser.type(form, "textarea[id$='-Field_0020_0']", "会议多、文件多，以会议落实会议、以文件落实文件");
    return subjects;
  }

  // --- REST, as the demo users with HTTP Basic --------------------------------------------

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  private String startMeeting() throws Exception {
    JsonNode started = rest(OFFICE, "POST", "/engine-rest/process-definition/key/democratic-life-meeting/start",
        "{\"businessKey\":\"" + UNIT + "\"}");
    assertThat(started.path("businessKey").asText()).isEqualTo(UNIT);
    return started.path("id").asText();
  }

  private String taskOf(String pi, String user) throws Exception {
    JsonNode tasks = rest(user, "GET", "/engine-rest/task?processInstanceId=" + pi + "&assignee=" + user, null);
    assertThat(tasks).as("%s's tasks", user).hasSize(1);
    assertThat(tasks.get(0).path("name").asText()).isEqualTo(PREPARE_TASK_NAME + " · 中共东河县委");
    return tasks.get(0).path("id").asText();
  }

  private String definitionId() throws Exception {
    return rest(SUPERVISOR, "GET", "/engine-rest/process-definition/key/democratic-life-meeting", null)
        .path("id").asText();
  }

  private JsonNode rest(String user, String method, String path, String body) throws Exception {
    String token = Base64.getEncoder().encodeToString((user + ":" + Tasklist.PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + token).header("Accept", "application/json");
    if (body == null) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body()).isBetween(200, 299);
    return JSON.readTree(response.body());
  }
}
