package org.massline.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.massline.forms.FormSchema.Field;

/**
 * Checks submitted values against the form's own schema, as Tasklist does in the browser:
 * required fields, lengths, ranges, patterns, and that a choice is one of the form's options
 * (static, or taken from a variable for {@code valuesKey} options such as the group's members).
 * Also refuses variables the form does not have: a client may not set routing variables.
 */
public final class FormSchemaValidator {

  private FormSchemaValidator() {
  }

  /**
   * @param context the variables visible to the form, for options given by {@code valuesKey}
   */
  public static void validate(FormSchema form, Map<String, Object> values, Map<String, Object> context,
      Problems problems) {
    Set<String> keys = form.keys();
    for (String name : values.keySet()) {
      if (!keys.contains(name)) {
        problems.add("表单中没有字段“" + name + "”，不能提交");
      }
    }
    for (Field field : form.fields()) {
      if (field.isList()) {
        if (field.readonly()) {
          continue;
        }
        Object list = Values.plain(values.get(field.key()));
        if (!Values.isBlank(list) && !(list instanceof List<?> l && l.stream().allMatch(Map.class::isInstance))) {
          problems.add("“" + field.label() + "”的值类型不正确：应为条目列表");
          continue;
        }
        List<Map<String, Object>> entries = Values.entries(list);
        for (int i = 0; i < entries.size(); i++) {
          for (Field item : field.items()) {
            check(item, entries.get(i).get(item.key()), context, "“" + field.label() + "”第 " + (i + 1) + " 条的", problems);
          }
        }
      } else {
        check(field, values.get(field.key()), context, "", problems);
      }
    }
  }

  private static void check(Field field, Object raw, Map<String, Object> context, String prefix, Problems problems) {
    String name = prefix + "“" + field.label() + "”";
    Object value = Values.plain(raw);
    if (field.readonly()) {
      // shown, not edited: a value sent back must still be one of the choices (it may be an id the listener uses)
      if (field.hasOptions() && !Values.isBlank(value) && !(value instanceof List<?>)) {
        checkOption(field, Values.text(value), context, name, problems);
      }
      return;
    }
    if (Values.isBlank(value)) {
      if (field.required()) {
        problems.add(name + ("checkbox".equals(field.type()) ? "必须勾选" : "为必填项"));
      }
      return;
    }
    if (!hasTheFieldsType(field, value)) {
      problems.add(name + "的值类型不正确：应为" + expectedType(field));
      return;
    }
    if ("checkbox".equals(field.type()) && !Boolean.TRUE.equals(value)) {
      if (field.required()) {
        problems.add(name + "必须勾选");
      }
      return;
    }
    switch (field.type()) {
      case "textfield", "textarea" -> checkText(field, (String) value, name, problems);
      case "number" -> checkNumber(field, value, name, problems);
      case "radio", "select" -> checkOption(field, Values.text(value), context, name, problems);
      case "checklist", "taglist" -> {
        for (Object option : (List<?>) value) {
          if (!(option instanceof String text)) {
            problems.add(name + "的选项应为文字");
          } else {
            checkOption(field, text, context, name, problems);
          }
        }
      }
      case "datetime" -> checkDate(field, Values.text(value), name, problems);
      default -> {
        // other input types carry no constraints of their own
      }
    }
  }

  /**
   * Tasklist sends text as strings, numbers as numbers, checkboxes as booleans and lists as JSON
   * arrays; anything else (a file, bytes, a serialized object, "16" for a number, "yes" for a box)
   * would be stored as something no reader expects.
   */
  private static boolean hasTheFieldsType(Field field, Object value) {
    return switch (field.type()) {
      case "number" -> value instanceof Number;
      case "checkbox" -> value instanceof Boolean;
      case "checklist", "taglist" -> value instanceof List<?>;
      default -> value instanceof String;
    };
  }

  private static String expectedType(Field field) {
    return switch (field.type()) {
      case "number" -> "数字";
      case "checkbox" -> "是或否";
      case "checklist", "taglist" -> "选项列表";
      default -> "文字";
    };
  }

  private static void checkText(Field field, String raw, String name, Problems problems) {
    if (!Text.isWellFormed(raw)) {
      problems.add(name + "含有无法识别的字符（控制字符或不成对的代理字符），请删除后重新填写");
      return;
    }
    String text = raw.trim();
    int length = Text.visibleLength(text);
    if (length == 0 && field.required()) {
      problems.add(name + "为必填项");
      return;
    }
    if (field.minLength() != null && length < field.minLength()) {
      problems.add(name + "至少需要 " + field.minLength() + " 个字（现有 " + length + " 个字）");
    }
    if (field.maxLength() != null && length > field.maxLength()) {
      problems.add(name + "最多 " + field.maxLength() + " 个字（现有 " + length + " 个字）");
    }
    if (field.pattern() != null) {
      try {
        if (!Pattern.compile(field.pattern()).matcher(text).matches()) {
          problems.add(name + "格式不正确");
        }
      } catch (PatternSyntaxException e) {
        problems.add(name + "的校验规则有误，请联系管理员");
      }
    }
  }

  private static void checkNumber(Field field, Object value, String name, Problems problems) {
    double number;
    try {
      // BigDecimal, as the listeners read it: no NaN or Infinity
      number = new BigDecimal(String.valueOf(value)).doubleValue();
    } catch (NumberFormatException e) {
      problems.add(name + "应为数字");
      return;
    }
    if (field.min() != null && number < field.min()) {
      problems.add(name + "不能小于 " + format(field.min()));
    }
    if (field.max() != null && number > field.max()) {
      problems.add(name + "不能大于 " + format(field.max()));
    }
  }

  private static void checkOption(Field field, String value, Map<String, Object> context, String name,
      Problems problems) {
    Collection<String> options = field.options() != null ? field.options() : optionsFrom(context.get(field.optionsKey()));
    if (!options.contains(value)) {
      problems.add(name + "的值“" + value + "”不是可选项");
    }
  }

  /** Options given by a variable: a list of {@code {label, value}} entries. */
  private static Collection<String> optionsFrom(Object variable) {
    return Values.entries(variable).stream().map(e -> String.valueOf(e.get("value"))).toList();
  }

  private static void checkDate(Field field, String text, String name, Problems problems) {
    try {
      switch (field.subtype() == null ? "date" : field.subtype()) {
        case "time" -> LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
        case "datetime" -> OffsetDateTime.parse(text);
        default -> LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      problems.add(name + "的日期“" + text + "”格式不正确");
    }
  }

  private static String format(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
