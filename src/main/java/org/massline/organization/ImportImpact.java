package org.massline.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.TaskQuery;
import org.massline.organization.ImportChanges.FieldChange;
import org.massline.organization.ImportChanges.Listing;
import org.massline.organization.ImportChanges.PersonTasks;
import org.massline.organization.ImportChanges.TaskRef;
import org.massline.organization.ImportChanges.UnitChange;
import org.massline.organization.ImportChanges.UnitProcesses;
import org.springframework.stereotype.Component;

/**
 * Compares a valid plan with the tables and with Camunda's running work, reading only: which units
 * and memberships an import adds, changes and removes, whose open tasks and which running processes
 * it touches, and which supervision-group assignments a campaign office is not entitled to make.
 */
@Component
public class ImportImpact {

  /** Tasks and process ids listed per person or unit; the count is always complete. */
  static final int SHOWN_WORK = 20;

  private final OrganizationRepository repository;
  private final TaskService taskService;
  private final RuntimeService runtimeService;

  public ImportImpact(OrganizationRepository repository, TaskService taskService, RuntimeService runtimeService) {
    this.repository = repository;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  /** The memberships an import removes and adds; the importer writes exactly these. */
  record MembershipDiff(List<Membership> removed, List<Membership> added) {
  }

  static MembershipDiff membershipDiff(OrganizationPlan plan, List<Membership> existingMemberships) {
    Map<String, Membership> wanted = plan.memberships().stream()
        .collect(Collectors.toMap(ImportImpact::slot, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, Membership> existing = existingMemberships.stream()
        .collect(Collectors.toMap(ImportImpact::slot, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    List<Membership> removed = new ArrayList<>();
    for (Membership m : existing.values()) {
      Membership w = wanted.get(slot(m));
      // a changed role is a replacement; a unit the file defines keeps only the file's members
      if (w != null ? !w.equals(m) : plan.definedOrgs().contains(m.orgId())) {
        removed.add(m);
      }
    }
    List<Membership> added = wanted.values().stream().filter(m -> !m.equals(existing.get(slot(m)))).toList();
    return new MembershipDiff(removed, added);
  }

  private static String slot(Membership m) {
    return m.personId() + "@" + m.orgId();
  }

  public ImportChanges of(OrganizationPlan plan) {
    Map<String, Unit> existingUnits = repository.findAllUnits().stream()
        .collect(Collectors.toMap(Unit::id, Function.identity()));
    Set<String> weakUnits = Set.copyOf(repository.findWeakUnits());
    List<String> added = new ArrayList<>();
    List<UnitChange> changed = new ArrayList<>();
    List<UnitProcesses> processes = new ArrayList<>();
    for (Unit u : plan.units()) {
      Unit before = existingUnits.get(u.id());
      if (before == null) {
        added.add(u.id());
        continue;
      }
      List<FieldChange> fields = fieldChanges(before, u);
      Boolean weak = plan.weak().get(u.id());
      if (weak != null) {
        field(fields, "weak", String.valueOf(weakUnits.contains(u.id())), String.valueOf(weak));
      }
      if (!fields.isEmpty()) {
        changed.add(new UnitChange(u.id(), u.name(), fields));
      }
      if (!Objects.equals(before.supervisionGroupId(), u.supervisionGroupId())) {
        long count = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(u.id()).count();
        if (count > 0) {
          processes.add(new UnitProcesses(u.id(), before.supervisionGroupId(), u.supervisionGroupId(), count,
              runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(u.id())
                  .listPage(0, SHOWN_WORK).stream().map(ProcessInstance::getId).toList()));
        }
      }
    }
    MembershipDiff memberships = membershipDiff(plan, repository.findAllMemberships());
    return new ImportChanges(Listing.of(added), Listing.of(changed), Listing.of(memberships.added()),
        Listing.of(memberships.removed()), openTasks(memberships.removed()), processes);
  }

  private static List<FieldChange> fieldChanges(Unit before, Unit after) {
    List<FieldChange> fields = new ArrayList<>();
    field(fields, "name", before.name(), after.name());
    field(fields, "category", before.category().name(), after.category().name());
    field(fields, "tier", String.valueOf(before.tier()), String.valueOf(after.tier()));
    field(fields, "parent", before.parentId(), after.parentId());
    field(fields, "region", before.region(), after.region());
    field(fields, "superior", before.superiorUnitId(), after.superiorUnitId());
    field(fields, "superiorLeader", before.superiorLeaderId(), after.superiorLeaderId());
    field(fields, "supervisionGroup", before.supervisionGroupId(), after.supervisionGroupId());
    return fields;
  }

  private static void field(List<FieldChange> fields, String key, String before, String after) {
    if (!Objects.equals(before, after)) {
      fields.add(new FieldChange(key, before, after));
    }
  }

  /** Open tasks of the people losing a membership: assigned to them, or offered to them or their groups. */
  private List<PersonTasks> openTasks(List<Membership> removed) {
    Map<String, List<String>> orgsOf = removed.stream().collect(Collectors.groupingBy(Membership::personId,
        LinkedHashMap::new, Collectors.mapping(Membership::orgId, Collectors.toList())));
    List<PersonTasks> affected = new ArrayList<>();
    for (Map.Entry<String, List<String>> person : orgsOf.entrySet()) {
      String id = person.getKey();
      long count = tasksOf(id).count();
      if (count == 0) {
        continue;
      }
      List<TaskRef> tasks = tasksOf(id).orderByTaskCreateTime().asc().listPage(0, SHOWN_WORK).stream()
          .map(t -> new TaskRef(t.getId(), t.getName(), t.getProcessInstanceId())).toList();
      String name = repository.findPerson(id).map(Person::name).orElse(id);
      affected.add(new PersonTasks(id, name, person.getValue(), count, tasks));
    }
    return affected;
  }

  private TaskQuery tasksOf(String person) {
    return taskService.createTaskQuery().or().taskAssignee(person).taskCandidateUser(person).endOr();
  }

  /**
   * Supervision groups are assigned by the superior: a campaign office may neither change the group
   * of an existing unit nor give a new unit another group than its parent's.
   *
   * @return one Chinese phrase per assignment the office may not make; empty if none
   */
  List<String> supervisionAssignmentsByOffice(OrganizationPlan plan) {
    Map<String, Unit> planned = plan.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    List<String> refused = new ArrayList<>();
    for (Unit u : plan.units()) {
      Optional<Unit> before = repository.findUnit(u.id());
      if (before.isPresent()) {
        if (!Objects.equals(before.get().supervisionGroupId(), u.supervisionGroupId())) {
          refused.add("单位“" + u.id() + "”的督导组（" + label(before.get().supervisionGroupId()) + " → "
              + label(u.supervisionGroupId()) + "）");
        }
        continue;
      }
      String parentGroup = Optional.ofNullable(u.parentId())
          .flatMap(p -> Optional.ofNullable(planned.get(p)).or(() -> repository.findUnit(p)))
          .map(Unit::supervisionGroupId).orElse(null);
      if (u.supervisionGroupId() != null && !u.supervisionGroupId().equals(parentGroup)) {
        refused.add("新单位“" + u.id() + "”的督导组“" + u.supervisionGroupId() + "”（只能与上级单位相同："
            + label(parentGroup) + "）");
      }
    }
    return refused;
  }

  private static String label(String group) {
    return group == null ? "无" : group;
  }
}
