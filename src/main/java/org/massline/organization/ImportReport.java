package org.massline.organization;

import java.util.List;

/**
 * The answer to an import: either every problem of the file (and nothing written), or what was
 * written, or — for a dry run or a refused change — what the import would change. {@code changes == 0}
 * on a re-import of the same file. {@code message} is the outcome in one Chinese sentence.
 *
 * @param problemCount all problems of the file; {@code problems} holds the first {@value #SHOWN_PROBLEMS}
 */
public record ImportReport(Outcome outcome, boolean imported, String message, List<ImportProblem> problems,
    int problemCount, int units, int supervisionGroups, int persons, int changes, ImportChanges impact) {

  static final int SHOWN_PROBLEMS = 200;

  public enum Outcome {
    IMPORTED, PREVIEWED, INVALID, FORBIDDEN, NEEDS_CONFIRMATION
  }

  /** Problems sorted by line; a huge bad file answers with its first problems and their count. */
  public static ImportReport refused(List<ImportProblem> problems) {
    String message = "文件中有 " + problems.size() + " 处问题，未导入任何内容"
        + (problems.size() > SHOWN_PROBLEMS ? "（仅列出前 " + SHOWN_PROBLEMS + " 处）" : "");
    return new ImportReport(Outcome.INVALID, false, message,
        List.copyOf(problems.subList(0, Math.min(SHOWN_PROBLEMS, problems.size()))), problems.size(), 0, 0, 0, 0,
        null);
  }

  static ImportReport withoutWriting(Outcome outcome, String message, OrganizationPlan plan, ImportChanges impact) {
    return new ImportReport(outcome, false, message, List.of(), 0, plan.units().size(), plan.groups().size(),
        plan.persons().size(), 0, impact);
  }

  static ImportReport imported(OrganizationPlan plan, int changes, ImportChanges impact) {
    return new ImportReport(Outcome.IMPORTED, true, "已导入，共 " + changes + " 处变更", List.of(), 0,
        plan.units().size(), plan.groups().size(), plan.persons().size(), changes, impact);
  }
}
