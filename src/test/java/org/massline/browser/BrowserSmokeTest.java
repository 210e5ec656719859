package org.massline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.massline.app.Clock;
import org.massline.support.MasslineTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Smoke test in a real (headless) Chromium: the Chinese login page in front of Camunda's webapps,
 * single sign-on into Tasklist, a Camunda Form rendered for the principal's first meeting task, and
 * the process diagram in Cockpit for a supervisor. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Uses the Debian packages {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} only;
 * nothing is downloaded (Selenium Manager is bypassed). Without Chromium the test is skipped,
 * unless {@code MASSLINE_BROWSER_TESTS=required} (system property or environment), then it fails.
 */
class BrowserSmokeTest extends MasslineTest {

  /** The Debian packages; overridable with {@code -Dmassline.chromium=…} / {@code -Dmassline.chromedriver=…}. */
  static final String CHROMIUM = System.getProperty("massline.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("massline.chromedriver", "/usr/bin/chromedriver");
  static final Duration TIMEOUT = Duration.ofSeconds(30);
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  static final String UNIT = "dh-county";
  static final String OFFICE = "hejing";
  static final String PRINCIPAL = "chenlixin";
  static final String SUPERVISOR = "gaoming";
  static final String PREPARE_TASK_NAME = "会前准备：学习、征求意见、查摆问题";

  @LocalServerPort
  int port;

  private WebDriver driver;
  private Path profile;

  @BeforeEach // not @BeforeAll: Surefire reports a class-level assumption as 0 tests, not as skipped
  void chromiumIsThere() {
    boolean present = Files.isExecutable(Paths.get(CHROMIUM)) && Files.isExecutable(Paths.get(CHROMEDRIVER));
    String mode = System.getProperty("MASSLINE_BROWSER_TESTS", System.getenv("MASSLINE_BROWSER_TESTS"));
    if (!present && "required".equalsIgnoreCase(mode)) {
      fail("MASSLINE_BROWSER_TESTS=required but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
    }
    assumeTrue(present, CHROMIUM + " or " + CHROMEDRIVER + " not installed: browser tests skipped");
  }

  @AfterEach
  void quitBrowser() throws IOException {
    quit();
  }

  @Test
  void loginSingleSignOnTasklistFormAndCockpitDiagram() throws Exception {
    String pi = startMeeting();

    // 1. anonymous → the Chinese login page; log in once → Tasklist, no second login
    open();
    driver.get(url("/camunda/app/tasklist/default/"));
    WebDriverWait wait = waitFor();
    wait.until(ExpectedConditions.urlContains("/login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(driver.getTitle()).contains("登录");
    assertThat(text(By.tagName("body"))).contains("群众路线教育实践活动工作平台", "用户名", "密码");
    screenshot("01-login");
    login(PRINCIPAL);

    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    wait.until(d -> bodyText().contains("我的待办"));
    wait.until(d -> bodyText().contains("陈立新")); // the user's name in the header
    assertThat(driver.findElements(By.cssSelector("form[name='signinForm'], input[ng-model='username']")))
        .as("Camunda's own login form must not appear").isEmpty();
    assertThat(driver.getCurrentUrl()).doesNotContain("#/login");
    screenshot("02-tasklist");

    // 2. the principal's preparation task with its Camunda Form
    String taskId = taskOf(pi, PRINCIPAL);
    WebElement form = openTask(taskId);
    assertThat(form.getText()).contains("班子情况", "学习时长（小时）", "意见汇总", "征求意见的方式", "座谈会",
        "涉及", "“四风”类别", "问题来源");
    // the read-only context set by the task listener is shown
    assertThat(field(form, "textarea", "Field_0005").getDomProperty("value")).contains("陈立新", "吴国平");
    screenshot("03-tasklist-form");

    // the empty form, Complete once: what does the user see? (nothing may reach the server)
    System.out.println("[browser] empty form, Complete: " + clickComplete());
    tallScreenshot("04-tasklist-form-completed-empty");
    assertThat(taskOf(pi, PRINCIPAL)).as("the task is still open").isEqualTo(taskId);

    // every field filled; the select in the dynamic list offers the members from subjectOptions
    List<String> subjects = fillPreparationWithOnlyTheGroupProblem(form);
    System.out.println("[browser] subject options in the problem list: " + subjects);
    assertThat(subjects).containsExactly("领导班子", "陈立新", "吴国平", "杨秀英", "周建华");
    tallScreenshot("06-tasklist-form-filled");
    // form-js leaves empty entries in its errors after list edits, and Tasklist disabled Complete on any
    // entry; massline-forms.js keeps only the errors the form still has: Complete works without Save
    assertThat(completeButton().isEnabled()).as("Complete enabled after the list was filled").isTrue();
    clickButton("保存");
    waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class).withMessage("保存 says it saved")
        .until(d -> d.findElements(By.cssSelector(".massline-saved")).stream().anyMatch(e -> e.getText().contains("已保存草稿")));

    // valid for the browser, refused by the server (no problem for the members): the reason is shown
    System.out.println("[browser] only the group's problem, Complete: " + clickComplete());
    WebElement refusal = waitFor().until(d -> d.findElements(By.cssSelector(".page-notifications .alert-danger")).stream()
        .filter(e -> e.getText().contains("未能提交")).findFirst().orElse(null));
    assertThat(refusal.getText()).contains("集中学习日期不能晚于今天", "问题清单中还没有陈立新同志的问题",
        "问题清单中还没有周建华同志的问题").doesNotContain(taskId).doesNotContain("democratic-life-meeting");
    // the reason that names a field is shown under it too
    WebElement dateField = form.findElement(By.cssSelector("input[id$='-Field_0006-date']"))
        .findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
    waitFor().until(d -> dateField.getText().contains("集中学习日期不能晚于今天"));
    assertThat(dateField.getText()).doesNotContain("问题清单");
    WebElement problemList = form.findElement(By.cssSelector("textarea[id$='-Field_0020_0']"))
        .findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field-dynamiclist')][1]"));
    assertThat(problemList.getText()).contains("问题清单中还没有陈立新同志的问题");
    tallScreenshot("07-tasklist-form-refused-by-server");
    assertThat(taskOf(pi, PRINCIPAL)).as("the task is still open").isEqualTo(taskId);
    quit();

    // 3. a supervisor in Cockpit: the process definition with its diagram
    open();
    driver.get(url("/camunda/app/cockpit/default/#/processes"));
    wait = waitFor();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    login(SUPERVISOR);
    wait.until(ExpectedConditions.urlContains("/camunda/app/cockpit/"));
    String definitionId = definitionId();
    driver.get(url("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container svg")));
    wait.until(d -> d.findElements(By.cssSelector(".djs-container g.djs-element.djs-shape")).size() > 10);
    assertThat(driver.findElements(By.cssSelector(".djs-container [data-element-id='prepareMeeting']")))
        .as("the preparation task in the diagram").isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("form[name='signinForm']"))).isEmpty();
    Thread.sleep(1000); // let the diagram zoom to fit and the instance badges arrive
    screenshot("08-cockpit-diagram");
    String diagramText = text(By.cssSelector(".djs-container"));
    System.out.println("[browser] cockpit diagram labels (start): "
        + diagramText.substring(0, Math.min(300, diagramText.length())).replace('\n', ' '));
    assertThat(diagramText).contains("会前准备：学习、征求意见、查摆问题", "上级党组织审核把关");
    zoomIn(3);
    screenshot("09-cockpit-diagram-zoomed");
  }

  // ------------------------------------------------------------------------------------------

  private WebElement openTask(String taskId) {
    driver.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    WebDriverWait wait = waitFor();
    wait.until(d -> bodyText().contains(PREPARE_TASK_NAME));
    WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    wait.until(d -> form.getText().contains("集中学习日期") && form.getText().contains("问题清单"));
    return form;
  }

  /** A form-js input by its schema id (form-js ids are {@code fjs-form-<random>-<field id>}). */
  private static WebElement field(WebElement form, String tag, String fieldId) {
    return form.findElement(By.cssSelector(tag + "[id$='-" + fieldId + "']"));
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

  /** Closes Tasklist's notifications (they sit over the form's buttons at the bottom right). */
  private void dismissNotifications() {
    for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .close, .page-notifications button"))) {
      if (close.isDisplayed()) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", close);
      }
    }
  }

  private void clickButton(String labels) {
    dismissNotifications();
    WebElement button = driver.findElements(By.cssSelector("button")).stream()
        .filter(WebElement::isDisplayed)
        .filter(b -> b.getText().trim().matches(labels))
        .findFirst().orElseThrow(() -> new AssertionError("no visible button " + labels));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", button);
    button.click();
  }

  private WebElement completeButton() {
    return driver.findElements(By.cssSelector("button")).stream()
        .filter(WebElement::isDisplayed)
        .filter(b -> b.getText().trim().matches("完成|Complete"))
        .findFirst().orElseThrow(() -> new AssertionError("no visible Complete button"));
  }

  /** Clicks Tasklist's Complete button once and describes what the user then sees. */
  private String clickComplete() throws InterruptedException {
    dismissNotifications();
    WebElement complete = completeButton();
    boolean enabled = complete.isEnabled();
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", complete);
    if (enabled) {
      complete.click();
    }
    Thread.sleep(3000);
    StringBuilder seen = new StringBuilder("Complete button enabled=" + enabled + (enabled ? " (clicked)" : " (not clickable)"));
    for (WebElement e : driver.findElements(By.cssSelector(".fjs-form-field-error, .alert, .notification"))) {
      if (e.isDisplayed() && !e.getText().isBlank()) {
        seen.append(" | ").append(e.getAttribute("class")).append(": ").append(e.getText().replace('\n', ' '));
      }
    }
    return seen.toString();
  }

  /**
   * Fills every field validly in the browser, but with a study date tomorrow and a problem for the group
   * only: the form's own checks pass, the server's rules (no date in the future, every member needs a
   * problem) refuse it.
   */
  private List<String> fillPreparationWithOnlyTheGroupProblem(WebElement form) throws Exception {
    WebElement date = form.findElement(By.cssSelector("input[id$='-Field_0006-date']"));
    date.click();
    assertThat(date.getDomAttribute("placeholder")).as("dates are written as 年-月-日").matches("(?i)yyyy-mm-dd");
    date.sendKeys(Clock.today().plusDays(1).format(DateTimeFormatter.ISO_LOCAL_DATE));
    date.sendKeys(Keys.ENTER, Keys.TAB); // the date picker closes when the input loses focus
    Thread.sleep(800);
    assertThat(date.getDomProperty("value")).as("the date as the picker took it")
        .isEqualTo(Clock.today().plusDays(1).format(DateTimeFormatter.ISO_LOCAL_DATE));
    type(form, "input[id$='-Field_0007']", "16");
    type(form, "textarea[id$='-Field_0009']", "集中学习党章和中央关于改进作风的规定，围绕反对“四风”开展专题讨论");
    type(form, "input[id$='-Field_0010']", "应到 4 人，实到 4 人");
    type(form, "input[id$='-Field_0012']", "36");
    WebElement channel = form.findElement(By.cssSelector("input[id$='-Field_0013-0']"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", channel);
    channel.click();
    waitFor().until(d -> channel.isSelected());
    type(form, "textarea[id$='-Field_0014']", "共征求意见 36 条：形式主义方面 12 条，主要是会议多、文件多；官僚主义方面 10 条。");
    List<String> subjects = choose(form, "Field_0016_0", "领导班子", "05-tasklist-form-subject-options");
    choose(form, "Field_0017_0", "形式主义", null);
    choose(form, "Field_0018_0", "集体议", null);
    type(form, "textarea[id$='-Field_0020_0']", "会议多、文件多，以会议落实会议、以文件落实文件");
    return subjects;
  }

  /**
   * Types into a form-js input and leaves it, so that its debounced change reaches the form; then
   * lets the form settle. form-js inputs are controlled: a re-render before the change lands puts
   * the old value back, so the value is checked after a pause and typed again if it was lost.
   */
  private void type(WebElement form, String css, String text) throws InterruptedException {
    WebElement input = form.findElement(By.cssSelector(css));
    for (int attempt = 1; ; attempt++) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
      input.click();
      input.clear();
      input.sendKeys(text);
      input.sendKeys(Keys.TAB);
      Thread.sleep(800);
      if (text.equals(input.getDomProperty("value"))) {
        return;
      }
      System.out.println("[browser] " + css + " lost what was typed (attempt " + attempt + "), holds '"
          + input.getDomProperty("value") + "'");
      if (attempt == 3) {
        throw new AssertionError(css + " does not keep '" + text + "'");
      }
    }
  }

  /**
   * Picks {@code label} in form-js's own dropdown of the select whose hidden input ends with
   * {@code fieldId}, and returns all the options it offered (with a screenshot of them if named).
   */
  private List<String> choose(WebElement form, String fieldId, String label, String screenshot) throws IOException {
    WebElement field = field(form, "input", fieldId)
        .findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field-select')]"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", field);
    By items = By.cssSelector(".fjs-dropdownlist-item");
    // a mouse-down toggles the dropdown, and focus opens it too: click until it is open
    for (int attempt = 1; field.findElements(items).isEmpty(); attempt++) {
      if (attempt > 5) {
        throw new AssertionError("the dropdown of " + fieldId + " does not open: " + field.getDomProperty("outerHTML"));
      }
      field.findElement(By.cssSelector(".fjs-input-group")).click();
      try {
        new WebDriverWait(driver, Duration.ofMillis(1500)).until(d -> !field.findElements(items).isEmpty());
      } catch (org.openqa.selenium.TimeoutException e) {
        // click again
      }
    }
    List<String> offered = field.findElements(items).stream().map(i -> i.getText().trim()).toList();
    if (screenshot != null) {
      screenshot(screenshot);
    }
    WebElement item = field.findElements(items).stream().filter(i -> i.getText().trim().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError(fieldId + " does not offer '" + label + "' but " + offered));
    new Actions(driver).moveToElement(item).click().perform();
    waitFor().until(d -> field.findElement(By.cssSelector(".fjs-select-display")).getText().trim().equals(label));
    return offered;
  }

  private void open() throws IOException {
    profile = Files.createTempDirectory("massline-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1600,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
    // a Chinese browser, as the campaign's people have (headless Chromium ignores --lang alone)
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
  }

  private void quit() throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (profile != null) {
        try (Stream<Path> files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        profile = null;
      }
    }
  }

  private void login(String user) {
    WebDriverWait wait = waitFor();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.cssSelector("form button[type='submit']")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private WebDriverWait waitFor() {
    return new WebDriverWait(driver, TIMEOUT);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  private String text(By by) {
    return driver.findElement(by).getText();
  }

  /** A screenshot with the window made tall enough for the whole task form (Tasklist scrolls inside a pane). */
  private void tallScreenshot(String name) throws IOException, InterruptedException {
    Dimension normal = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(normal.getWidth(), 2600));
    Thread.sleep(500);
    try {
      screenshot(name);
    } finally {
      driver.manage().window().setSize(normal);
    }
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
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
    String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
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
