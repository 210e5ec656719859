package org.massline.forms;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** All {@link StartGuard}s, by process key: the processes people may start. */
@Component
public class StartGuards {

  private final List<StartGuard> guards;

  public StartGuards(List<StartGuard> guards) {
    this.guards = guards;
  }

  public Optional<StartGuard> of(String processKey) {
    return guards.stream().filter(g -> g.processKey().equals(processKey)).findFirst();
  }

  /** The keys of the processes people may start. */
  public Set<String> startableKeys() {
    return guards.stream().map(StartGuard::processKey).collect(Collectors.toSet());
  }
}
