package org.massline.organization;

import java.util.List;

/**
 * What an import would change, computed before anything is written: the answer of a dry run, and
 * the ground on which an import that touches running work asks for confirmation. Long lists show
 * their first {@value #SHOWN} items and their full count.
 *
 * @param openTasks people whose memberships the import removes, with their open tasks
 * @param runningProcesses units the import moves to another supervision group, with their running processes
 */
public record ImportChanges(
    Listing<String> unitsAdded,
    Listing<UnitChange> unitsChanged,
    Listing<Membership> membershipsAdded,
    Listing<Membership> membershipsRemoved,
    List<PersonTasks> openTasks,
    List<UnitProcesses> runningProcesses) {

  static final int SHOWN = 200;

  /** The first items of a list, and how many it holds. */
  public record Listing<T>(int count, List<T> items) {
    static <T> Listing<T> of(List<T> all) {
      return new Listing<>(all.size(), List.copyOf(all.subList(0, Math.min(SHOWN, all.size()))));
    }
  }

  /**
   * One column of a unit the import changes ({@code field} is the column key, e.g. {@code supervisionGroup};
   * {@code weak} reads {@code true} or {@code false}).
   */
  public record FieldChange(String field, String before, String after) {
  }

  public record UnitChange(String unit, String name, List<FieldChange> changes) {
  }

  public record TaskRef(String id, String name, String processInstanceId) {
  }

  /** A person losing memberships ({@code removedFrom}: unit or group ids) while they have open tasks. */
  public record PersonTasks(String person, String name, List<String> removedFrom, long count, List<TaskRef> tasks) {
  }

  public record UnitProcesses(String unit, String supervisionGroupBefore, String supervisionGroupAfter, long count,
      List<String> processInstanceIds) {
  }

  /** Whether applying the import would take work from people or move running processes. */
  public boolean affectsWork() {
    return !openTasks.isEmpty() || !runningProcesses.isEmpty();
  }
}
