package org.massline.organization;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.massline.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The organization API: the unit tree and the import of organization files. */
@RestController
@RequestMapping("/api/organization")
public class OrganizationController {

  private final OrganizationRepository repository;
  private final OrganizationImporter importer;
  private final UnitAccess unitAccess;
  private final CurrentUser currentUser;
  private final ImportSettings settings;

  public OrganizationController(OrganizationRepository repository, OrganizationImporter importer,
      UnitAccess unitAccess, CurrentUser currentUser, ImportSettings settings) {
    this.repository = repository;
    this.importer = importer;
    this.unitAccess = unitAccess;
    this.currentUser = currentUser;
    this.settings = settings;
  }

  public record UnitSummary(String id, String name, UnitCategory category, String categoryLabel, int tier,
      String parent, String region) {
    static UnitSummary of(Unit u) {
      return new UnitSummary(u.id(), u.name(), u.category(), u.category().label(), u.tier(), u.parentId(),
          u.region());
    }
  }

  public record PersonRef(String id, String name) {
  }

  public record LeadershipGroup(String camundaGroup, PersonRef principal, List<PersonRef> members) {
  }

  public record Superior(UnitSummary unit, PersonRef leader, String camundaGroup) {
  }

  public record SupervisionGroupView(String id, String name, PersonRef leader, List<PersonRef> members) {
  }

  public record UnitDetail(UnitSummary unit, LeadershipGroup leadershipGroup, List<PersonRef> partyMembers,
      Superior superior, SupervisionGroupView supervisionGroup, List<PersonRef> contactLeaders) {
  }

  /** Units the caller may see (their own, the ones they supervise or lead, all below their office). */
  @GetMapping("/units")
  public List<UnitSummary> units() {
    String user = currentUser.id();
    List<String> groups = currentUser.groups();
    return repository.findAllUnits().stream()
        .filter(u -> unitAccess.canViewOrganization(user, groups, u.id()))
        .map(UnitSummary::of)
        .toList();
  }

  @GetMapping("/units/{id}")
  public UnitDetail unit(@PathVariable String id) {
    Unit unit = repository.findUnit(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "单位“" + id + "”不存在"));
    if (!unitAccess.canViewOrganization(currentUser.id(), currentUser.groups(), id)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "无权查看单位“" + id + "”");
    }
    List<Membership> members = repository.findUnitMembers(id);
    PersonRef principal = members.stream().filter(m -> m.role() == UnitRole.PRINCIPAL).findFirst()
        .map(m -> person(m.personId())).orElse(null);
    List<PersonRef> leaders = members.stream().filter(m -> m.role() == UnitRole.MEMBER)
        .map(m -> person(m.personId())).toList();
    List<PersonRef> partyMembers = members.stream().filter(m -> m.role() == UnitRole.PARTY_MEMBER)
        .map(m -> person(m.personId())).toList();
    Superior superior = unit.superiorUnitId() == null && unit.superiorLeaderId() == null ? null
        : new Superior(Optional.ofNullable(unit.superiorUnitId()).flatMap(repository::findUnit)
            .map(UnitSummary::of).orElse(null),
            Optional.ofNullable(unit.superiorLeaderId()).map(this::person).orElse(null),
            Optional.ofNullable(unit.superiorUnitId()).map(CamundaGroups::leadershipOf).orElse(null));
    SupervisionGroupView supervision = Optional.ofNullable(unit.supervisionGroupId())
        .flatMap(repository::findSupervisionGroup).map(this::supervisionGroup).orElse(null);
    return new UnitDetail(UnitSummary.of(unit),
        new LeadershipGroup(CamundaGroups.leadershipOf(id), principal, leaders), partyMembers, superior,
        supervision, repository.findContactLeadersOf(id).stream().map(this::person).toList());
  }

  /**
   * Imports a whole CSV file, sent as the body ({@code text/csv}). The body is read as a stream and
   * never held whole: one over the limit is refused unread when it says its length, and at the limit
   * when it does not (chunked).
   *
   * @param dryRun only answer what the import would change
   * @param confirm apply even though the import takes work from people or moves running processes
   */
  @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  public ResponseEntity<ImportReport> importCsv(HttpServletRequest request,
      @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean confirm)
      throws IOException {
    long limit = settings.maxSize().toBytes();
    if (request.getContentLengthLong() > limit) {
      throw tooLarge();
    }
    try (Reader reader = new StrictUtf8Reader(new BoundedInputStream(request.getInputStream(), limit, this::tooLarge))) {
      return importFrom(reader, dryRun, confirm);
    }
  }

  /** The same as a multipart upload, field {@code file}: the part is on disk already, its size is known. */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<ImportReport> importMultipart(@RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean confirm)
      throws IOException {
    if (file.getSize() > settings.maxSize().toBytes()) {
      throw tooLarge();
    }
    try (Reader reader = new StrictUtf8Reader(file.getInputStream())) {
      return importFrom(reader, dryRun, confirm);
    }
  }

  private ResponseStatusException tooLarge() {
    return new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大：组织结构文件不能超过 "
        + settings.maxSizeLabel() + "，请分成几个文件分别导入");
  }

  /** Administrators import anything; a campaign office its own units and those below. */
  private ResponseEntity<ImportReport> importFrom(Reader reader, boolean dryRun, boolean confirm) {
    OrganizationFileValidator.Scope scope;
    if (currentUser.isAdmin()) {
      scope = OrganizationFileValidator.Scope.UNRESTRICTED;
    } else {
      Set<String> offices = unitAccess.officesOf(currentUser.id());
      if (offices.isEmpty()) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有管理员和教育实践活动办公室可以导入组织结构");
      }
      scope = new OrganizationFileValidator.Scope(offices);
    }
    OrganizationImporter.Mode mode = dryRun ? OrganizationImporter.Mode.DRY_RUN
        : confirm ? OrganizationImporter.Mode.APPLY_CONFIRMED : OrganizationImporter.Mode.APPLY;
    ImportReport report = importer.importFile(reader, scope, mode, currentUser.id());
    HttpStatus status = switch (report.outcome()) {
      case IMPORTED, PREVIEWED -> HttpStatus.OK;
      case INVALID -> HttpStatus.BAD_REQUEST;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case NEEDS_CONFIRMATION -> HttpStatus.CONFLICT;
    };
    return ResponseEntity.status(status).body(report);
  }

  private PersonRef person(String id) {
    return new PersonRef(id, repository.findPerson(id).map(Person::name).orElse(id));
  }

  private SupervisionGroupView supervisionGroup(SupervisionGroup g) {
    List<Membership> members = repository.findSupervisionMembers(g.id());
    return new SupervisionGroupView(g.id(), g.name(),
        members.stream().filter(m -> m.role() == UnitRole.SUPERVISION_LEADER).findFirst()
            .map(m -> person(m.personId())).orElse(null),
        members.stream().map(m -> person(m.personId())).toList());
  }
}
