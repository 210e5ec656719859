package org.massline.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The one answer to "who may see this unit's work": its leadership group, its superior
 * organization (the superior unit's leadership group and the superior leader), its supervision
 * group, the campaign offices of the unit and every unit above it, and administrators. The API
 * asks it; the READ grants given to Camunda when an instance starts come from it too, so Cockpit,
 * Tasklist and the API never disagree.
 */
@Service
public class UnitAccess {

  private final OrganizationRepository repository;

  public UnitAccess(OrganizationRepository repository) {
    this.repository = repository;
  }

  /** Camunda groups that may read the unit's processes and data. */
  public Set<String> viewerGroups(String unitId) {
    Set<String> groups = new LinkedHashSet<>();
    groups.add(CamundaGroups.ADMINS);
    repository.findUnit(unitId).ifPresent(unit -> {
      groups.add(CamundaGroups.leadershipOf(unit.id()));
      if (unit.superiorUnitId() != null) {
        groups.add(CamundaGroups.leadershipOf(unit.superiorUnitId()));
      }
      if (unit.supervisionGroupId() != null) {
        groups.add(CamundaGroups.supervisionGroup(unit.supervisionGroupId()));
      }
      groups.addAll(officeGroups(unit.id()));
    });
    return groups;
  }

  /** The campaign offices of the unit and of every unit above it: who may start its processes. */
  public Set<String> officeGroups(String unitId) {
    Set<String> groups = new LinkedHashSet<>();
    Set<String> visited = new HashSet<>();
    for (String u = unitId; u != null && visited.add(u); u = repository.findUnit(u).map(Unit::parentId).orElse(null)) {
      groups.add(CamundaGroups.officeOf(u));
    }
    return groups;
  }

  /**
   * Who may write a unit's own records outside a task (a quick fix, 立行立改): its leadership group,
   * and whoever may start its processes.
   */
  public boolean canRecordFor(Collection<String> userGroups, String unitId) {
    return userGroups.contains(CamundaGroups.leadershipOf(unitId)) || canStart(userGroups, unitId);
  }

  /** Administrators, and the campaign offices of the unit or above it. */
  public boolean canStart(Collection<String> userGroups, String unitId) {
    return userGroups.contains(CamundaGroups.ADMINS) || officeGroups(unitId).stream().anyMatch(userGroups::contains);
  }

  /** The units whose processes these groups may start, in the organization's order (one read of the units). */
  public List<Unit> startableUnits(Collection<String> userGroups) {
    List<Unit> units = repository.findAllUnits();
    Map<String, String> parents = new HashMap<>();
    units.forEach(u -> parents.put(u.id(), u.parentId()));
    boolean admin = userGroups.contains(CamundaGroups.ADMINS);
    return units.stream().filter(unit -> {
      Set<String> visited = new HashSet<>();
      for (String u = unit.id(); u != null && visited.add(u); u = parents.get(u)) {
        if (admin || userGroups.contains(CamundaGroups.officeOf(u))) {
          return true;
        }
      }
      return false;
    }).toList();
  }

  /**
   * Users who may read the unit's processes and data without being in one of its groups: its superior
   * leader, and the leading cadres whose contact point (联系点) it is, who guide it through every stage.
   */
  public Set<String> viewerUsers(String unitId) {
    Set<String> users = new LinkedHashSet<>();
    repository.findUnit(unitId).map(Unit::superiorLeaderId).ifPresent(users::add);
    users.addAll(repository.findContactLeadersOf(unitId));
    return users;
  }

  public boolean canView(String userId, Collection<String> userGroups, String unitId) {
    if (userGroups.contains(CamundaGroups.ADMINS)) {
      return true;
    }
    if (viewerUsers(unitId).contains(userId)) {
      return true;
    }
    return viewerGroups(unitId).stream().anyMatch(userGroups::contains);
  }

  /**
   * The unit's organization page (its people and groups) is also open to its own branch's members,
   * who see nothing of its processes.
   */
  public boolean canViewOrganization(String userId, Collection<String> userGroups, String unitId) {
    return canView(userId, userGroups, unitId) || userGroups.contains(CamundaGroups.branchOf(unitId));
  }

  /** The units whose campaign office the person works in: where an office may import. */
  public Set<String> officesOf(String userId) {
    return repository.findMembershipsOf(userId).stream().filter(m -> m.role() == UnitRole.OFFICE)
        .map(Membership::orgId).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
