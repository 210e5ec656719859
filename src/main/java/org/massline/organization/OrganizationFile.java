package org.massline.organization;

import java.util.ArrayList;
import java.util.List;

/**
 * An organization file as read, before validation: its lines by kind, each with its line number,
 * and the problems found while reading.
 */
public final class OrganizationFile {

  /**
   * A {@code UNIT} (单位) line. {@code weak} (软弱涣散): whether the unit's leadership group is weak and
   * slack, as written (yes or no); empty when the line does not say.
   */
  public record UnitLine(int line, String id, String name, String category, String tier, String parent,
      String region, String superior, String superiorLeader, String supervisionGroup, String weak) {
  }

  /** A {@code SUPERVISION_GROUP} (督导组) line. */
  public record GroupLine(int line, String id, String name, String region) {
  }

  /**
   * A {@code PERSON} (人员) line: one person, at most one role; a person may have several lines.
   * {@code inCharge} (分管): the cadres and units the person is in charge of, {@code ;}-separated.
   */
  public record PersonLine(int line, String id, String name, String unit, String role, String contactPoints,
      String email, String inCharge) {
  }

  final List<UnitLine> units = new ArrayList<>();
  final List<GroupLine> groups = new ArrayList<>();
  final List<PersonLine> persons = new ArrayList<>();
  final List<ImportProblem> problems = new ArrayList<>();
  /** Reading stopped before the end (not UTF-8, broken CSV): the lines read are not the whole file. */
  boolean aborted;

  public List<UnitLine> units() {
    return units;
  }

  public List<GroupLine> groups() {
    return groups;
  }

  public List<PersonLine> persons() {
    return persons;
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  public boolean aborted() {
    return aborted;
  }
}
