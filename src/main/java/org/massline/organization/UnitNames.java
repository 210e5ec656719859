package org.massline.organization;

import java.util.Optional;

import org.massline.forms.BusinessKeyNames;
import org.springframework.stereotype.Component;

/** The processes of a unit are keyed by its id; people read its name. */
@Component
public class UnitNames implements BusinessKeyNames {

  private final OrganizationRepository repository;

  public UnitNames(OrganizationRepository repository) {
    this.repository = repository;
  }

  @Override
  public Optional<String> nameOf(String unitId) {
    return unitId == null ? Optional.empty() : repository.findUnit(unitId).map(Unit::name);
  }
}
