package org.massline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.massline.browser.Tasklist.Viewport;
import org.massline.forms.Values;
import org.massline.support.Jobs;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One process walked through Tasklist as its people walk it: each logs in, finds their task in 我的待办,
 * fills its Camunda Form by the form's schema and sends it with one press of 完成; the engine says
 * what became of it. Every page shot is first checked for English of form-js and Tasklist. Screenshots:
 * {@code target/screenshots/<walk>-<viewport>-NN-<what>.png}.
 */
final class TasklistWalk {

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
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the people do, in order. */
  @FunctionalInterface
  interface Steps {
    void walk(TasklistWalk walk) throws Exception;
  }

  private final Tasklist browser;
  private final ProcessEngine engine;
  private final String name;
  private final String prefix;
  private final String forms;
  private int shots;

  private TasklistWalk(Tasklist browser, ProcessEngine engine, String name, String forms) {
    this.browser = browser;
    this.engine = engine;
    this.name = name;
    this.prefix = name + "-" + browser.viewport().name() + "-";
    this.forms = forms;
  }

  /**
   * Walks {@code steps} in a browser of that viewport, the forms read from {@code forms/<forms>/}; on a
   * failure the screen is kept as {@code <name>-<viewport>-failed.png}.
   */
  static void walk(int port, Viewport viewport, ProcessEngine engine, String name, String forms, Steps steps)
      throws Exception {
    long started = System.nanoTime();
    try (Tasklist browser = Tasklist.open(port, viewport)) {
      TasklistWalk walk = new TasklistWalk(browser, engine, name, forms);
      walk.forgetEarlierScreenshots();
      try {
        steps.walk(walk);
      } catch (Exception | AssertionError e) {
        browser.screenshot(walk.prefix + "failed");
        throw e;
      }
    }
    System.out.printf("[%s] %s walked in %.1f s%n", name, viewport, (System.nanoTime() - started) / 1e9);
  }

  Tasklist browser() {
    return browser;
  }

  // --- what a person does in Tasklist -----------------------------------------------------

  /** Opens /login and logs in as {@code user}, who lands in Tasklist in a page exactly the viewport's size. */
  private void arrive(String user, String what) throws IOException {
    browser.get("/login");
    shot("login");
    logInToTasklist(user);
    assertThat(browser.script("return [innerWidth, innerHeight]")).as("the viewport")
        .isEqualTo(List.of((long) browser.viewport().width(), (long) browser.viewport().height()));
    shot(what);
  }

  /** At the login page (where logging out leads), as {@code user}: lands in Tasklist, at 我的待办. */
  void logInToTasklist(String user) {
    browser.login(user);
    browser.waitFor().until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    browser.waitFor().until(d -> browser.bodyText().contains("我的待办"));
  }

  /** Logs out, and in again as the next task's user. */
  void switchTo(String user) {
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

  /** On a phone, the header's menu opened for a link is closed again with its button, as a person does. */
  private void closeMenu() {
    By open = By.cssSelector(".navbar-toggle.open");
    browser.driver().findElements(open).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(toggle -> {
      toggle.click();
      browser.waitFor().until(d -> d.findElements(open).stream().noneMatch(WebElement::isDisplayed));
    });
  }

  /**
   * The office logs in at /login, lands in Tasklist and starts the process of that name (and key) for a
   * unit, found by typing {@code search} into the start form's searchable select {@code selectId}, which
   * offers the units by name; returns the instance.
   */
  String startForUnit(String office, String process, String key, String selectId, String search, String unit,
      String unitName) throws Exception {
    return startForUnit(office, process, key, selectId, search, unit, unitName, form -> { });
  }

  /** What the office fills in on a start form besides the unit. */
  @FunctionalInterface
  interface StartForm {
    void fill(WebElement form) throws Exception;
  }

  /** The same, with the start form's other fields filled in by {@code more} once the unit is chosen. */
  String startForUnit(String office, String process, String key, String selectId, String search, String unit,
      String unitName, StartForm more) throws Exception {
    arrive(office, "tasklist-of-the-office");
    navigation("启动流程").click();
    WebElement entry = browser.waitFor().until(d -> d.findElements(By.cssSelector(".modal ul.processes a")).stream()
        .filter(a -> a.isDisplayed() && a.getText().trim().equals(process)).findFirst().orElse(null));
    shot("start-process-dialog");
    entry.click();
    WebElement form = browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
    browser.waitFor().until(d -> !form.findElements(By.cssSelector("input[id$='-" + selectId + "']")).isEmpty());
    shot("start-form");
    List<String> offered = browser.choose(form, selectId, search, unitName, () -> shot("start-form-units"));
    assertThat(offered).contains(unitName).noneMatch(name -> name.contains(unit));
    shot("start-form-unit-chosen");
    more.fill(form);

    browser.clickButton("启动");
    ProcessInstance instance = browser.waitFor().withMessage("the " + key + " of " + unit + " started")
        .until(d -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(unit)
            .processDefinitionKey(key).singleResult());
    Jobs.runDue(engine);
    browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
    closeMenu();
    shot("started");
    return instance.getId();
  }

  /** Opens a task by its title in 我的待办, as the person finds it there, and returns its form. */
  WebElement openFromList(String title) throws IOException {
    Function<WebDriver, WebElement> entry = d -> d.findElements(By.cssSelector("li.task h4.task a")).stream()
        .filter(a -> a.isDisplayed() && a.getText().trim().equals(title)).findFirst().orElse(null);
    browser.waitFor().withMessage(title + " in 我的待办").ignoring(StaleElementReferenceException.class).until(entry);
    assertThat(browser.driver().findElement(By.cssSelector(".task-filter.active h4.name")).getDomProperty("textContent"))
        .as("the filter the list shows").contains("我的待办");
    shot("my-tasks");
    // the list is drawn again while tasks just created arrive in it: found afresh until the click lands
    browser.waitFor().ignoring(StaleElementReferenceException.class).until(d -> {
      WebElement found = entry.apply(d);
      if (found == null) {
        return false;
      }
      browser.scrollIntoView(found);
      found.click();
      return true;
    });
    WebElement form = browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    browser.waitFor().until(d -> form.findElements(By.cssSelector(".fjs-form-field-label")).size() > 1);
    browser.dismissNotifications(); // the notices of the last task lie over the fields: closed, as a person does
    return form;
  }

  /** Opens a group's task in 我的待办 and claims it (认领), as a member of the group does before working it. */
  WebElement claimFromList(String title) throws IOException {
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
  void send(Task task, WebElement form, String formId, Map<String, Object> values, String what) throws Exception {
    fill(form, formId, values);
    tallShot(what);
    completeOnce(task);
  }

  /** Presses 完成 once; the engine then has the task completed, and Tasklist says so. */
  void completeOnce(Task task) throws Exception {
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

  // --- Camunda Forms, filled by their schema ----------------------------------------------

  /**
   * Presses 添加一项 under the dynamic list that holds the field {@code fieldId} (as its first entry has
   * it), and waits for entry {@code index}.
   */
  void addEntry(WebElement form, String tag, String fieldId, int index) {
    WebElement add = Tasklist.fieldAround(Tasklist.field(form, tag, fieldId + "_0"), "dynamiclist")
        .findElements(By.cssSelector("button")).stream().filter(b -> b.getText().contains("添加一项")).findFirst()
        .orElseThrow(() -> new AssertionError("no 添加一项 under the list of " + fieldId));
    browser.scrollIntoView(add);
    add.click();
    browser.waitFor().until(d -> !form.findElements(By.cssSelector(tag + "[id$='-" + fieldId + "_" + index + "']")).isEmpty());
  }

  /** Removes the last entry of a dynamic list, entry {@code index}, with its ×. */
  void removeLastEntry(WebElement form, String tag, String fieldId, int index) {
    By entry = By.cssSelector(tag + "[id$='-" + fieldId + "_" + index + "']");
    WebElement remove = form.findElement(entry)
        .findElement(By.xpath("ancestor::div[contains(@class,'fjs-repeat-row-container')][1]"))
        .findElement(By.cssSelector(".fjs-repeat-row-remove"));
    browser.scrollIntoView(remove);
    remove.click();
    browser.waitFor().until(d -> form.findElements(entry).isEmpty());
  }

  /** Fills the form's fields named by the values' keys, each as its kind of field takes it. */
  void fill(WebElement form, String formId, Map<String, Object> values) throws Exception {
    fillFields(form, schema(formId), values, "");
  }

  /** Fills entry {@code index} of a dynamic list (its schema's component) as {@link #fill} does. */
  void fillEntry(WebElement form, JsonNode list, int index, Map<String, Object> values) throws Exception {
    fillFields(form, fields(list.path("components")), values, "_" + index);
  }

  /**
   * Each value as its field takes it; a select, radio or checklist whose options come with the task
   * ({@code valuesKey}) is given the labels the person reads.
   */
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
        case "radio" -> browser.tick(form, "input[id$='-" + id + "-" + option(form, field, id, plain) + "']");
        case "checklist" -> {
          for (Object each : (List<?>) plain) {
            browser.tick(form, "input[id$='-" + id + "-" + option(form, field, id, each) + "']");
          }
        }
        case "select" -> browser.choose(form, id, null, field.has("values")
            ? field.path("values").get(option(form, field, id, plain)).path("label").asText() : String.valueOf(plain), null);
        default -> throw new AssertionError("no way to fill " + field);
      }
    }
  }

  /** The index of a value among a field's options (form-js numbers its radio and checklist inputs so). */
  private static int option(WebElement form, JsonNode field, String id, Object value) {
    List<String> options = new ArrayList<>();
    if (field.has("values")) {
      field.path("values").forEach(o -> options.add(o.path("value").asText()));
    } else {
      options.addAll(labels(form, id));
    }
    int index = options.indexOf(String.valueOf(value));
    assertThat(index).as("%s offers %s among %s", field.path("key").asText(), value, options).isNotNegative();
    return index;
  }

  /** The labels of a radio's or checklist's options as shown, in order. */
  static List<String> labels(WebElement form, String id) {
    return form.findElements(By.cssSelector("input[id*='-" + id + "-']")).stream()
        .filter(input -> input.getDomAttribute("id").matches(".*-" + Pattern.quote(id) + "-\\d+"))
        .map(input -> form.findElement(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']")).getText().trim())
        .toList();
  }

  /** A deployed form's fields by key (groups looked into, a dynamic list by its path). */
  Map<String, JsonNode> schema(String formId) throws IOException {
    return fields(JSON.readTree(new File("forms/" + forms + "/" + formId + ".form")).path("components"));
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
  Task task(String pi, String assignee, String activity, String title) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskAssignee(assignee)
        .taskDefinitionKey(activity).taskName(title).list();
    assertThat(tasks).as("%s's %s named %s", assignee, activity, title).hasSize(1);
    return tasks.get(0);
  }

  // --- what is on screen ------------------------------------------------------------------

  /** Checks the page for English of form-js and Tasklist, then takes its screenshot. */
  void shot(String what) throws IOException {
    browser.screenshot(checked(what));
  }

  /** The same, the page made tall enough for the whole form. */
  void tallShot(String what) throws Exception {
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
    String shot = prefix + next() + "-" + what;
    // any other Latin word is printed, to be judged (and added above if it is the webapps' English)
    List<String> latin = new ArrayList<>();
    for (Matcher m = LATIN_WORD.matcher(text); m.find(); ) {
      latin.add(m.group());
    }
    if (!latin.isEmpty()) {
      System.out.println("[" + name + "] Latin words on " + shot + ": " + latin.stream().distinct().toList());
    }
    assertThat(found).as("English of form-js or Tasklist on %s:%n%s", shot, text).isEmpty();
    return shot;
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
