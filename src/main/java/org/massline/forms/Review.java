package org.massline.forms;

/**
 * The values of a review that approves what was submitted or returns it for changes: a return says
 * what to change. Shared by the reviews whose form asks just that ({@code decision}, {@code reasons}).
 */
public record Review(Decision decision, String reasons) {

  public enum Decision {
    APPROVE, RETURN
  }

  public boolean approved() {
    return decision == Decision.APPROVE;
  }

  /** A return names what to change. */
  public void check(Problems problems) {
    if (decision == Decision.RETURN && Checks.length(reasons) < 10) {
      problems.add("退回修改须写明需要修改之处（至少 10 字）");
    }
  }

  /** The reasons as kept: none when blank. */
  public String keptReasons() {
    return Checks.blankToNull(reasons);
  }
}
