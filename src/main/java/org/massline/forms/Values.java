package org.massline.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns submitted variable values into plain Java values: Tasklist sends primitives untyped and
 * lists and objects as Spin {@code Json} values; the Java API may send anything.
 */
public final class Values {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Values() {
  }

  /**
   * A submitted value as a transient variable of the same kind (lists and maps as Spin {@code Json}),
   * for the listeners of one command, never stored.
   */
  public static TypedValue transientOf(Object submitted) {
    Object value = plain(submitted);
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      return json(value, true);
    }
    return value == null ? Variables.untypedNullValue(true) : Variables.untypedValue(value, true);
  }

  /** The most characters Camunda keeps in a text variable (its TEXT_ column). */
  public static final int TEXT_LIMIT = 4000;

  /**
   * A value as a variable can keep it: a text longer than {@link #TEXT_LIMIT} becomes a JSON string,
   * kept without that limit, which Camunda Forms read as the same text (Tasklist parses JSON values).
   */
  public static Object fitting(Object value) {
    Object plain = plain(value);
    return plain instanceof String text && text.length() > TEXT_LIMIT ? json(text) : value;
  }

  /** A list or map as a Spin {@code Json} variable, which Camunda Forms read as data. */
  public static JsonValue json(Object value) {
    return json(value, false);
  }

  private static JsonValue json(Object value, boolean isTransient) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).setTransient(isTransient).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write as JSON: " + value, e);
    }
  }

  public static Object plain(Object value) {
    if (value instanceof TypedValue typed) {
      return plain(typed.getValue());
    }
    if (value instanceof SpinJsonNode node) {
      try {
        return JSON.readValue(node.toString(), Object.class);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Malformed JSON value", e);
      }
    }
    return value;
  }

  /** The value as a list of entries (a dynamic list), or empty when it is not one. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> entries(Object value) {
    Object plain = plain(value);
    List<Map<String, Object>> entries = new ArrayList<>();
    if (plain instanceof List<?> list) {
      for (Object item : list) {
        entries.add(item instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>());
      }
    }
    return entries;
  }

  public static String text(Object value) {
    Object plain = plain(value);
    return plain == null ? null : String.valueOf(plain).trim();
  }

  public static boolean isBlank(Object value) {
    Object plain = plain(value);
    return plain == null || (plain instanceof String s && s.isBlank())
        || (plain instanceof List<?> l && l.isEmpty());
  }
}
