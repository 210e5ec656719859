package org.massline.forms;

import java.util.List;
import java.util.Optional;

/** Refuses to start a process for a business key it cannot run for, before anything starts. */
public interface StartGuard {

  String processKey();

  /** @return the reason (Chinese) the process cannot start for this business key, or empty */
  Optional<String> refusal(String businessKey);

  /**
   * The same for a person starting it (through the REST API or Tasklist), who must also be allowed
   * to start it for this business key.
   */
  default Optional<String> refusalFor(String businessKey, String userId, List<String> groups) {
    return refusal(businessKey);
  }
}
