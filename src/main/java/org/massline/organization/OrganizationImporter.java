package org.massline.organization;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an organization file: reads it, validates all of it, works out what it changes, and only
 * then writes the tables and the Camunda identity in one transaction. Upserts: a re-import of the
 * same file writes nothing. A change that takes work from people needs confirmation.
 */
@Service
public class OrganizationImporter {

  private static final Logger log = LoggerFactory.getLogger(OrganizationImporter.class);

  /**
   * Who flags a unit 软弱涣散 in an import no user sends (the command line, the demo region): not an
   * account id, which never holds parentheses.
   */
  static final String NO_USER = "(import)";

  private final OrganizationFileReader reader;
  private final OrganizationFileValidator validator;
  private final OrganizationRepository repository;
  private final IdentitySync identitySync;
  private final ImportImpact importImpact;
  private final PersonNames names;
  private final UnitNames unitNames;

  private final String initialPassword;

  /**
   * @param initialPassword given to the users an import creates: the demo password in the try-it-out
   *     setup; none in production, where the administrator sets passwords in the Admin webapp
   */
  public OrganizationImporter(OrganizationFileReader reader, OrganizationFileValidator validator,
      OrganizationRepository repository, IdentitySync identitySync, ImportImpact impact, PersonNames names,
      UnitNames unitNames,
      @Value("${massline.organization.initial-password:}") String initialPassword) {
    this.reader = reader;
    this.validator = validator;
    this.repository = repository;
    this.identitySync = identitySync;
    this.importImpact = impact;
    this.names = names;
    this.unitNames = unitNames;
    this.initialPassword = initialPassword.isEmpty() ? null : initialPassword;
  }

  /** How far an import goes. */
  public enum Mode {
    /** Only report what the import would change. */
    DRY_RUN,
    /** Write, unless the import takes work from people or moves running processes. */
    APPLY,
    /** Write, the caller having seen what running work the import touches. */
    APPLY_CONFIRMED
  }

  /** An import with no restriction and no question asked: the command line and the demo region. */
  @Transactional
  public ImportReport importFile(Reader content) {
    return importFile(content, OrganizationFileValidator.Scope.UNRESTRICTED, Mode.APPLY_CONFIRMED, NO_USER);
  }

  /** @param importedBy the importing user: recorded as who flagged the units the file marks 软弱涣散 */
  @Transactional
  public ImportReport importFile(Reader content, OrganizationFileValidator.Scope scope, Mode mode,
      String importedBy) {
    OrganizationFileValidator.Result result = validator.validate(reader.read(content), scope);
    if (!result.valid()) {
      log.info("Organization file refused with {} problem(s)", result.problems().size());
      return ImportReport.refused(result.problems());
    }
    OrganizationPlan plan = result.plan();
    ImportChanges impact = importImpact.of(plan);
    if (scope.restricted()) {
      List<String> assignments = importImpact.supervisionAssignmentsByOffice(plan);
      if (!assignments.isEmpty()) {
        log.info("Organization file refused: a campaign office assigns supervision groups {}", assignments);
        return ImportReport.withoutWriting(ImportReport.Outcome.FORBIDDEN, "督导组由上级确定，活动办公室不能指定或更改："
            + String.join("；", assignments) + "。未导入任何内容", plan, impact);
      }
    }
    if (mode == Mode.DRY_RUN) {
      return ImportReport.withoutWriting(ImportReport.Outcome.PREVIEWED, "试导入，未写入任何内容"
          + (impact.affectsWork() ? "；导入会影响进行中的工作，正式导入时需确认（confirm=true）" : ""), plan, impact);
    }
    if (mode == Mode.APPLY && impact.affectsWork()) {
      log.info("Organization file not imported: it touches running work and was not confirmed");
      return ImportReport.withoutWriting(ImportReport.Outcome.NEEDS_CONFIRMATION, "导入会影响进行中的工作，未导入任何内容："
          + affectedWork(impact) + "。确认无误后请加参数 confirm=true 重新导入", plan, impact);
    }
    int changes = writePersons(plan) + writeGroups(plan) + writeUnits(plan) + writeWeak(plan, importedBy)
        + writeMemberships(plan)
        + replaceRelations(plan.contactPoints(), repository::findContactPointsOf, repository::deleteContactPoint,
            repository::insertContactPoint)
        + replaceRelations(plan.inCharge(), repository::findInChargeOf, repository::deleteInCharge,
            repository::insertInCharge);
    changes += identitySync.reconcile(initialPassword);
    names.forgetAfterCommit();
    unitNames.forgetAfterCommit();
    log.info("Organization file imported: {} units, {} supervision groups, {} persons, {} change(s)",
        plan.units().size(), plan.groups().size(), plan.persons().size(), changes);
    return ImportReport.imported(plan, changes, impact);
  }

  private static String affectedWork(ImportChanges impact) {
    List<String> phrases = new ArrayList<>();
    impact.openTasks().stream().limit(10).forEach(p -> phrases.add("人员“" + p.name() + "”（" + p.person() + "）将被移出“"
        + String.join("”“", p.removedFrom()) + "”，有 " + p.count() + " 项待办任务（"
        + p.tasks().stream().map(t -> t.name() == null ? t.id() : t.name()).distinct().limit(5)
            .collect(Collectors.joining("、")) + "）"));
    if (impact.openTasks().size() > 10) {
      phrases.add("另有 " + (impact.openTasks().size() - 10) + " 人有待办任务");
    }
    impact.runningProcesses().stream().limit(10).forEach(u -> phrases.add("单位“" + u.unit() + "”的督导组将由“"
        + Optional.ofNullable(u.supervisionGroupBefore()).orElse("无") + "”改为“"
        + Optional.ofNullable(u.supervisionGroupAfter()).orElse("无") + "”，有 " + u.count() + " 个进行中的流程"));
    if (impact.runningProcesses().size() > 10) {
      phrases.add("另有 " + (impact.runningProcesses().size() - 10) + " 个单位有进行中的流程");
    }
    return String.join("；", phrases);
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

  /** 软弱涣散 as the file states it; a unit whose line leaves it empty keeps its flag. */
  private int writeWeak(OrganizationPlan plan, String importedBy) {
    int changes = 0;
    for (Map.Entry<String, Boolean> unit : plan.weak().entrySet()) {
      boolean flagged = repository.isWeak(unit.getKey());
      if (unit.getValue() && !flagged) {
        repository.flagWeak(unit.getKey(), importedBy);
        changes++;
      } else if (!unit.getValue() && flagged) {
        repository.unflagWeak(unit.getKey());
        changes++;
      }
    }
    return changes;
  }

  private int writeMemberships(OrganizationPlan plan) {
    ImportImpact.MembershipDiff diff = ImportImpact.membershipDiff(plan, repository.findAllMemberships());
    diff.removed().forEach(repository::deleteMembership);
    diff.added().forEach(repository::insertMembership);
    return diff.removed().size() + diff.added().size();
  }

  /**
   * A person's relations to other ids (contact points, 分管) as the file gives them for each of its
   * people: those it no longer lists are deleted, the new ones inserted. Returns the changes.
   */
  private static int replaceRelations(Map<String, Set<String>> wanted, Function<String, List<String>> existingOf,
      BiConsumer<String, String> delete, BiConsumer<String, String> insert) {
    int changes = 0;
    for (Map.Entry<String, Set<String>> entry : wanted.entrySet()) {
      String person = entry.getKey();
      List<String> existing = existingOf.apply(person);
      for (String id : existing) {
        if (!entry.getValue().contains(id)) {
          delete.accept(person, id);
          changes++;
        }
      }
      for (String id : entry.getValue()) {
        if (!existing.contains(id)) {
          insert.accept(person, id);
          changes++;
        }
      }
    }
    return changes;
  }
}
