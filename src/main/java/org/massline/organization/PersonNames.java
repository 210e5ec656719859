package org.massline.organization;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Names for person ids, and form options ({@code {label, value}}) for Camunda Forms selects. Names
 * are asked for on almost every step, so they are cached: forgotten after an import on this node,
 * and after a few minutes in any case (an import on another node of a cluster).
 */
@Component
public class PersonNames {

  private static final Duration REMEMBERED = Duration.ofMinutes(5);

  private final OrganizationRepository repository;
  private final Cache<String, String> names = Caffeine.newBuilder().maximumSize(20_000)
      .expireAfterWrite(REMEMBERED).build();

  public PersonNames(OrganizationRepository repository) {
    this.repository = repository;
  }

  public String name(String personId) {
    if (personId == null) {
      return "";
    }
    return names.get(personId, id -> repository.findPerson(id).map(Person::name).orElse(id));
  }

  /** After an import: the names are read again once it has committed. */
  void forgetAfterCommit() {
    AfterCommit.run(names::invalidateAll);
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
