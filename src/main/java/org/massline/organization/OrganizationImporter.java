package org.massline.organization;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an organization file: reads it, validates all of it, and only then writes the tables
 * and the Camunda identity in one transaction. Upserts: a re-import of the same file writes nothing.
 */
@Service
public class OrganizationImporter {

  private static final Logger log = LoggerFactory.getLogger(OrganizationImporter.class);

  private final OrganizationFileReader reader;
  private final OrganizationFileValidator validator;
  private final OrganizationRepository repository;
  private final IdentitySync identitySync;

  private final String initialPassword;

  /**
   * @param initialPassword given to the users an import creates: the demo password in the try-it-out
   *     setup; none in production, where the administrator sets passwords in the Admin webapp
   */
  public OrganizationImporter(OrganizationFileReader reader, OrganizationFileValidator validator,
      OrganizationRepository repository, IdentitySync identitySync,
      @Value("${massline.organization.initial-password:}") String initialPassword) {
    this.reader = reader;
    this.validator = validator;
    this.repository = repository;
    this.identitySync = identitySync;
    this.initialPassword = initialPassword.isEmpty() ? null : initialPassword;
  }

  /** An import with no restriction: administrators and the command line. */
  @Transactional
  public ImportReport importFile(Reader content) {
    return importFile(content, OrganizationFileValidator.Scope.UNRESTRICTED);
  }

  @Transactional
  public ImportReport importFile(Reader content, OrganizationFileValidator.Scope scope) {
    OrganizationFileValidator.Result result = validator.validate(reader.read(content), scope);
    if (!result.valid()) {
      log.info("Organization file refused with {} problem(s)", result.problems().size());
      return ImportReport.refused(result.problems());
    }
    OrganizationPlan plan = result.plan();
    int changes = writePersons(plan) + writeGroups(plan) + writeUnits(plan) + writeMemberships(plan)
        + writeContactPoints(plan);
    changes += identitySync.reconcile(initialPassword);
    log.info("Organization file imported: {} units, {} supervision groups, {} persons, {} change(s)",
        plan.units().size(), plan.groups().size(), plan.persons().size(), changes);
    return new ImportReport(true, List.of(), plan.units().size(), plan.groups().size(), plan.persons().size(),
        changes);
  }

  private int writePersons(OrganizationPlan plan) {
    int changes = 0;
    for (Person p : plan.persons()) {
      Optional<Person> existing = repository.findPerson(p.id());
      if (existing.isEmpty()) {
        repository.insertPerson(p);
        changes++;
      } else if (!existing.get().equals(p)) {
        repository.updatePerson(p);
        changes++;
      }
    }
    return changes;
  }

  private int writeGroups(OrganizationPlan plan) {
    int changes = 0;
    for (SupervisionGroup g : plan.groups()) {
      Optional<SupervisionGroup> existing = repository.findSupervisionGroup(g.id());
      if (existing.isEmpty()) {
        repository.insertSupervisionGroup(g);
        changes++;
      } else if (!existing.get().equals(g)) {
        repository.updateSupervisionGroup(g);
        changes++;
      }
    }
    return changes;
  }

  private int writeUnits(OrganizationPlan plan) {
    int changes = 0;
    List<Unit> toLink = new ArrayList<>();
    for (Unit u : plan.units()) {
      Optional<Unit> existing = repository.findUnit(u.id());
      if (existing.isEmpty()) {
        repository.insertUnit(u);
        toLink.add(u);
        changes++;
      } else if (!existing.get().equals(u)) {
        toLink.add(u);
        changes++;
      }
    }
    // all rows exist now, so parent and superior references can be set in any order
    toLink.forEach(repository::updateUnit);
    return changes;
  }

  private int writeMemberships(OrganizationPlan plan) {
    Map<String, Membership> wanted = plan.memberships().stream()
        .collect(Collectors.toMap(OrganizationImporter::slot, Function.identity()));
    Map<String, Membership> existing = repository.findAllMemberships().stream()
        .collect(Collectors.toMap(OrganizationImporter::slot, Function.identity()));
    int changes = 0;
    for (Membership m : existing.values()) {
      Membership w = wanted.get(slot(m));
      // a changed role is a replacement; a unit the file defines keeps only the file's members
      boolean remove = w != null ? !w.equals(m) : plan.definedOrgs().contains(m.orgId());
      if (remove) {
        repository.deleteMembership(m);
        changes++;
      }
    }
    for (Membership m : wanted.values()) {
      if (!m.equals(existing.get(slot(m)))) {
        repository.insertMembership(m);
        changes++;
      }
    }
    return changes;
  }

  private static String slot(Membership m) {
    return m.personId() + "@" + m.orgId();
  }

  private int writeContactPoints(OrganizationPlan plan) {
    int changes = 0;
    for (Map.Entry<String, Set<String>> entry : plan.contactPoints().entrySet()) {
      String person = entry.getKey();
      List<String> existing = repository.findContactPointsOf(person);
      for (String unit : existing) {
        if (!entry.getValue().contains(unit)) {
          repository.deleteContactPoint(person, unit);
          changes++;
        }
      }
      for (String unit : entry.getValue()) {
        if (!existing.contains(unit)) {
          repository.insertContactPoint(person, unit);
          changes++;
        }
      }
    }
    return changes;
  }
}
