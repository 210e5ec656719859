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

  public Optional<String> refusal(String processKey, String businessKey) {
    return guards.stream().filter(g -> g.processKey().equals(processKey))
        .map(g -> g.refusal(businessKey)).flatMap(Optional::stream).findFirst();
  }
}
