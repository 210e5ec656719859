package org.massline.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/** Importing the organization tree: all or nothing, every bad line reported, idempotent. */
class OrganizationImportTest extends MasslineTest {

  static final String HEADER = "type,id,name,category,tier,parent,region,superior,superiorLeader,supervisionGroup,unit,role,contactPoints,email\n";

  static final String GOOD = HEADER + """
      SUPERVISION_GROUP,sg-hq,测试县督导组,,,,测试县,,,,,,,
      UNIT,hq-county,中共测试县委,市县领导机关和领导班子,,jc-city,测试县,,zhangzhigang,sg-hq,,,,
      UNIT,hq-town,测试县前进镇党委,TOWNSHIP,,hq-county,,,,sg-hq,,,,
      PERSON,hq-sec,秦书记,,,,,,,,hq-county,主要负责同志,hq-town,qin@example.org
      PERSON,hq-dep,尤副书记,,,,,,,,hq-county,班子成员,,
      PERSON,hq-mayor,许镇长,,,,,,,,hq-town,主要负责同志,,
      PERSON,hq-sup,施督导,,,,,,,,sg-hq,督导组组长,,
      """;

  @Autowired
  OrganizationImporter importer;
  @Autowired
  ImportCommand importCommand;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PersonNames names;
  @LocalServerPort
  int port;

  @Test
  void aGoodFileLoadsAndAReImportChangesNothing() {
    ImportReport first = importer.importFile(new StringReader(GOOD));
    assertThat(first.imported()).isTrue();
    assertThat(first.units()).isEqualTo(2);
    long[] counts = counts();

    ImportReport second = importer.importFile(new StringReader(GOOD));
    assertThat(second.imported()).isTrue();
    assertThat(second.changes()).isZero();
    assertThat(counts()).containsExactly(counts);

    // defaults resolved: tier from the category, region from the parent, superior leader = superior's principal
    Unit town = jdbc.sql("select id from org_unit where id = 'hq-town'").query(String.class).optional()
        .flatMap(id -> new OrganizationRepository(jdbc).findUnit(id)).orElseThrow();
    assertThat(town.tier()).isEqualTo(2);
    assertThat(town.region()).isEqualTo("测试县");
    assertThat(town.superiorLeaderId()).isEqualTo("hq-sec");
    // synced into Camunda: users, the leadership group, the supervision group
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("hq-county-leaders").list())
        .extracting(User::getId).containsExactlyInAnyOrder("hq-sec", "hq-dep");
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("sg-hq").list())
        .extracting(User::getId).containsExactly("hq-sup");
    assertThat(engine.getIdentityService().createUserQuery().userId("hq-sec").singleResult().getFirstName())
        .isEqualTo("秦书记");
  }

  @Test
  void whomALeaderIsInChargeOfIsImportedCheckedAndReplacedByTheNextFile() {
    String header = HEADER.replace("email\n", "email,分管\n");
    String file = header + """
        SUPERVISION_GROUP,sg-ic,分管测试督导组,,,,测试县,,,,,,,,
        UNIT,ic-county,中共分管测试县委,LEADING_ORGAN,,jc-city,测试县,,zhangzhigang,sg-ic,,,,,
        UNIT,ic-town,分管测试镇党委,TOWNSHIP,,ic-county,,,,sg-ic,,,,,
        PERSON,ic-sec,柏书记,,,,,,,,ic-county,主要负责同志,,,
        PERSON,ic-dep,卫副书记,,,,,,,,ic-county,班子成员,,,ic-town；ic-clerk
        PERSON,ic-mayor,蒋镇长,,,,,,,,ic-town,主要负责同志,,,
        PERSON,ic-clerk,沈干事,,,,,,,,ic-county,党员,,,
        """;
    assertThat(importer.importFile(new StringReader(file)).imported()).isTrue();
    OrganizationRepository repository = new OrganizationRepository(jdbc);
    assertThat(repository.findInChargeOf("ic-dep")).containsExactly("ic-clerk", "ic-town");

    ImportReport again = importer.importFile(new StringReader(file.replace("ic-town；ic-clerk", "ic-town")));
    assertThat(again.imported()).isTrue();
    assertThat(again.changes()).isEqualTo(1);
    assertThat(repository.findInChargeOf("ic-dep")).containsExactly("ic-town");

    ImportReport refused = importer.importFile(new StringReader(file.replace("ic-town；ic-clerk", "ic-dep;nobody")));
    assertThat(refused.imported()).isFalse();
    assertThat(refused.problems()).extracting(ImportProblem::reason)
        .containsExactly("人员“ic-dep”不能分管自己", "分管“nobody”不是已知的人员或单位");
    assertThat(repository.findInChargeOf("ic-dep")).containsExactly("ic-town");
  }

  @Test
  void weakLeadershipGroupsAreFlaggedAndClearedAsTheFileSaysAndLeftAloneWhenItIsSilent() {
    String header = "type,id,name,category,parent,region,软弱涣散\n";
    String file = header + """
        UNIT,wk-county,中共软弱测试县委,LEADING_ORGAN,jc-city,测试县,%s
        UNIT,wk-town,软弱测试镇党委,TOWNSHIP,wk-county,,%s
        """;
    OrganizationRepository repository = new OrganizationRepository(jdbc);
    assertThat(importer.importFile(new StringReader(file.formatted("", "是"))).imported()).isTrue();
    assertThat(repository.findWeakUnits()).contains("wk-town").doesNotContain("wk-county");
    assertThat(flaggedBy("wk-town")).isEqualTo(OrganizationImporter.NO_USER);

    String turned = file.formatted("YES", "否");
    ImportReport preview = importer.importFile(new StringReader(turned), OrganizationFileValidator.Scope.UNRESTRICTED,
        OrganizationImporter.Mode.DRY_RUN, "demo");
    assertThat(preview.impact().unitsChanged().items()).extracting(ImportChanges.UnitChange::unit,
        c -> c.changes().get(0)).containsExactly(
            tuple("wk-county", new ImportChanges.FieldChange("weak", "false", "true")),
            tuple("wk-town", new ImportChanges.FieldChange("weak", "true", "false")));
    assertThat(repository.findWeakUnits()).contains("wk-town").doesNotContain("wk-county");

    ImportReport flipped = importer.importFile(new StringReader(turned), OrganizationFileValidator.Scope.UNRESTRICTED,
        OrganizationImporter.Mode.APPLY, "demo");
    assertThat(flipped.imported()).isTrue();
    assertThat(flipped.changes()).isEqualTo(2);
    assertThat(repository.isWeak("wk-county")).isTrue();
    assertThat(repository.isWeak("wk-town")).isFalse();
    assertThat(flaggedBy("wk-county")).isEqualTo("demo");

    for (String silent : new String[] {file.formatted("", ""), header.replace(",软弱涣散", "")
        + "UNIT,wk-county,中共软弱测试县委,LEADING_ORGAN,jc-city,测试县\n"}) {
      ImportReport again = importer.importFile(new StringReader(silent));
      assertThat(again.imported()).isTrue();
      assertThat(again.changes()).isZero();
      assertThat(again.impact().unitsChanged().count()).isZero();
      assertThat(repository.isWeak("wk-county")).isTrue();
      assertThat(repository.isWeak("wk-town")).isFalse();
      assertThat(flaggedBy("wk-county")).isEqualTo("demo");
    }

    ImportReport refused = importer.importFile(new StringReader(file.formatted("否", "也许")
        + "PERSON,wk-sec,软弱测试书记,,,,是\n"));
    assertThat(refused.imported()).isFalse();
    assertThat(refused.problems()).extracting(ImportProblem::line, ImportProblem::reason).containsExactly(
        tuple(3, "单位“wk-town”的软弱涣散“也许”不正确：应为 是 或 否（也可填 true/false、yes/no、1/0），不填写则保持原状"),
        tuple(4, "只有单位行可以填写软弱涣散（weak），此行填写了“是”"));
    assertThat(repository.isWeak("wk-county")).as("nothing written").isTrue();
  }

  @Test
  void aRenamedPersonIsNamedAnewAsSoonAsTheImportCommits() {
    assertThat(importer.importFile(new StringReader(GOOD)).imported()).isTrue();
    assertThat(names.name("hq-dep")).isEqualTo("尤副书记");
    assertThat(importer.importFile(new StringReader(GOOD.replace("尤副书记", "尤书记"))).imported()).isTrue();
    assertThat(names.name("hq-dep")).isEqualTo("尤书记");
  }

  @Test
  void aFileWithFaultsReportsEveryBadLineAndWritesNothing() {
    String bad = HEADER + """
        UNIT,bad-a,测试单位甲,LEADING_ORGAN,1,no-such-parent,测试,,,,,,,
        UNIT,bad-b,测试单位乙,LEADING_ORGAN,1,,测试,,,,,,,
        UNIT,bad-b,测试单位乙二,LEADING_ORGAN,1,,测试,,,,,,,
        UNIT,bad-c,测试单位丙,NO_SUCH_CATEGORY,1,,测试,,,,,,,
        UNIT,bad-d,测试单位丁,TOWNSHIP,2,bad-e,,,,,,,,
        UNIT,bad-e,测试单位戊,TOWNSHIP,2,bad-d,,,,,,,,
        PERSON,bad-p,测试人员,,,,,,,,bad-b,主要负责同志,,
        PERSON,bad-p,测试人员,,,,,,,,bad-a,主要负责同志,,
        UNIT,bad-f,,LEADING_ORGAN,1,,测试,,,,,,,
        """;
    long[] before = counts();
    ImportReport report = importer.importFile(new StringReader(bad));

    assertThat(report.imported()).isFalse();
    assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(2, 4, 5, 6, 9, 10);
    assertThat(report.problems().get(0).reason()).contains("上级单位“no-such-parent”不存在");
    assertThat(report.problems().get(1).reason()).contains("编号“bad-b”重复：第 3 行已使用");
    assertThat(report.problems().get(2).reason()).contains("未知的单位类别“NO_SUCH_CATEGORY”");
    assertThat(report.problems().get(3).reason()).contains("成环").contains("bad-d → bad-e → bad-d");
    assertThat(report.problems().get(4).reason()).contains("不能同时担任两个单位的主要负责同志");
    assertThat(report.problems().get(5).reason()).contains("缺少名称");
    assertThat(counts()).containsExactly(before);
  }

  @Test
  void theImportApiIsForAdministratorsAndOfficesAndAnswersEveryProblem() {
    String file = GOOD.replace("hq-", "api-").replace("sg-hq", "sg-api");
    assertThat(Rest.as(port, "chenlixin").post("/api/organization/import", "text/csv", file).status()).isEqualTo(403);

    Rest.Response ok = Rest.as(port, "demo").post("/api/organization/import", "text/csv", file);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().path("imported").asBoolean()).isTrue();

    Rest.Response refused = Rest.as(port, "demo").post("/api/organization/import", "text/csv",
        HEADER + "UNIT,api-x,某单位,,,,测试,,,,,,,\nFOO,api-y,某物,,,,,,,,,,,\n");
    assertThat(refused.status()).isEqualTo(400);
    JsonNode problems = refused.json().path("problems");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).path("line").asInt()).isEqualTo(2);
    assertThat(problems.get(0).path("reason").asText()).contains("缺少类别");
    assertThat(problems.get(1).path("reason").asText()).contains("未知的类型“FOO”");

    JsonNode detail = Rest.as(port, "api-sec").get("/api/organization/units/api-county").json();
    assertThat(detail.path("leadershipGroup").path("principal").path("name").asText()).isEqualTo("秦书记");
    assertThat(detail.path("superior").path("leader").path("id").asText()).isEqualTo("zhangzhigang");
    assertThat(detail.path("supervisionGroup").path("leader").path("id").asText()).isEqualTo("api-sup");
    assertThat(Rest.as(port, "api-sec").get("/api/organization/units/xs-county").status()).isEqualTo(403);
  }

  @Test
  void anImportCannotTakeOverSystemGroupsOrAccounts() {
    String bad = HEADER + """
        SUPERVISION_GROUP,camunda-admin,夺权组,,,,测试,,,,,,,
        SUPERVISION_GROUP,dh-county-leaders,冒名组,,,,测试,,,,,,,
        PERSON,demo,冒名管理员,,,,,,,,jc-city,班子成员,,
        UNIT,long-region,长地区单位,TOWNSHIP,,jc-city,%s,,,,,,,
        """.formatted("区".repeat(201));
    long[] before = counts();
    ImportReport report = importer.importFile(new StringReader(bad));
    assertThat(report.imported()).isFalse();
    assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(2, 3, 4, 5);
    assertThat(report.problems().get(0).reason()).contains("系统保留");
    assertThat(report.problems().get(1).reason()).contains("冲突");
    assertThat(report.problems().get(2).reason()).contains("已有的账号");
    assertThat(report.problems().get(3).reason()).contains("超过 200 个字符");
    assertThat(counts()).containsExactly(before);
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").list())
        .extracting(User::getId).contains("demo");
  }

  @Test
  void aCampaignOfficeImportsOnlyItsOwnUnitsAndTheirPeople() {
    Rest county = Rest.as(port, "hejing"); // 东河县's office
    Rest.Response outside = county.post("/api/organization/import", "text/csv", HEADER + """
        SUPERVISION_GROUP,sg-own,自封督导组,,,,测试,,,,,,,
        UNIT,xs-new,西山县新单位,TOWNSHIP,,xs-county,,,,,,,,
        PERSON,huangzhiming,黄志明,,,,,,,,dh-county,班子成员,,
        PERSON,sneak,新人,,,,,,,,xs-county,班子成员,,
        UNIT,jc-city,中共江川市委,LEADING_ORGAN,1,,江川市,,zhaoguoqiang,sg-prov-3,,,,
        """);
    assertThat(outside.status()).isEqualTo(400);
    JsonNode problems = outside.json().path("problems");
    assertThat(problems.findValuesAsText("reason")).anySatisfy(r -> assertThat(r).contains("只有系统管理员可以导入督导组"))
        .anySatisfy(r -> assertThat(r).contains("“xs-new”不在本办公室负责的范围内"))
        .anySatisfy(r -> assertThat(r).contains("人员“huangzhiming”属于本办公室负责范围以外的单位"))
        .anySatisfy(r -> assertThat(r).contains("“xs-county”不在本办公室负责的范围内"))
        .anySatisfy(r -> assertThat(r).contains("“jc-city”不在本办公室负责的范围内"));

    Rest.Response own = county.post("/api/organization/import", "text/csv", HEADER + """
        UNIT,dh-newtown,东河县新城镇党委,TOWNSHIP,,dh-county,,,,sg-city-1,,,,
        PERSON,dh-newtown-sec,新书记,,,,,,,,dh-newtown,主要负责同志,,
        """);
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(new OrganizationRepository(jdbc).findUnit("dh-newtown").orElseThrow().superiorLeaderId()).isEqualTo("chenlixin");
  }

  @Test
  void theCommandLineImportReportsProblemsAndExitsWithOne(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, HEADER + "UNIT,cli-a,命令行单位,LEADING_ORGAN,9,,测试,,,,,,,\n", StandardCharsets.UTF_8);
    importCommand.run(new DefaultApplicationArguments("--import=" + bad));
    assertThat(importCommand.getExitCode()).isEqualTo(1);

    Path good = dir.resolve("good.csv");
    Files.writeString(good, GOOD.replace("hq-", "cli-").replace("sg-hq", "sg-cli"), StandardCharsets.UTF_8);
    ImportCommand fresh = new ImportCommand(importer);
    fresh.run(new DefaultApplicationArguments("--import=" + good));
    assertThat(fresh.getExitCode()).isZero();
    assertThat(new OrganizationRepository(jdbc).findUnit("cli-county")).isPresent();
  }

  @Test
  void theDemoRegionIsLoadedWithItsPeopleAndGroups() {
    OrganizationRepository repository = new OrganizationRepository(jdbc);
    List<Unit> demo = repository.findAllUnits().stream().filter(u -> "江川市".equals(u.region())
        || u.region().startsWith("江川市")).toList();
    assertThat(demo).hasSize(17);
    assertThat(demo).extracting(Unit::category).contains(UnitCategory.LEADING_ORGAN, UnitCategory.SERVICE_WINDOW,
        UnitCategory.TOWNSHIP, UnitCategory.VILLAGE_COMMUNITY, UnitCategory.NON_PUBLIC);
    assertThat(engine.getIdentityService().checkPassword("chenlixin", "demo")).isTrue();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("campaign-office").list())
        .extracting(User::getId).contains("maxiaodong", "hejing");
  }

  private String flaggedBy(String unit) {
    return jdbc.sql("select flagged_by from org_weak_unit where unit_id = ?").param(unit).query(String.class).single();
  }

  private long[] counts() {
    return new long[] {
        jdbc.sql("select count(*) from org_unit").query(Long.class).single(),
        jdbc.sql("select count(*) from org_person").query(Long.class).single(),
        jdbc.sql("select count(*) from org_unit_member").query(Long.class).single(),
        engine.getIdentityService().createUserQuery().count(),
        engine.getIdentityService().createGroupQuery().count(),
        jdbc.sql("select count(*) from ACT_ID_MEMBERSHIP").query(Long.class).single()};
  }
}
