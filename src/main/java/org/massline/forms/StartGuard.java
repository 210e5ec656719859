package org.massline.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A process that people may start, and for which business keys: every other process is started
 * only by the engine's own work (or an administrator). Asked by {@link ProcessStartGuard} on every
 * start, whichever path it came by.
 */
public interface StartGuard {

  String processKey();

  /** The business key a start form names in its values, for a start that gives none (Tasklist asks for none). */
  default String businessKeyOf(Map<String, Object> startValues) {
    return null;
  }

  /**
   * The choices the start form offers this person, by the {@code valuesKey} of the form's field (a start form has
   * no variables to take them from): shown in Tasklist and checked on submission.
   */
  default Map<String, List<FormOption>> startFormOptions(String userId, List<String> groups) {
    return Map.of();
  }

  /** Why the process cannot run for this business key, or empty. */
  Optional<Refusal> refusal(String businessKey);

  /** The same for a person starting it, who must also be allowed to start it for this business key. */
  default Optional<Refusal> refusalFor(String businessKey, String userId, List<String> groups) {
    return refusal(businessKey);
  }
}
