package org.massline.forms;

import java.util.List;
import java.util.Map;

/** One choice of a select, radio or checklist field, as form-js takes it. */
public record FormOption(String label, String value) {

  /** The choices as the {@code {label, value}} entries form-js and the validator read. */
  public static List<Map<String, Object>> entries(List<FormOption> options) {
    return options.stream().map(o -> Map.<String, Object>of("label", o.label(), "value", o.value())).toList();
  }
}
