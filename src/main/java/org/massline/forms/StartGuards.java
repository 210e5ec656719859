package org.massline.forms;

import java.util.List;
import java.util.Map;
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

  /** The business key given, else the one the process's start form names in its values. */
  public String businessKey(String processKey, String given, Map<String, Object> values) {
    if (given != null && !given.isBlank()) {
      return given;
    }
    return values == null ? null : of(processKey).map(g -> g.businessKeyOf(values)).orElse(null);
  }

  /** The choices a process's start form offers this person, by the {@code valuesKey} of its fields. */
  public Map<String, List<FormOption>> startFormOptions(String processKey, String userId, List<String> groups) {
    return of(processKey).map(guard -> guard.startFormOptions(userId, groups)).orElse(Map.of());
  }

  /** The keys of the processes people may start. */
  public Set<String> startableKeys() {
    return guards.stream().map(StartGuard::processKey).collect(Collectors.toSet());
  }
}
