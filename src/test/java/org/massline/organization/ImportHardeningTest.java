package org.massline.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The holes a security probe found in the organization import, each closed: an import cannot take
 * the server down, cannot silently rewire a unit or take work from people, and every refusal is
 * Chinese and names the line. Changes to the demo data are dry runs, refusals, or test units.
 */
class ImportHardeningTest extends MasslineTest {

  static final String IMPORT = "/api/organization/import";
  static final String PROBE = "type,id,name,category,parent,supervisionGroup\n"
      + "UNIT,dh-liushu,东河县柳树乡党委,TOWNSHIP,dh-county,sg-city-2\n";

  @LocalServerPort
  int port;

  @Test
  void aHundredThousandLinesAreRefusedUnreadWithTheLimit() {
    String body = hundredThousandPersons();
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(6_000_000);

    try {
      Rest.Response sized = Rest.as(port, "hejing").post(IMPORT, "text/csv", body);
      assertThat(sized.status()).isEqualTo(413);
      assertThat(sized.json().path("message").asText()).contains("文件过大").contains("不能超过 2MB");
      assertThat(sized.json().path("detail").asText()).isEqualTo(sized.json().path("message").asText());
    } catch (AssertionError e) {
      // answered before the client finished sending: the connection is closed, the body unread
      assertThat(e).hasStackTraceContaining("java.io.IOException");
    }

    // without a Content-Length (chunked) the body is cut off at the limit while it is read
    // (the server may also close the connection while the client is still sending: refused all the same)
    try {
      HttpResponse<String> chunked = send("hejing", HttpRequest.BodyPublishers.ofInputStream(
          () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))), "text/csv", "");
      assertThat(chunked.statusCode()).isEqualTo(413);
      assertThat(chunked.body()).contains("不能超过 2MB");
    } catch (AssertionError e) {
      assertThat(e).hasStackTraceContaining("java.io.IOException");
    }
  }

  @Test
  void anOfficeCannotMoveItsUnitToAnotherSupervisionGroup() {
    Rest hejing = Rest.as(port, "hejing");
    String before = hejing.get("/api/organization/units/dh-liushu").body();

    Rest.Response refused = hejing.post(IMPORT, "text/csv", PROBE);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().path("imported").asBoolean()).isFalse();
    assertThat(refused.json().path("message").asText()).contains("督导组由上级确定")
        .contains("单位“dh-liushu”的督导组（sg-city-1 → sg-city-2）");
    assertThat(hejing.post(IMPORT + "?dryRun=true", "text/csv", PROBE).status()).isEqualTo(403);

    // nor give a new unit another group than its parent's
    Rest.Response newUnit = hejing.post(IMPORT, "text/csv", "type,id,name,category,parent,supervisionGroup\n"
        + "UNIT,dh-foreign,东河县外来单位,TOWNSHIP,dh-county,sg-prov-3\n");
    assertThat(newUnit.status()).isEqualTo(403);
    assertThat(newUnit.json().path("message").asText()).contains("新单位“dh-foreign”的督导组“sg-prov-3”");

    assertThat(hejing.get("/api/organization/units/dh-liushu").body()).isEqualTo(before);
    assertThat(hejing.get("/api/organization/units/dh-foreign").status()).isEqualTo(404);
  }

  @Test
  void aDryRunShowsWhatTheProbesImportWouldChangeAndWritesNothing() {
    Rest admin = Rest.as(port, "demo");
    String before = admin.get("/api/organization/units/dh-liushu").body();

    Rest.Response dryRun = admin.post(IMPORT + "?dryRun=true", "text/csv", PROBE);
    assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
    JsonNode report = dryRun.json();
    assertThat(report.path("outcome").asText()).isEqualTo("PREVIEWED");
    assertThat(report.path("imported").asBoolean()).isFalse();
    JsonNode unit = report.path("impact").path("unitsChanged").path("items").get(0);
    assertThat(unit.path("unit").asText()).isEqualTo("dh-liushu");
    assertThat(unit.path("changes").toString())
        .contains("{\"field\":\"superiorLeader\",\"before\":\"yangxiuying\",\"after\":\"chenlixin\"}")
        .contains("{\"field\":\"supervisionGroup\",\"before\":\"sg-city-1\",\"after\":\"sg-city-2\"}");
    assertThat(report.path("impact").path("membershipsRemoved").path("items").findValuesAsText("personId"))
        .containsExactlyInAnyOrder("tangwei", "xujing");

    assertThat(admin.get("/api/organization/units/dh-liushu").body()).isEqualTo(before);
  }

  @Test
  void anImportThatTakesOpenTasksFromSomeoneNeedsConfirmation() {
    Rest hejing = Rest.as(port, "hejing");
    String unit = "type,id,name,category,parent,supervisionGroup,unit,role\n"
        + "UNIT,ih-town,东河县确认镇党委,TOWNSHIP,dh-county,sg-city-1,,\n"
        + "PERSON,ih-sec,确书记,,,,ih-town,主要负责同志\n";
    assertThat(hejing.post(IMPORT, "text/csv", unit + "PERSON,ih-dep,认委员,,,,ih-town,班子成员\n").status())
        .isEqualTo(200);
    Task task = engine.getTaskService().newTask();
    task.setName("撰写对照检查材料");
    task.setAssignee("ih-dep");
    engine.getTaskService().saveTask(task);
    try {
      Rest.Response dryRun = hejing.post(IMPORT + "?dryRun=true", "text/csv", unit);
      assertThat(dryRun.status()).isEqualTo(200);
      JsonNode affected = dryRun.json().path("impact").path("openTasks").get(0);
      assertThat(affected.path("person").asText()).isEqualTo("ih-dep");
      assertThat(affected.path("count").asInt()).isEqualTo(1);
      assertThat(affected.path("tasks").get(0).path("id").asText()).isEqualTo(task.getId());
      assertThat(dryRun.json().path("message").asText()).contains("confirm=true");

      Rest.Response unconfirmed = hejing.post(IMPORT, "text/csv", unit);
      assertThat(unconfirmed.status()).isEqualTo(409);
      assertThat(unconfirmed.json().path("message").asText())
          .contains("人员“认委员”（ih-dep）将被移出“ih-town”，有 1 项待办任务（撰写对照检查材料）");
      assertThat(members("ih-town")).contains("ih-dep");

      Rest.Response confirmed = hejing.post(IMPORT + "?confirm=true", "text/csv", unit);
      assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
      assertThat(confirmed.json().path("imported").asBoolean()).isTrue();
      assertThat(members("ih-town")).doesNotContain("ih-dep");
    } finally {
      engine.getTaskService().deleteTask(task.getId(), true);
    }
  }

  @Test
  void badCellsAndColumnsAreRefusedInChineseWithTheirLine() {
    String header = "type,id,name,unit,role\n";
    assertRefused(utf8("type,id,name,password\nPERSON,ih-p1,某人,x\n"), 1, "未知的列“password”");
    assertRefused(utf8("type,id,name,名称\nPERSON,ih-p1,某人,某人\n"), 1, "“name”（名称）重复出现");
    assertRefused(utf8(header + "PERSON,ih-p1,某\u0000人,dh-liushu,党员\n"), 2, "控制字符");
    assertRefused(utf8(header + "PERSON,ih-p1,=cmd|' /C calc'!A0,dh-liushu,党员\n"), 2, "公式");
    assertRefused(utf8(header + "PERSON,dh-county-leaders,冒名,dh-liushu,党员\n"), 2, "用户组冲突");
    assertRefused(header.concat("PERSON,ih-p1,某人,dh-liushu,党员\n").getBytes(Charset.forName("GBK")), 2,
        "文件不是 UTF-8 编码（第 2 行）：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后重新导入");
    assertRefused(utf8(header + "PERSON,ih-p1,\"某人\"x,dh-liushu,党员\n"), 2, "CSV 格式错误");
  }

  @Test
  void refusalsOfTheFrameworkAreChinese() {
    Rest hejing = Rest.as(port, "hejing");
    Rest.Response xml = hejing.post(IMPORT, "application/xml", "<units/>");
    assertThat(xml.status()).isEqualTo(415);
    assertThat(xml.json().path("message").asText()).contains("不支持的内容类型“application/xml”").contains("text/csv");
    assertThat(xml.json().path("title").asText()).isEqualTo("不支持的内容类型");

    Rest.Response mismatch = hejing.post(IMPORT + "?dryRun=maybe", "text/csv", PROBE);
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.json().path("message").asText()).isEqualTo("参数“dryRun”的值“maybe”格式不正确");

    Rest.Response noFile = hejing.post(IMPORT, "multipart/form-data; boundary=b",
        "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n");
    assertThat(noFile.status()).isEqualTo(400);
    assertThat(noFile.json().path("message").asText()).isEqualTo("缺少上传的字段“file”");

    Rest.Response method = hejing.delete(IMPORT);
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.json().path("message").asText()).isEqualTo("不支持的请求方法“DELETE”");
  }

  private void assertRefused(byte[] file, int line, String reason) {
    HttpResponse<String> response = send("hejing", HttpRequest.BodyPublishers.ofByteArray(file), "text/csv", "");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode problems = json(response.body()).path("problems");
    assertThat(problems).as(response.body()).hasSize(1);
    assertThat(problems.get(0).path("line").asInt()).isEqualTo(line);
    assertThat(problems.get(0).path("reason").asText()).contains(reason);
  }

  private List<String> members(String unitId) {
    JsonNode detail = Rest.as(port, "demo").get("/api/organization/units/" + unitId).json();
    List<String> ids = new ArrayList<>(detail.path("leadershipGroup").findValuesAsText("id"));
    ids.addAll(detail.path("partyMembers").findValuesAsText("id"));
    return ids;
  }

  private static String hundredThousandPersons() {
    StringBuilder body = new StringBuilder("type,id,name,category,tier,parent,region,superior,superiorLeader,"
        + "supervisionGroup,unit,role,contactPoints,email\n");
    for (int i = 0; i < 100_000; i++) {
      body.append("PERSON,probe-").append(i).append(",探测人员甲,,,,,,,,dh-liushu,党员,,\n");
    }
    return body.toString();
  }

  /** Raw bytes as {@code user}: what {@link Rest} cannot send (another charset, no Content-Length). */
  private HttpResponse<String> send(String user, HttpRequest.BodyPublisher body, String contentType, String query) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + IMPORT + query))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", contentType).POST(body).build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode json(String body) {
    try {
      return Rest.JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
