package org.massline.rectification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.massline.forms.Values;
import org.massline.organization.Membership;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.PersonNames;
import org.massline.organization.UnitRole;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/** Who answers for a unit's rectification: its principal and the members of its leadership group. */
@Component
public class Leadership {

  private final OrganizationRepository organization;
  private final PersonNames names;

  public Leadership(OrganizationRepository organization, PersonNames names) {
    this.organization = organization;
    this.names = names;
  }

  /** The principal first, then the members, each once. */
  public List<String> of(String unitId) {
    Set<String> people = new LinkedHashSet<>();
    organization.findUnitMembers(unitId).stream().filter(m -> m.role() == UnitRole.PRINCIPAL)
        .map(Membership::personId).forEach(people::add);
    organization.findUnitMembers(unitId).stream().filter(m -> m.role() == UnitRole.MEMBER)
        .map(Membership::personId).forEach(people::add);
    return List.copyOf(people);
  }

  /** The leadership as a form's choices of 责任人. */
  public TypedValue options(String unitId) {
    return Values.json(names.options(of(unitId)));
  }

  public String name(String personId) {
    return names.name(personId);
  }
}
