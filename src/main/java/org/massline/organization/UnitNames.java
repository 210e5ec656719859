package org.massline.organization;

import java.time.Duration;
import java.util.Optional;

import org.massline.forms.BusinessKeyNames;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The processes of a unit are keyed by its id; people read its name. Every task's title names its unit, so
 * names are cached like {@link PersonNames}: forgotten after an import on this node, and after a few minutes
 * in any case (an import on another node of a cluster).
 */
@Component
public class UnitNames implements BusinessKeyNames {

  private static final Duration REMEMBERED = Duration.ofMinutes(5);

  private final OrganizationRepository repository;
  private final Cache<String, Optional<String>> names = Caffeine.newBuilder().maximumSize(10_000)
      .expireAfterWrite(REMEMBERED).build();

  public UnitNames(OrganizationRepository repository) {
    this.repository = repository;
  }

  @Override
  public Optional<String> nameOf(String unitId) {
    return unitId == null ? Optional.empty() : names.get(unitId, id -> repository.findUnit(id).map(Unit::name));
  }

  /** After an import: the names are read again once it has committed. */
  void forgetAfterCommit() {
    AfterCommit.run(names::invalidateAll);
  }
}
