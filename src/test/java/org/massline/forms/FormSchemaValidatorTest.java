package org.massline.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form-js constraint the validator claims to enforce, one row each: the values a client
 * sends (over a valid base) and the Chinese reasons Tasklist then shows. Plain JUnit, no engine.
 */
class FormSchemaValidatorTest {

  static final String FORM = """
      {"id": "probe", "components": [
        {"type": "text", "text": "说明文字不是字段"},
        {"type": "textfield", "key": "title", "label": "标题", "validate": {"required": true, "minLength": 2, "maxLength": 5}},
        {"type": "textarea", "key": "note", "label": "说明", "validate": {"pattern": "[0-9]+"}},
        {"type": "number", "key": "count", "label": "人数", "validate": {"min": 1, "max": 10}},
        {"type": "checkbox", "key": "agreed", "label": "确认", "validate": {"required": true}},
        {"type": "radio", "key": "kind", "label": "类别", "values": [{"label": "甲", "value": "A"}, {"label": "乙", "value": "B"}]},
        {"type": "select", "key": "person", "label": "人员", "valuesKey": "people"},
        {"type": "select", "key": "fixed", "label": "已定", "readonly": true, "values": [{"label": "某", "value": "X"}]},
        {"type": "checklist", "key": "topics", "label": "专题", "values": [{"label": "一", "value": "one"}, {"label": "二", "value": "two"}]},
        {"type": "datetime", "key": "day", "dateLabel": "日期", "subtype": "date"},
        {"type": "group", "components": [{"type": "textfield", "key": "inGroup", "label": "组内"}]},
        {"type": "dynamiclist", "path": "items", "label": "条目", "components": [
          {"type": "textfield", "key": "what", "label": "内容", "validate": {"required": true}}]}
      ]}""";

  static final FormSchema SCHEMA = parse();
  static final Map<String, Object> CONTEXT = Map.of("people", List.of(Map.of("label", "张三", "value", "zs")));

  static Stream<Arguments> rows() {
    return Stream.of(
        row("a valid submission", Map.of(), List.of()),
        row("a required text missing", Map.of("title", ""), List.of("“标题”为必填项")),
        row("too short", Map.of("title", "一"), List.of("“标题”至少需要 2 个字（现有 1 个字）")),
        row("too long", Map.of("title", "一二三四五六"), List.of("“标题”最多 5 个字（现有 6 个字）")),
        row("only zero-width characters", Map.of("title", "\u200B\u200B\u200B"), List.of("“标题”为必填项")),
        row("zero-width characters do not count", Map.of("title", "一\u200B\u200B"), List.of("“标题”至少需要 2 个字（现有 1 个字）")),
        row("spaces do not count", Map.of("title", "一 　 "), List.of("“标题”至少需要 2 个字（现有 1 个字）")),
        row("a lone surrogate", Map.of("title", "\uD800一二"), List.of("“标题”含有无法识别的字符（控制字符或不成对的代理字符），请删除后重新填写")),
        row("a control character", Map.of("title", "\u0007会议"), List.of("“标题”含有无法识别的字符（控制字符或不成对的代理字符），请删除后重新填写")),
        row("a number for text", Map.of("title", 16), List.of("“标题”的值类型不正确：应为文字")),
        row("a list for text", Map.of("title", List.of("会议")), List.of("“标题”的值类型不正确：应为文字")),
        row("a pattern not matched", Map.of("note", "abc"), List.of("“说明”格式不正确")),
        row("a pattern matched", Map.of("note", "123"), List.of()),
        row("a number as a string", Map.of("count", "16"), List.of("“人数”的值类型不正确：应为数字")),
        row("below the minimum", Map.of("count", 0), List.of("“人数”不能小于 1")),
        row("above the maximum", Map.of("count", 11.5), List.of("“人数”不能大于 10")),
        row("within the range", Map.of("count", 10), List.of()),
        row("yes for a checkbox", Map.of("agreed", "yes"), List.of("“确认”的值类型不正确：应为是或否")),
        row("a required checkbox unticked", Map.of("agreed", false), List.of("“确认”必须勾选")),
        row("an option not offered", Map.of("kind", "C"), List.of("“类别”的值“C”不是可选项")),
        row("an option offered", Map.of("kind", "B"), List.of()),
        row("an option not in the variable", Map.of("person", "ls"), List.of("“人员”的值“ls”不是可选项")),
        row("an option from the variable", Map.of("person", "zs"), List.of()),
        row("a read-only choice changed", Map.of("fixed", "Y"), List.of("“已定”的值“Y”不是可选项")),
        row("a read-only choice sent back", Map.of("fixed", "X"), List.of()),
        row("a checklist with an unknown option", Map.of("topics", List.of("one", "three")), List.of("“专题”的值“three”不是可选项")),
        row("a checklist as a string", Map.of("topics", "one"), List.of("“专题”的值类型不正确：应为选项列表")),
        row("a checklist of numbers", Map.of("topics", List.of(1)), List.of("“专题”的选项应为文字")),
        row("an impossible date", Map.of("day", "2026-13-01"), List.of("“日期”的日期“2026-13-01”格式不正确")),
        row("a date", Map.of("day", "2026-12-02"), List.of()),
        row("a field the form does not have", Map.of("routing", "approve"), List.of("表单中没有字段“routing”，不能提交")),
        row("a field inside a group", Map.of("inGroup", 5), List.of("“组内”的值类型不正确：应为文字")),
        row("a list entry missing a required value", Map.of("items", List.of(Map.of("what", "好"), Map.of("what", ""))),
            List.of("“条目”第 2 条的“内容”为必填项")),
        row("a list that is not a list of entries", Map.of("items", "x"), List.of("“条目”的值类型不正确：应为条目列表")),
        row("several problems at once", Map.of("title", "一", "count", 0, "kind", "C"),
            List.of("“标题”至少需要 2 个字（现有 1 个字）", "“人数”不能小于 1", "“类别”的值“C”不是可选项")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void reasons(String description, Map<String, Object> sent, List<String> expected) {
    Map<String, Object> values = new HashMap<>(Map.of("title", "民主生活会", "agreed", true));
    values.putAll(sent);
    Problems problems = new Problems();
    FormSchemaValidator.validate(SCHEMA, values, CONTEXT, problems);
    assertThat(problems.reasons()).as(description).containsExactlyElementsOf(expected);
  }

  private static Arguments row(String description, Map<String, Object> sent, List<String> expected) {
    return Arguments.of(description, sent, expected);
  }

  private static FormSchema parse() {
    try {
      return FormSchema.parse(new ObjectMapper().readTree(FORM));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
