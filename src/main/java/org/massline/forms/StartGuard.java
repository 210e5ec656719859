package org.massline.forms;

import java.util.Optional;

/** Refuses to start a process for a business key it cannot run for, before anything starts. */
public interface StartGuard {

  String processKey();

  /** @return the reason (Chinese) the process cannot start, or empty */
  Optional<String> refusal(String businessKey);
}
