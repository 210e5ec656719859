package org.massline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium in Chinese in front of the application, and what a person does in Camunda's
 * webapps with it: log in, open a task, type into and choose in a Camunda Form, press 完成, read what
 * is on screen, take screenshots (to {@code target/screenshots/}).
 *
 * <p>Uses the Debian packages {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} only;
 * nothing is downloaded (Selenium Manager is bypassed). Without Chromium the tests are skipped,
 * unless {@code MASSLINE_BROWSER_TESTS=required} (system property or environment), then they fail.
 */
final class Tasklist implements AutoCloseable {

  /** The Debian packages; overridable with {@code -Dmassline.chromium=…} / {@code -Dmassline.chromedriver=…}. */
  static final String CHROMIUM = System.getProperty("massline.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("massline.chromedriver", "/usr/bin/chromedriver");
  static final Duration TIMEOUT = Duration.ofSeconds(30);
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  static final String PASSWORD = "demo";

  /** The size of the page (CSS pixels) and whether it is laid out as a phone lays it out. */
  record Viewport(String name, int width, int height, boolean phone) {
    static final Viewport DESKTOP = new Viewport("desktop", 1400, 900, false);
    static final Viewport PHONE = new Viewport("phone", 390, 844, true);

    @Override
    public String toString() {
      return name + " " + width + "×" + height;
    }
  }

  /** Call from a {@code @BeforeEach} (Surefire reports a class-level assumption as 0 tests, not as skipped). */
  static void assumeChromium() {
    boolean present = Files.isExecutable(Paths.get(CHROMIUM)) && Files.isExecutable(Paths.get(CHROMEDRIVER));
    String mode = System.getProperty("MASSLINE_BROWSER_TESTS", System.getenv("MASSLINE_BROWSER_TESTS"));
    if (!present && "required".equalsIgnoreCase(mode)) {
      fail("MASSLINE_BROWSER_TESTS=required but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
    }
    assumeTrue(present, CHROMIUM + " or " + CHROMEDRIVER + " not installed: browser tests skipped");
  }

  private final int port;
  private final Viewport viewport;
  private final Path profile;
  private final ChromeDriver driver;

  private Tasklist(int port, Viewport viewport, Path profile, ChromeDriver driver) {
    this.port = port;
    this.viewport = viewport;
    this.profile = profile;
    this.driver = driver;
  }

  static Tasklist open(int port, Viewport viewport) throws IOException {
    Path profile = Files.createTempDirectory("massline-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=" + viewport.width() + "," + viewport.height(), "--lang=zh-CN",
        "--user-data-dir=" + profile);
    // a Chinese browser, as the campaign's people have (headless Chromium ignores --lang alone)
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
    Tasklist browser = new Tasklist(port, viewport, profile, driver);
    browser.emulate(viewport.height());
    return browser;
  }

  /**
   * The page exactly as large as the viewport (a window's size is not its page's), laid out as on a
   * phone (the webapps' {@code <meta name="viewport">} applies) where the viewport is one.
   */
  private void emulate(int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", viewport.width(), "height", height, "deviceScaleFactor", viewport.phone() ? 2 : 1,
        "mobile", viewport.phone()));
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  WebDriver driver() {
    return driver;
  }

  Viewport viewport() {
    return viewport;
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void get(String path) {
    driver.get(url(path));
  }

  WebDriverWait waitFor() {
    return new WebDriverWait(driver, TIMEOUT);
  }

  /** On the login page: the user's name and the demo password, then away from the login page. */
  void login(String user) {
    WebDriverWait wait = waitFor();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.cssSelector("form button[type='submit']")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  /** Tasklist's 退出 leads to the confirmation page; confirmed, the person is back at the login page. */
  void logout() {
    get("/logout");
    waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("form button[type='submit']"))).click();
    waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String text(By by) {
    return driver.findElement(by).getText();
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  void scrollIntoView(WebElement element) {
    script("arguments[0].scrollIntoView({block:'center'})", element);
  }

  /**
   * Everything a person can read on the page: the page's title, its rendered text, and the
   * placeholders and titles of the inputs and buttons that are shown.
   */
  String visibleText() {
    return (String) script("""
        const parts = [document.title, document.body.innerText];
        for (const e of document.querySelectorAll('input, textarea, select, button, a[title]')) {
          const shown = e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
          if (shown) {
            parts.push(e.getAttribute('placeholder') || '', e.getAttribute('title') || '');
          }
        }
        return parts.filter(Boolean).join('\\n');
        """);
  }

  /** A screenshot of what the viewport shows. */
  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** A screenshot with the page made tall enough for the whole task form (Tasklist scrolls inside a pane). */
  void tallScreenshot(String name) throws IOException, InterruptedException {
    emulate(2600);
    Thread.sleep(500); // the panes lay themselves out again
    try {
      screenshot(name);
    } finally {
      emulate(viewport.height());
    }
  }

  /** Closes Tasklist's notifications. */
  void dismissNotifications() {
    for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .close, .page-notifications button"))) {
      if (close.isDisplayed()) {
        script("arguments[0].click()", close);
      }
    }
  }

  WebElement button(String labels) {
    return driver.findElements(By.cssSelector("button")).stream()
        .filter(WebElement::isDisplayed)
        .filter(b -> b.getText().trim().matches(labels))
        .findFirst().orElseThrow(() -> new AssertionError("no visible button " + labels));
  }

  void clickButton(String labels) {
    dismissNotifications();
    WebElement button = button(labels);
    scrollIntoView(button);
    button.click();
  }

  WebElement completeButton() {
    return button("完成|Complete");
  }

  /**
   * Presses 完成 once, as a person does: scrolled to, at its middle, where nothing may cover it
   * (a click there that lands on a footer or a notice would do nothing for the person either).
   * Returns whether it was enabled (and so pressed).
   */
  boolean pressComplete() {
    WebElement complete = completeButton();
    scrollIntoView(complete);
    if (!complete.isEnabled()) {
      return false;
    }
    Object onTop = script("""
        const r = arguments[0].getBoundingClientRect();
        const x = r.left + r.width / 2, y = r.top + r.height / 2;
        const top = document.elementFromPoint(x, y);
        return arguments[0].contains(top) ? null : (top ? top.outerHTML.slice(0, 200) : 'nothing at ' + x + ',' + y);
        """, complete);
    assertThat(onTop).as("what covers the middle of 完成").isNull();
    complete.click();
    return true;
  }

  /**
   * Presses 完成 once and describes what the user then sees: the form's errors, Tasklist's notices,
   * once any has appeared or the form has gone.
   */
  String clickComplete() {
    dismissNotifications();
    boolean pressed = pressComplete();
    By seen = By.cssSelector(".fjs-form-field-error, .alert:not(.massline-saved), .notification");
    try {
      waitFor().ignoring(StaleElementReferenceException.class).until(d -> driver.findElements(seen).stream()
          .anyMatch(e -> e.isDisplayed() && !e.getText().isBlank()) || driver.findElements(By.cssSelector(".fjs-container")).isEmpty());
    } catch (TimeoutException nothingShown) {
      // described as nothing seen
    }
    StringBuilder described = new StringBuilder("Complete button enabled=" + pressed + (pressed ? " (clicked)" : " (not clickable)"));
    for (WebElement e : driver.findElements(seen)) {
      if (e.isDisplayed() && !e.getText().isBlank()) {
        described.append(" | ").append(e.getDomAttribute("class")).append(": ").append(e.getText().replace('\n', ' '));
      }
    }
    return described.toString();
  }

  /** The notice of a refusal by the server, once it is shown. */
  WebElement refusal() {
    return waitFor().until(d -> d.findElements(By.cssSelector(".page-notifications .alert-danger")).stream()
        .filter(e -> e.getText().contains("未能提交")).findFirst().orElse(null));
  }

  // --- Camunda Forms (form-js) ------------------------------------------------------------

  /** What to do while a select's options are shown, e.g. a screenshot. */
  @FunctionalInterface
  interface WhileOpen {
    void look() throws IOException;
  }

  /** A form-js input by its schema id (form-js ids are {@code fjs-form-<random>-<field id>}). */
  static WebElement field(WebElement form, String tag, String fieldId) {
    return form.findElement(By.cssSelector(tag + "[id$='-" + fieldId + "']"));
  }

  /** The form-js field (label, input, description, errors) around an input. */
  static WebElement fieldAround(WebElement input, String kind) {
    return input.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field-" + kind + "')][1]"));
  }

  /**
   * Types into a form-js input and leaves it, so that its debounced change reaches the form; then
   * lets the form settle. form-js inputs are controlled: a re-render before the change lands puts
   * the old value back, so the value is checked after a pause and typed again if it was lost.
   */
  void type(WebElement form, String css, String text) throws InterruptedException {
    closeDatePickers();
    WebElement input = form.findElement(By.cssSelector(css));
    for (int attempt = 1; ; attempt++) {
      clickInPlace(input);
      input.clear();
      input.sendKeys(text);
      input.sendKeys(Keys.TAB);
      Thread.sleep(400);
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
   * Closes a date picker left open, as a person's click elsewhere does: leaving a field with Tab for a
   * date field after it opens that field's picker, which may lie over the next field the person wants.
   */
  void closeDatePickers() {
    if (!driver.findElements(By.cssSelector(".flatpickr-calendar.open")).isEmpty()) {
      script("document.querySelectorAll('.flatpickr-input').forEach(i => i._flatpickr && i._flatpickr.close())");
      waitFor().until(d -> d.findElements(By.cssSelector(".flatpickr-calendar.open")).isEmpty());
    }
  }

  /**
   * Scrolls to an input and clicks it, again while something else lies where it is: a form Tasklist renders
   * again (after 认领) may still be moving when it is first scrolled to.
   */
  void clickInPlace(WebElement input) {
    waitFor().ignoring(ElementClickInterceptedException.class).until(d -> {
      scrollIntoView(input);
      input.click();
      return true;
    });
  }

  /** Types a date (年-月-日) into a form-js date field and leaves it; its picker closes on leaving. */
  void typeDate(WebElement form, String fieldId, String isoDate) throws InterruptedException {
    closeDatePickers();
    WebElement date = field(form, "input", fieldId + "-date");
    clickInPlace(date);
    if (!date.getDomProperty("value").isEmpty()) {
      date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE); // a date the form came with, replaced
    }
    date.sendKeys(isoDate);
    date.sendKeys(Keys.ENTER, Keys.TAB);
    waitFor().withMessage("the date as the picker took it")
        .until(d -> isoDate.equals(date.getDomProperty("value")) && d.findElements(By.cssSelector(".flatpickr-calendar.open")).isEmpty());
    Thread.sleep(300); // the picker's change reaches the form
  }

  /**
   * Picks a date in a form-js date field's picker, as a person does with the mouse: opens it, turns to the
   * date's month with its arrows, lets {@code whileOpen} (if any) look at it, and clicks the day.
   */
  void pickDate(WebElement form, String fieldId, LocalDate day, WhileOpen whileOpen) throws IOException, InterruptedException {
    closeDatePickers();
    WebElement date = field(form, "input", fieldId + "-date");
    clickInPlace(date);
    WebElement calendar = waitFor().withMessage("the date picker of " + fieldId).until(d -> d.findElements(
        By.cssSelector(".flatpickr-calendar.open")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    for (int turns = 0; ; turns++) {
      @SuppressWarnings("unchecked")
      List<Long> shown = (List<Long>) script("const p = arguments[0]._flatpickr; return [p.currentYear, p.currentMonth + 1]", date);
      YearMonth month = YearMonth.of(shown.get(0).intValue(), shown.get(1).intValue());
      if (month.equals(YearMonth.from(day))) {
        break;
      }
      assertThat(turns).as("months turned towards %s", day).isLessThan(24);
      calendar.findElement(By.cssSelector(month.isBefore(YearMonth.from(day)) ? ".flatpickr-next-month" : ".flatpickr-prev-month"))
          .click();
    }
    if (whileOpen != null) {
      Thread.sleep(400); // the picker fades in
      whileOpen.look();
    }
    WebElement cell = calendar.findElements(By.cssSelector(".flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)")).stream()
        .filter(d -> d.getText().trim().equals(String.valueOf(day.getDayOfMonth()))).findFirst()
        .orElseThrow(() -> new AssertionError("no day " + day + " in the picker of " + fieldId));
    cell.click();
    waitFor().withMessage("the date as picked").until(d -> day.toString().equals(date.getDomProperty("value")));
    if (calendar.isDisplayed()) {
      date.sendKeys(Keys.TAB); // a picker that stays open closes on leaving
    }
    waitFor().until(d -> d.findElements(By.cssSelector(".flatpickr-calendar.open")).isEmpty());
    Thread.sleep(300); // the picker's change reaches the form
  }

  /** Ticks a radio button or a checkbox of a form-js field and waits until it shows as ticked. */
  void tick(WebElement form, String css) {
    closeDatePickers();
    WebElement box = form.findElement(By.cssSelector(css));
    // a form Tasklist renders again (after 认领) may still be moving when it is first scrolled to
    waitFor().ignoring(ElementClickInterceptedException.class).until(d -> {
      scrollIntoView(box);
      box.click();
      return true;
    });
    waitFor().until(d -> box.isSelected());
  }

  /**
   * Picks {@code label} in form-js's own dropdown of the select whose input ends with {@code fieldId},
   * typing {@code search} first into a searchable one; returns all the options it offered (and lets
   * {@code whileOpen}, if any, look at them).
   */
  List<String> choose(WebElement form, String fieldId, String search, String label, WhileOpen whileOpen) throws IOException {
    closeDatePickers();
    WebElement field = fieldAround(field(form, "input", fieldId), "select");
    scrollIntoView(field);
    By items = By.cssSelector(".fjs-dropdownlist-item");
    if (search != null) {
      WebElement input = field(form, "input", fieldId);
      input.click();
      if (!input.getDomProperty("value").isEmpty()) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE); // the option it came with, replaced
      }
      input.sendKeys(search);
      waitFor().until(d -> !field.findElements(items).isEmpty());
    }
    // a mouse-down toggles the dropdown, and focus opens it too: click until it is open
    for (int attempt = 1; field.findElements(items).isEmpty(); attempt++) {
      if (attempt > 5) {
        throw new AssertionError("the dropdown of " + fieldId + " does not open: " + field.getDomProperty("outerHTML"));
      }
      field.findElement(By.cssSelector(".fjs-input-group")).click();
      try {
        new WebDriverWait(driver, Duration.ofMillis(1500)).until(d -> !field.findElements(items).isEmpty());
      } catch (TimeoutException e) {
        // click again
      }
    }
    List<String> offered = field.findElements(items).stream().map(i -> i.getText().trim()).toList();
    if (whileOpen != null) {
      whileOpen.look();
    }
    WebElement item = field.findElements(items).stream().filter(i -> i.getText().trim().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError(fieldId + " does not offer '" + label + "' but " + offered));
    new Actions(driver).moveToElement(item).click().perform();
    if (search == null) {
      waitFor().until(d -> field.findElement(By.cssSelector(".fjs-select-display")).getText().trim().equals(label));
    } else {
      WebElement input = field(form, "input", fieldId);
      waitFor().until(d -> label.equals(input.getDomProperty("value")));
    }
    return offered;
  }
}
