package org.massline.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Database rows as JSON-friendly maps: {@code STUDY_DATE} (H2) and {@code study_date} (PostgreSQL) both become {@code studyDate}. */
public final class Rows {

  private Rows() {
  }

  public static List<Map<String, Object>> camel(List<Map<String, Object>> rows) {
    return rows.stream().map(Rows::camel).toList();
  }

  public static Map<String, Object> camel(Map<String, Object> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    row.forEach((k, v) -> out.put(camel(k), v));
    return out;
  }

  static String camel(String column) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }
}
