package org.massline.forms;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** All {@link StartGuard}s, by process key. */
@Component
public class StartGuards {

  private final List<StartGuard> guards;

  public StartGuards(List<StartGuard> guards) {
    this.guards = guards;
  }

  public boolean guards(String processKey) {
    return guards.stream().anyMatch(g -> g.processKey().equals(processKey));
  }

  /** Why this person may not start the process for this business key, if they may not. */
  public Optional<String> refusal(String processKey, String businessKey, String userId, List<String> groups) {
    return guards.stream().filter(g -> g.processKey().equals(processKey))
        .map(g -> g.refusalFor(businessKey, userId, groups)).flatMap(Optional::stream).findFirst();
  }
}
