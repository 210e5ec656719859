package org.massline.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The input rules of an organization file, without Spring: each bad file is refused at its line, in Chinese. */
class OrganizationFileValidatorTest {

  static final String HEADER = "type,id,name,unit,role\n";
  /** 软弱涣散 with what a unit needs besides: a category, and a region for want of a parent. */
  static final String WEAK = "type,id,name,category,region,unit,role,weak\n";

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("a plain person", utf8(HEADER + "PERSON,p1,张三,,\n"), 0, null),
        Arguments.of("a name starting with a digit after a dash", utf8(HEADER + "PERSON,p1,-1号,,\n"), 0, null),
        Arguments.of("a UTF-8 BOM", utf8("\uFEFF" + HEADER + "PERSON,p1,张三,,\n"), 0, null),
        Arguments.of("an unknown column", utf8("type,id,name,password\nPERSON,p1,张三,x\n"), 1, "未知的列“password”"),
        Arguments.of("a column twice", utf8("type,id,name,编号\nPERSON,p1,张三,p2\n"), 1, "“id”（编号）重复出现"),
        Arguments.of("a value without a column", utf8(HEADER + "PERSON,p1,张三,,,x\n"), 2, "第 6 列没有表头"),
        Arguments.of("a NUL byte", utf8(HEADER + "PERSON,p1,张\u0000三,,\n"), 2, "控制字符"),
        Arguments.of("an escape character", utf8(HEADER + "PERSON,p1,张\u001b三,,\n"), 2, "控制字符"),
        Arguments.of("a formula", utf8(HEADER + "PERSON,p1,=cmd|' /C calc'!A0,,\n"), 2, "公式"),
        Arguments.of("a plus formula", utf8(HEADER + "PERSON,p1,+1+1,,\n"), 2, "公式"),
        Arguments.of("an at formula", utf8(HEADER + "PERSON,p1,@SUM(A1),,\n"), 2, "公式"),
        Arguments.of("a dash formula", utf8(HEADER + "PERSON,p1,-cmd,,\n"), 2, "公式"),
        Arguments.of("a leadership group id", utf8(HEADER + "PERSON,dh-county-leaders,冒名,,\n"), 2, "用户组冲突"),
        Arguments.of("a branch id", utf8(HEADER + "PERSON,dh-county-branch,冒名,,\n"), 2, "用户组冲突"),
        Arguments.of("an office id", utf8(HEADER + "PERSON,dh-county-office,冒名,,\n"), 2, "用户组冲突"),
        Arguments.of("an office-like id of no unit", utf8(HEADER + "PERSON,bench-office,办公室,,\n"), 0, null),
        Arguments.of("a supervision group id", utf8(HEADER + "SUPERVISION_GROUP,sg-x,督导组,,\nPERSON,sg-x,冒名,,\n"),
            3, "用户组冲突"),
        Arguments.of("the campaign offices' group", utf8(HEADER + "PERSON,campaign-office,冒名,,\n"), 2, "系统保留"),
        Arguments.of("the supervisors' group", utf8(HEADER + "PERSON,supervisors,冒名,,\n"), 2, "系统保留"),
        Arguments.of("the administrators' group", utf8(HEADER + "PERSON,camunda-admin,冒名,,\n"), 2, "系统保留"),
        Arguments.of("a GBK file", bytes(HEADER + "PERSON,p1,张三,,\nPERSON,p2,李四,,\n", Charset.forName("GBK")), 2,
            "文件不是 UTF-8 编码（第 2 行）"),
        Arguments.of("GBK after UTF-8 lines", concat(utf8(HEADER + "PERSON,p1,张三,,\n"),
            bytes("PERSON,p2,李四,,\n", Charset.forName("GBK"))), 3, "另存为“CSV UTF-8"),
        Arguments.of("a truncated UTF-8 character", concat(utf8(HEADER + "PERSON,p1,张"), new byte[] {(byte) 0xE4}), 2,
            "不是 UTF-8"),
        Arguments.of("an unclosed quote", utf8(HEADER + "PERSON,p1,张三,,\nPERSON,p2,\"李四\"x,,\n"), 3, "CSV 格式错误"),
        Arguments.of("a unit stating 软弱涣散", utf8(WEAK + "UNIT,u1,某镇党委,TOWNSHIP,某县,,,是\n"), 0, null),
        Arguments.of("a bad 软弱涣散", utf8(WEAK + "UNIT,u1,某镇党委,TOWNSHIP,某县,,,是\nUNIT,u2,某村党支部,"
            + "VILLAGE_COMMUNITY,某县,,,也许\n"), 3, "单位“u2”的软弱涣散“也许”不正确：应为 是 或 否"),
        Arguments.of("软弱涣散 on a person line", utf8(WEAK + "PERSON,p1,张三,,,,,是\n"), 2,
            "只有单位行可以填写软弱涣散（weak），此行填写了“是”"),
        Arguments.of("软弱涣散 on a supervision group line", utf8(WEAK + "SUPERVISION_GROUP,sg-x,督导组,,某县,,,否\n"),
            2, "只有单位行可以填写软弱涣散"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachRuleRefusesAtItsLine(String what, byte[] file, int line, String reason) {
    List<ImportProblem> problems = validator().validate(new OrganizationFileReader()
        .read(new StrictUtf8Reader(new ByteArrayInputStream(file))), OrganizationFileValidator.Scope.UNRESTRICTED)
        .problems();
    if (reason == null) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).line()).isEqualTo(line);
      assertThat(problems.get(0).reason()).contains(reason).doesNotContainPattern("[A-Za-z]{4,} [a-z]{2,} [a-z]{2,}");
    }
  }

  static Stream<Arguments> weakSpellings() {
    return Stream.of(Arguments.of("是", true), Arguments.of("否", false), Arguments.of("true", true),
        Arguments.of("FALSE", false), Arguments.of("Yes", true), Arguments.of("no", false), Arguments.of("1", true),
        Arguments.of("0", false), Arguments.of(" 是 ", true), Arguments.of("\"  No\"", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("weakSpellings")
  void eachSpellingOfWeakStatesTheFlag(String cell, boolean weak) {
    OrganizationFileValidator.Result result = validate(utf8(WEAK + "UNIT,u1,某镇党委,TOWNSHIP,某县,,," + cell + "\n"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.plan().weak()).containsExactly(Map.entry("u1", weak));
  }

  @Test
  void anEmptyWeakOrNoSuchColumnLeavesTheFlagAlone() {
    assertThat(validate(utf8(WEAK + "UNIT,u1,某镇党委,TOWNSHIP,某县,,,\n")).plan().weak()).isEmpty();
    assertThat(validate(utf8("类型,编号,名称,类别,地区\n单位,u1,某镇党委,TOWNSHIP,某县\n")).plan().weak()).isEmpty();
    assertThat(validate(utf8("类型,编号,名称,类别,地区,软弱涣散\n单位,u1,某镇党委,TOWNSHIP,某县,是\n")).plan().weak())
        .containsExactly(Map.entry("u1", true));
  }

  @Test
  void everyBadWeakIsReportedAtItsLine() {
    List<ImportProblem> problems = validate(utf8(WEAK + """
        UNIT,u1,某镇党委,TOWNSHIP,某县,,,2
        UNIT,u2,某村党支部,VILLAGE_COMMUNITY,某县,,,是
        PERSON,p1,张三,,,u2,党员,否
        UNIT,u3,某社区党委,VILLAGE_COMMUNITY,某县,,,Y
        """)).problems();
    assertThat(problems).extracting(ImportProblem::line).containsExactly(2, 4, 5);
    assertThat(problems).extracting(ImportProblem::reason).containsExactly(
        "单位“u1”的软弱涣散“2”不正确：应为 是 或 否（也可填 true/false、yes/no、1/0），不填写则保持原状",
        "只有单位行可以填写软弱涣散（weak），此行填写了“否”",
        "单位“u3”的软弱涣散“Y”不正确：应为 是 或 否（也可填 true/false、yes/no、1/0），不填写则保持原状");
  }

  private static OrganizationFileValidator.Result validate(byte[] file) {
    return validator().validate(new OrganizationFileReader().read(new StrictUtf8Reader(new ByteArrayInputStream(file))),
        OrganizationFileValidator.Scope.UNRESTRICTED);
  }

  /** One unit in the tables and no Camunda accounts: the file is judged by itself. */
  private static OrganizationFileValidator validator() {
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    when(identity.createUserQuery().list()).thenReturn(List.of());
    OrganizationRepository repository = mock(OrganizationRepository.class);
    when(repository.findAllUnits()).thenReturn(List.of(new Unit("dh-county", "中共东河县委", UnitCategory.LEADING_ORGAN,
        1, null, "东河县", null, null, null)));
    return new OrganizationFileValidator(repository, identity);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s, Charset charset) {
    return s.getBytes(charset);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
