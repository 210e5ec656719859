package org.massline.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Camunda Form (the form-js JSON schema that Tasklist renders) reduced to what server-side
 * validation needs: the input fields with their constraints. Display components (text,
 * separators, buttons) carry no data and are left out.
 */
public record FormSchema(String id, List<Field> fields) {

  /** An input field; for a dynamic list, {@code items} are the fields of each entry. */
  public record Field(String key, String label, String type, String subtype, boolean required, Integer minLength,
      Integer maxLength, Double min, Double max, String pattern, List<String> options, String optionsKey,
      boolean readonly, List<Field> items) {

    public boolean isList() {
      return "dynamiclist".equals(type);
    }

    public boolean hasOptions() {
      return options != null || optionsKey != null;
    }
  }

  private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "checklist",
      "radio", "select", "taglist", "datetime");

  public static FormSchema parse(JsonNode form) {
    return new FormSchema(form.path("id").asText(), fields(form.path("components")));
  }

  /** Every top-level variable name the form may submit. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    fields.forEach(f -> keys.add(f.key()));
    return keys;
  }

  private static List<Field> fields(JsonNode components) {
    List<Field> fields = new ArrayList<>();
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if ("group".equals(type)) {
        fields.addAll(fields(c.path("components"))); // groups without a path only arrange their fields
      } else if ("dynamiclist".equals(type)) {
        fields.add(new Field(c.path("path").asText(), label(c), type, null, false, null, null, null, null, null, null,
            null, c.path("readonly").asBoolean(false), fields(c.path("components"))));
      } else if (INPUT_TYPES.contains(type) && c.hasNonNull("key")) {
        JsonNode v = c.path("validate");
        fields.add(new Field(c.path("key").asText(), label(c), type, c.path("subtype").asText(null),
            v.path("required").asBoolean(false), intOrNull(v, "minLength"), intOrNull(v, "maxLength"),
            doubleOrNull(v, "min"), doubleOrNull(v, "max"), v.path("pattern").asText(null), options(c),
            c.path("valuesKey").asText(null), c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false),
            List.of()));
      }
    }
    return fields;
  }

  private static String label(JsonNode c) {
    String label = c.path("label").asText(c.path("dateLabel").asText(""));
    return label.isEmpty() ? c.path("key").asText(c.path("path").asText()) : label;
  }

  private static List<String> options(JsonNode c) {
    if (!c.has("values")) {
      return null;
    }
    List<String> values = new ArrayList<>();
    c.path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  private static Integer intOrNull(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asInt() : null;
  }

  private static Double doubleOrNull(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asDouble() : null;
  }
}
