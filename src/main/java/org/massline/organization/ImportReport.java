package org.massline.organization;

import java.util.List;

/**
 * The answer to an import: either every problem of the file (and nothing written), or what was
 * written. {@code changes == 0} on a re-import of the same file.
 */
public record ImportReport(boolean imported, List<ImportProblem> problems, int units, int supervisionGroups,
    int persons, int changes) {

  public static ImportReport refused(List<ImportProblem> problems) {
    return new ImportReport(false, List.copyOf(problems), 0, 0, 0, 0);
  }
}
