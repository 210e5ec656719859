package org.massline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** Authentication, single sign-on into the webapps, and who may see and do what. */
public class SecurityTest extends MasslineTest {

  private static final String START = "/engine-rest/process-definition/key/democratic-life-meeting/start";

  @LocalServerPort
  int port;

  @Test
  void healthIsPublicAndUp() {
    Rest.Response health = Rest.anonymous(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
  }

  @Test
  void theRestApiNeedsCredentialsFromCamundasIdentity() {
    Rest.Response anonymous = Rest.anonymous(port).get("/engine-rest/task");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(anonymous.json().path("message").asText()).contains("需要登录");
    assertThat(anonymous.json().path("detail").asText()).as("the API's problem-detail shape").contains("需要登录");
    assertThat(anonymous.json().path("status").asInt()).isEqualTo(401);
    assertThat(Rest.anonymous(port).get("/api/organization/units").status()).isEqualTo(401);
    assertThat(Rest.as(port, "chenlixin").get("/engine-rest/task").status()).isEqualTo(200);
    assertThat(Rest.as(port, "no-such-user").get("/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void oneLoginReachesTasklistCockpitAndAdminWithoutASecondOne() {
    Rest browser = Rest.browser(port);
    Rest.Response tasklist = browser.getHtml("/camunda/app/tasklist/default/");
    assertThat(tasklist.status()).isEqualTo(302);
    assertThat(tasklist.header("Location")).endsWith("/login");
    Rest.Response loginPage = browser.getHtml("/login");
    assertThat(loginPage.body()).contains("群众路线教育实践活动工作平台").contains("用户名");

    // no CSRF token, no login
    assertThat(browser.postForm("/login", Map.of("username", "gaoming", "password", "demo")).status()).isEqualTo(403);
    Rest.Response login = browser.postForm("/login",
        Map.of("username", "gaoming", "password", "demo", "_csrf", csrf(loginPage.body())));
    assertThat(login.status()).isEqualTo(302);
    assertThat(login.header("Location")).as("back to Tasklist, asked for first").contains("/camunda/app/tasklist/default/");
    assertThat(browser.getHtml("/").header("Location")).endsWith("/camunda/app/tasklist/default/");

    assertThat(browser.getHtml("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    JsonNode user = browser.get("/camunda/api/admin/auth/user/default").json();
    assertThat(user.path("userId").asText()).isEqualTo("gaoming");
    assertThat(user.path("authorizedApps").toString()).contains("tasklist").contains("cockpit").doesNotContain("admin");
    assertThat(browser.getHtml("/camunda/app/cockpit/default/").status()).isEqualTo(200);
    // Admin is not for supervisors: the project's own page says so, in Chinese
    Rest.Response admin = browser.getHtml("/camunda/app/admin/default/");
    assertThat(admin.status()).isEqualTo(403);
    assertThat(admin.body()).contains("无权访问").contains("返回任务列表").doesNotContain("Whitelabel");

    // logging out ends the one session of all webapps
    Rest.Response logoutPage = browser.getHtml("/logout");
    assertThat(logoutPage.body()).contains("确定退出");
    Rest.Response logout = browser.postForm("/logout", Map.of("_csrf", csrf(logoutPage.body())));
    assertThat(logout.header("Location")).endsWith("/login?logout");
    assertThat(browser.getHtml("/camunda/app/tasklist/default/").status()).isEqualTo(302);
    assertThat(browser.get("/camunda/api/admin/auth/user/default").status()).isEqualTo(401);
  }

  @Test
  void someoneWhoOpensTheLoginPageLandsInTasklist() {
    Rest browser = Rest.browser(port);
    assertThat(logIn(browser, "zhaolei", "demo").header("Location")).endsWith("/camunda/app/tasklist/default/");
    Rest.Response cockpit = browser.getHtml("/camunda/app/cockpit/default/");
    assertThat(cockpit.status()).as("a member opening Cockpit").isEqualTo(403);
    assertThat(cockpit.body()).contains("无权访问").doesNotContain("Whitelabel").doesNotContain("Forbidden");
  }

  private Rest.Response logIn(Rest browser, String user, String password) {
    Rest.Response loginPage = browser.getHtml("/login");
    return browser.postForm("/login",
        Map.of("username", user, "password", password, "_csrf", csrf(loginPage.body())));
  }

  @Test
  void membersReadTheirOwnGroupsNamesOnly() {
    Rest.Response own = Rest.as(port, "gaoming").get("/engine-rest/group/sg-city-1");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().path("name").asText()).containsPattern("\\p{IsHan}").doesNotContain("sg-city-1");
    assertThat(Rest.as(port, "gaoming").get("/engine-rest/group/xs-county-leaders").status()).isIn(403, 404);
  }

  @Test
  void aWrongPasswordShowsTheLoginPageWithAnError() {
    Rest browser = Rest.browser(port);
    assertThat(logIn(browser, "chenlixin", "wrong").header("Location")).endsWith("/login?error");
    assertThat(browser.getHtml("/login?error").body()).contains("用户名或密码错误");
  }

  @Test
  void aMemberSeesAndCompletesOnlyTheirOwnUnitsTasks() {
    String pi = Rest.as(port, "hejing").post(START, Map.of("businessKey", "dh-county")).json().path("id").asText();
    Rest owner = Rest.as(port, "chenlixin");
    String task = owner.get("/engine-rest/task?processInstanceId=" + pi).json().get(0).path("id").asText();

    Rest other = Rest.as(port, "huangzhiming"); // principal of another county
    assertThat(other.get("/engine-rest/task?processInstanceId=" + pi).json()).isEmpty();
    assertThat(other.get("/engine-rest/task/" + task).status()).isIn(403, 404);
    assertThat(other.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "huangzhiming")).status()).isEqualTo(403);
    assertThat(other.post("/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of())).status()).isEqualTo(403);
    assertThat(Rest.as(port, "wuguoping").post("/engine-rest/task/" + task + "/complete",
        Map.of("variables", Map.of())).status()).isEqualTo(403);
    assertThat(owner.get("/engine-rest/task/" + task).status()).isEqualTo(200);
  }

  @Test
  void aSupervisorReadsTheirUnitsInstancesButCannotChangeDeleteOrDeploy() {
    String covered = Rest.as(port, "hejing").post(START, Map.of("businessKey", "dh-county")).json().path("id").asText();
    String notCovered = Rest.as(port, "maxiaodong").post(START, Map.of("businessKey", "xs-county")).json().path("id").asText();
    Rest supervisor = Rest.as(port, "gaoming");

    assertThat(supervisor.get("/engine-rest/process-instance/" + covered).status()).isEqualTo(200);
    assertThat(supervisor.get("/engine-rest/history/process-instance/" + covered).status()).isEqualTo(200);
    assertThat(supervisor.get("/engine-rest/process-instance/" + notCovered).status()).isIn(403, 404);
    JsonNode visible = supervisor.get("/engine-rest/process-instance?processDefinitionKey=democratic-life-meeting").json();
    assertThat(visible.findValuesAsText("businessKey")).contains("dh-county").doesNotContain("xs-county");

    assertThat(supervisor.delete("/engine-rest/process-instance/" + covered).status()).isEqualTo(403);
    assertThat(supervisor.post("/engine-rest/process-instance/" + covered + "/variables",
        Map.of("modifications", Map.of("principal", Map.of("value", "gaoming")))).status()).isEqualTo(403);
    assertThat(supervisor.post("/engine-rest/process-instance/" + covered + "/suspended", Map.of("suspended", true))
        .status()).isIn(403, 405);
    String boundary = "----massline";
    String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nx\r\n--"
        + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";
    assertThat(supervisor.post("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary, multipart)
        .status()).isEqualTo(403);
    assertThat(Rest.as(port, "demo").get("/engine-rest/process-instance/" + covered).status()).isEqualTo(200);
  }

  @Test
  void writesFromAnotherSiteAreRefusedEvenWithCredentials() {
    String file = "type,id,name\n";
    Rest admin = Rest.as(port, "demo");
    Rest.Response foreignOrigin = admin.withHeader("Origin", "http://evil.example")
        .post("/api/organization/import", "text/csv", file);
    assertThat(foreignOrigin.status()).isEqualTo(403);
    assertThat(foreignOrigin.json().path("message").asText()).contains("其他网站");
    assertThat(admin.withHeader("Sec-Fetch-Site", "cross-site")
        .post("/engine-rest/process-definition/key/democratic-life-meeting/start", Map.of("businessKey", "dh-county"))
        .status()).isEqualTo(403);
    // the same request from the application's own pages, or from a client that is no browser
    assertThat(admin.withHeader("Origin", "http://localhost:" + port).post("/api/organization/import", "text/csv", file)
        .status()).isEqualTo(200);
    assertThat(admin.get("/api/organization/units").status()).isEqualTo(200);
  }

  public static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("CSRF token in the page").isTrue();
    return m.group(1);
  }
}
