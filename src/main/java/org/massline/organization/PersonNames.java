package org.massline.organization;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Names for person ids, and form options ({@code {label, value}}) for Camunda Forms selects. */
@Component
public class PersonNames {

  private final OrganizationRepository repository;

  public PersonNames(OrganizationRepository repository) {
    this.repository = repository;
  }

  public String name(String personId) {
    if (personId == null) {
      return "";
    }
    return repository.findPerson(personId).map(Person::name).orElse(personId);
  }

  public List<Map<String, Object>> options(Collection<String> personIds) {
    return personIds.stream().map(id -> option(name(id), id)).toList();
  }

  public static Map<String, Object> option(String label, String value) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }
}
