package org.massline.organization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda's identity (users, groups, memberships) match the organization tables, so that
 * BPMN candidate groups, Tasklist and the Admin webapp see the same organization. Touches only the
 * groups the organization model derives (see {@link CamundaGroups}); writes nothing when in sync.
 */
@Component
public class IdentitySync {

  static final String GROUP_TYPE = "WORKFLOW";

  private final IdentityService identityService;
  private final OrganizationRepository repository;

  public IdentitySync(IdentityService identityService, OrganizationRepository repository) {
    this.identityService = identityService;
    this.repository = repository;
  }

  /** @return the number of changes made to Camunda's identity */
  public int reconcile(String initialPassword) {
    int changes = 0;
    for (Person p : repository.findAllPersons()) {
      changes += syncUser(p, initialPassword);
    }
    Map<String, String> groupNames = new HashMap<>();
    Map<String, Set<String>> members = new HashMap<>();
    for (Unit u : repository.findAllUnits()) {
      groupNames.put(CamundaGroups.leadershipOf(u.id()), u.name() + "领导班子");
      groupNames.put(CamundaGroups.branchOf(u.id()), u.name() + "全体党员");
      groupNames.put(CamundaGroups.officeOf(u.id()), u.name() + "教育实践活动办公室");
    }
    for (SupervisionGroup g : repository.findAllSupervisionGroups()) {
      groupNames.put(CamundaGroups.supervisionGroup(g.id()), g.name());
    }
    groupNames.put(CamundaGroups.CAMPAIGN_OFFICE, "各级教育实践活动办公室");
    groupNames.put(CamundaGroups.SUPERVISORS, "全体督导组成员");
    groupNames.keySet().forEach(g -> members.put(g, new HashSet<>()));
    for (Membership m : repository.findAllMemberships()) {
      for (String group : groupsOf(m)) {
        members.get(group).add(m.personId());
      }
    }
    for (Map.Entry<String, String> group : groupNames.entrySet()) {
      changes += syncGroup(group.getKey(), group.getValue());
      changes += syncMembers(group.getKey(), members.get(group.getKey()));
    }
    return changes;
  }

  /** The Camunda groups a membership puts its person in. */
  static List<String> groupsOf(Membership m) {
    return switch (m.role()) {
      case PRINCIPAL, MEMBER -> List.of(CamundaGroups.leadershipOf(m.orgId()), CamundaGroups.branchOf(m.orgId()));
      case PARTY_MEMBER -> List.of(CamundaGroups.branchOf(m.orgId()));
      case OFFICE -> List.of(CamundaGroups.officeOf(m.orgId()), CamundaGroups.CAMPAIGN_OFFICE);
      case SUPERVISION_LEADER, SUPERVISOR -> List.of(CamundaGroups.supervisionGroup(m.orgId()),
          CamundaGroups.SUPERVISORS);
    };
  }

  private int syncUser(Person p, String initialPassword) {
    User user = identityService.createUserQuery().userId(p.id()).singleResult();
    if (user == null) {
      user = identityService.newUser(p.id());
      user.setFirstName(p.name());
      user.setLastName("");
      user.setEmail(p.email());
      if (initialPassword != null) {
        user.setPassword(initialPassword);
      }
      identityService.saveUser(user);
      return 1;
    }
    if (!Objects.equals(user.getFirstName(), p.name()) || !Objects.equals(user.getEmail(), p.email())) {
      user.setFirstName(p.name());
      user.setLastName("");
      user.setEmail(p.email());
      identityService.saveUser(user);
      return 1;
    }
    return 0;
  }

  private int syncGroup(String id, String name) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
      group.setName(name);
      group.setType(GROUP_TYPE);
      identityService.saveGroup(group);
      return 1;
    }
    if (!Objects.equals(group.getName(), name)) {
      group.setName(name);
      identityService.saveGroup(group);
      return 1;
    }
    return 0;
  }

  private int syncMembers(String groupId, Set<String> wanted) {
    Set<String> current = identityService.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getId).collect(Collectors.toSet());
    int changes = 0;
    for (String user : current) {
      if (!wanted.contains(user)) {
        identityService.deleteMembership(user, groupId);
        changes++;
      }
    }
    for (String user : wanted) {
      if (!current.contains(user)) {
        identityService.createMembership(user, groupId);
        changes++;
      }
    }
    return changes;
  }
}
