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
        List<Map<String, Object>> entries = Values.entries(values.get(field.key()));
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
    if (Values.isBlank(value) || ("checkbox".equals(field.type()) && !Values.isTrue(value))) {
      if (field.required()) {
        problems.add(name + ("checkbox".equals(field.type()) ? "必须勾选" : "为必填项"));
      }
      return;
    }
    switch (field.type()) {
      case "textfield", "textarea" -> checkText(field, Values.text(value), name, problems);
      case "number" -> checkNumber(field, value, name, problems);
      case "checkbox" -> {
        if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
          problems.add(name + "应为是或否");
        }
      }
      case "radio", "select" -> checkOption(field, Values.text(value), context, name, problems);
      case "checklist", "taglist" -> {
        if (!(value instanceof List<?>)) {
          problems.add(name + "应为选项列表");
          return;
        }
        Values.strings(value).forEach(v -> checkOption(field, v, context, name, problems));
      }
      case "datetime" -> checkDate(field, Values.text(value), name, problems);
      default -> {
        // other input types carry no constraints of their own
      }
    }
  }

  private static void checkText(Field field, String text, String name, Problems problems) {
    int length = text.codePointCount(0, text.length());
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
      // BigDecimal, as the listeners read it: no NaN, Infinity or "1d"
      number = new BigDecimal(String.valueOf(value).trim()).doubleValue();
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
