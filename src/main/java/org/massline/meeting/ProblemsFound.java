package org.massline.meeting;

import java.util.List;

/**
 * What a unit found before its meeting — its campaign's problem list (问题清单), built from the opinions
 * heard — so that the meeting's own problem list starts from it instead of being typed again. Whoever
 * keeps such a list implements this; a meeting held on its own finds nothing.
 */
public interface ProblemsFound {

  /** One problem as found: its wind and what it is, with the opinions it came from. */
  record FoundProblem(Wind wind, String description) {
  }

  /** The unit's latest list, empty when it has none. */
  List<FoundProblem> of(String unitId);

  /** The problems of every source, in order. */
  static List<FoundProblem> all(List<ProblemsFound> sources, String unitId) {
    return sources.stream().flatMap(source -> source.of(unitId).stream()).toList();
  }
}
