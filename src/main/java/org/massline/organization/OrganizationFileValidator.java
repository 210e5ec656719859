package org.massline.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.massline.organization.OrganizationFile.GroupLine;
import org.massline.organization.OrganizationFile.PersonLine;
import org.massline.organization.OrganizationFile.UnitLine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Checks a whole organization file against itself and against what the tables already hold, and
 * reports every bad line. Only a file without problems becomes an {@link OrganizationPlan}.
 */
@Component
public class OrganizationFileValidator {

  /** Ids become Camunda user and group ids (see the whitelist pattern in application.yaml). */
  private static final Pattern ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_-]{0,55}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  /** The spellings of 软弱涣散 (case-insensitive); an empty cell says nothing. */
  private static final Set<String> YES = Set.of("是", "true", "yes", "1");
  private static final Set<String> NO = Set.of("否", "false", "no", "0");

  /** Group ids Massline itself manages or Camunda needs: never a supervision group's or a unit's. */
  static final Set<String> RESERVED = Set.of(CamundaGroups.ADMINS, CamundaGroups.CAMPAIGN_OFFICE,
      CamundaGroups.SUPERVISORS);
  private static final Pattern DERIVED = Pattern.compile("(.*)-(leaders|branch|office)");
  /** Far more levels than a real organization has (city, county, town, village): bounds every walk up the tree. */
  static final int MAX_DEPTH = 32;

  private final OrganizationRepository repository;
  private final IdentityService identityService;

  public OrganizationFileValidator(OrganizationRepository repository, IdentityService identityService) {
    this.repository = repository;
    this.identityService = identityService;
  }

  /**
   * Who imports: an administrator (or the command line) may import anything; a campaign office
   * only units at or below its own, and the people of those units.
   *
   * @param offices the units whose office imports, or null for no restriction
   */
  public record Scope(Set<String> offices) {
    public static final Scope UNRESTRICTED = new Scope(null);

    boolean restricted() {
      return offices != null;
    }
  }

  /** The result: a plan when {@code problems} is empty. */
  public record Result(OrganizationPlan plan, List<ImportProblem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public Result validate(OrganizationFile file, Scope scope) {
    if (file.aborted()) {
      return new Result(null, List.copyOf(file.problems()));
    }
    Check check = new Check(file, scope);
    check.run();
    List<ImportProblem> problems = new ArrayList<>(file.problems());
    problems.addAll(check.problems);
    problems.sort(null);
    return new Result(problems.isEmpty() ? check.plan() : null, problems);
  }

  /** One validation run; keeps the state of the file and of the tables side by side. */
  private final class Check {
    private final OrganizationFile file;
    private final Scope scope;
    private final List<ImportProblem> problems = new ArrayList<>();

    private final Map<String, Unit> existingUnits;
    private final Map<String, SupervisionGroup> existingGroups;
    private final Map<String, Person> existingPersons;
    private final List<Membership> existingMemberships;
    private final Map<String, List<String>> existingOrgsOfPerson;
    /** Camunda accounts, so that a new person is checked against them without a query per line. */
    private final Set<String> accounts;

    private final Map<String, UnitLine> unitLines = new LinkedHashMap<>();
    private final Map<String, GroupLine> groupLines = new LinkedHashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, Integer> personFirstLine = new HashMap<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final Map<String, Set<String>> contactPoints = new LinkedHashMap<>();
    private final Map<String, Set<String>> inCharge = new LinkedHashMap<>();
    private final Map<String, Unit> resolvedUnits = new LinkedHashMap<>();
    private final Map<String, Boolean> weak = new LinkedHashMap<>();
    private final Map<String, Integer> lineOfMembership = new HashMap<>();
    /** The principal of each unit after the import, indexed on first use. */
    private Map<String, String> principals;

    Check(OrganizationFile file, Scope scope) {
      this.file = file;
      this.scope = scope;
      existingUnits = index(repository.findAllUnits(), Unit::id);
      existingGroups = index(repository.findAllSupervisionGroups(), SupervisionGroup::id);
      existingPersons = index(repository.findAllPersons(), Person::id);
      existingMemberships = repository.findAllMemberships();
      existingOrgsOfPerson = existingMemberships.stream().collect(Collectors.groupingBy(Membership::personId,
          Collectors.mapping(Membership::orgId, Collectors.toList())));
      accounts = identityService.createUserQuery().list().stream().map(User::getId).collect(Collectors.toSet());
    }

    void run() {
      collectOrgs();
      checkScope();
      collectPersons();
      checkInCharge();
      resolveUnits();
      checkCycles();
      checkPrincipals();
      checkSuperiorLeaders();
    }

    OrganizationPlan plan() {
      Set<String> defined = new LinkedHashSet<>(unitLines.keySet());
      defined.addAll(groupLines.keySet());
      List<SupervisionGroup> groups = groupLines.values().stream()
          .map(g -> new SupervisionGroup(g.id(), g.name(), blankToNull(g.region()))).toList();
      return new OrganizationPlan(List.copyOf(resolvedUnits.values()), groups, List.copyOf(persons.values()),
          List.copyOf(memberships), defined, contactPoints, inCharge, weak);
    }

    private void problem(int line, String reason) {
      problems.add(new ImportProblem(line, reason));
    }

    private boolean checkIdAndName(int line, String id, String name, String what) {
      boolean ok = true;
      if (id.isEmpty()) {
        problem(line, what + "缺少编号（id）");
        ok = false;
      } else if (!ID.matcher(id).matches()) {
        problem(line, what + "编号“" + id + "”不合法：只能包含字母、数字、“-”和“_”，以字母或数字开头，最长 56 个字符");
        ok = false;
      } else if (RESERVED.contains(id)) {
        problem(line, what + "编号“" + id + "”是系统保留的编号，不能使用");
        ok = false;
      }
      if (name.isEmpty()) {
        problem(line, what + "“" + id + "”缺少名称（name）");
        ok = false;
      } else if (name.length() > 100) {
        problem(line, what + "“" + id + "”的名称超过 100 个字符");
        ok = false;
      }
      return ok;
    }

    private void collectOrgs() {
      Map<String, Integer> seen = new HashMap<>();
      for (UnitLine u : file.units()) {
        if (!checkIdAndName(u.line(), u.id(), u.name(), "单位")) {
          continue;
        }
        Integer first = seen.putIfAbsent(u.id(), u.line());
        if (first != null) {
          problem(u.line(), "编号“" + u.id() + "”重复：第 " + first + " 行已使用");
          continue;
        }
        if (existingGroups.containsKey(u.id())) {
          problem(u.line(), "编号“" + u.id() + "”已被一个督导组使用");
          continue;
        }
        if (!existingUnits.containsKey(u.id()) && foreignGroupExists(CamundaGroups.leadershipOf(u.id()),
            CamundaGroups.branchOf(u.id()), CamundaGroups.officeOf(u.id()))) {
          problem(u.line(), "单位编号“" + u.id() + "”与系统中已有的用户组冲突，请换一个编号");
          continue;
        }
        if (u.region().length() > 200) {
          problem(u.line(), "单位“" + u.id() + "”的地区超过 200 个字符");
          continue;
        }
        unitLines.put(u.id(), u);
      }
      for (GroupLine g : file.groups()) {
        if (!checkIdAndName(g.line(), g.id(), g.name(), "督导组")) {
          continue;
        }
        Integer first = seen.putIfAbsent(g.id(), g.line());
        if (first != null) {
          problem(g.line(), "编号“" + g.id() + "”重复：第 " + first + " 行已使用");
          continue;
        }
        if (existingUnits.containsKey(g.id())) {
          problem(g.line(), "编号“" + g.id() + "”已被一个单位使用");
          continue;
        }
        if (DERIVED.matcher(g.id()).matches()
            || (!existingGroups.containsKey(g.id()) && foreignGroupExists(g.id()))) {
          problem(g.line(), "督导组编号“" + g.id() + "”与系统中的用户组冲突（不能以 -leaders、-branch、-office 结尾，"
              + "也不能与已有的组同名），请换一个编号");
          continue;
        }
        if (g.region().length() > 200) {
          problem(g.line(), "督导组“" + g.id() + "”的地区超过 200 个字符");
          continue;
        }
        groupLines.put(g.id(), g);
      }
    }

    private boolean unitExists(String id) {
      return unitLines.containsKey(id) || existingUnits.containsKey(id);
    }

    private boolean groupExists(String id) {
      return groupLines.containsKey(id) || existingGroups.containsKey(id);
    }

    /** Whether the id is a Camunda group some unit (existing or in the file) derives, e.g. {@code dh-county-leaders}. */
    private boolean derivedGroupOfUnit(String id) {
      Matcher derived = DERIVED.matcher(id);
      return derived.matches() && unitExists(derived.group(1));
    }

    private boolean personExists(String id) {
      return persons.containsKey(id) || existingPersons.containsKey(id);
    }

    private void collectPersons() {
      Set<String> seenMemberships = new HashSet<>();
      for (PersonLine p : file.persons()) {
        if (!checkIdAndName(p.line(), p.id(), p.name(), "人员")) {
          continue;
        }
        String email = blankToNull(p.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
          problem(p.line(), "人员“" + p.id() + "”的邮箱“" + email + "”格式不正确");
          continue;
        }
        if (derivedGroupOfUnit(p.id()) || groupExists(p.id())) {
          problem(p.line(), "人员编号“" + p.id() + "”与系统中的用户组冲突（不能是某个单位的 -leaders、-branch、-office 组，"
              + "也不能与督导组同名），请换一个编号");
          continue;
        }
        if (!existingPersons.containsKey(p.id()) && !persons.containsKey(p.id()) && accounts.contains(p.id())) {
          problem(p.line(), "人员编号“" + p.id() + "”与系统中已有的账号（如管理员账号）冲突，请换一个编号");
          continue;
        }
        Person known = persons.get(p.id());
        if (known != null) {
          if (!known.name().equals(p.name())) {
            problem(p.line(), "人员“" + p.id() + "”的姓名与第 " + personFirstLine.get(p.id()) + " 行不一致（“"
                + known.name() + "”与“" + p.name() + "”）");
            continue;
          }
          if (email != null && known.email() == null) {
            persons.put(p.id(), new Person(p.id(), p.name(), email));
          }
        } else {
          persons.put(p.id(), new Person(p.id(), p.name(), email));
          personFirstLine.put(p.id(), p.line());
        }
        membership(p, seenMemberships);
        contactPoints(p);
      }
    }

    private void membership(PersonLine p, Set<String> seenMemberships) {
      if (p.unit().isEmpty()) {
        if (!p.role().isEmpty()) {
          problem(p.line(), "人员“" + p.id() + "”填写了职务但没有填写所在单位");
        }
        return;
      }
      Optional<UnitRole> role = UnitRole.parse(p.role());
      if (role.isEmpty()) {
        problem(p.line(), p.role().isEmpty() ? "人员“" + p.id() + "”缺少职务（role）"
            : "未知的职务“" + p.role() + "”：应为 主要负责同志、班子成员、党员、活动办公室、督导组组长 或 督导组成员");
        return;
      }
      boolean inGroup = groupExists(p.unit());
      if (!inGroup && !unitExists(p.unit())) {
        problem(p.line(), "所在单位“" + p.unit() + "”不存在");
        return;
      }
      if (role.get().isSupervision() != inGroup) {
        problem(p.line(), inGroup ? "职务“" + role.get().label() + "”不能用于督导组“" + p.unit() + "”"
            : "职务“" + role.get().label() + "”只能用于督导组，不能用于单位“" + p.unit() + "”");
        return;
      }
      if (!seenMemberships.add(p.id() + "@" + p.unit())) {
        problem(p.line(), "人员“" + p.id() + "”在“" + p.unit() + "”重复出现");
        return;
      }
      memberships.add(new Membership(p.id(), p.unit(), role.get()));
      lineOfMembership.put(p.id() + "@" + p.unit(), p.line());
    }

    private void contactPoints(PersonLine p) {
      Set<String> points = contactPoints.computeIfAbsent(p.id(), k -> new LinkedHashSet<>());
      for (String unit : p.contactPoints().split("[;；]")) {
        String id = unit.trim();
        if (id.isEmpty()) {
          continue;
        }
        if (!unitExists(id)) {
          problem(p.line(), "联系点“" + id + "”不是已知的单位");
        } else {
          points.add(id);
        }
      }
    }

    /**
     * 分管: each id a cadre (a person of the file or of the organization) or a unit (standing for its
     * principal), not the person themselves, and not a name both a unit and a person bear. Checked once
     * every person of the file is known, so a line may name a cadre defined further down.
     */
    private void checkInCharge() {
      for (PersonLine p : file.persons()) {
        if (!persons.containsKey(p.id())) {
          continue; // refused already
        }
        Set<String> charges = inCharge.computeIfAbsent(p.id(), k -> new LinkedHashSet<>());
        for (String charge : p.inCharge().split("[;；]")) {
          String id = charge.trim();
          if (id.isEmpty()) {
            continue;
          }
          boolean unit = unitExists(id);
          boolean person = persons.containsKey(id) || existingPersons.containsKey(id);
          if (id.equals(p.id())) {
            problem(p.line(), "人员“" + p.id() + "”不能分管自己");
          } else if (unit && person) {
            problem(p.line(), "分管“" + id + "”既是单位编号又是人员编号，无法确定所指");
          } else if (!unit && !person) {
            problem(p.line(), "分管“" + id + "”不是已知的人员或单位");
          } else {
            charges.add(id);
          }
        }
      }
    }

    /** A campaign office imports only its own units and those below, and only their people. */
    private void checkScope() {
      if (!scope.restricted()) {
        return;
      }
      for (GroupLine g : groupLines.values()) {
        problem(g.line(), "只有系统管理员可以导入督导组");
      }
      for (UnitLine u : unitLines.values()) {
        if (!inScope(u.id(), new HashSet<>())) {
          problem(u.line(), "单位“" + u.id() + "”不在本办公室负责的范围内");
        }
      }
      Set<String> reported = new HashSet<>();
      for (PersonLine p : file.persons()) {
        if (!p.unit().isEmpty() && !inScope(p.unit(), new HashSet<>())) {
          problem(p.line(), "“" + p.unit() + "”不在本办公室负责的范围内，不能在其中登记人员");
        } else if (existingOrgsOfPerson.getOrDefault(p.id(), List.of()).stream()
            .anyMatch(org -> !inScope(org, new HashSet<>())) && reported.add(p.id())) {
          problem(p.line(), "人员“" + p.id() + "”属于本办公室负责范围以外的单位，不能修改");
        }
      }
    }

    /** Whether the unit is one of the offices' units or below one, after the import. */
    private boolean inScope(String unitId, Set<String> visited) {
      // a loop, not recursion: a file may chain thousands of units
      for (String id = unitId; id != null && visited.size() < MAX_DEPTH && visited.add(id) && unitExists(id);
          id = parentOf(id)) {
        if (scope.offices().contains(id)) {
          return true;
        }
      }
      return false;
    }

    private boolean foreignGroupExists(String... groupIds) {
      return identityService.createGroupQuery().groupIdIn(groupIds).count() > 0;
    }

    private void resolveUnits() {
      for (UnitLine u : unitLines.values()) {
        Optional<UnitCategory> category = UnitCategory.parse(u.category());
        if (category.isEmpty()) {
          problem(u.line(), u.category().isEmpty() ? "单位“" + u.id() + "”缺少类别（category）"
              : "未知的单位类别“" + u.category() + "”：应为 "
                  + java.util.Arrays.stream(UnitCategory.values()).map(UnitCategory::label)
                      .collect(Collectors.joining("、")));
          continue;
        }
        Integer tier = tier(u, category.get());
        Optional<Boolean> weak = weak(u);
        String parent = blankToNull(u.parent());
        if (parent != null && !unitExists(parent)) {
          problem(u.line(), "上级单位“" + parent + "”不存在");
          continue;
        }
        if (u.id().equals(parent)) {
          problem(u.line(), "单位“" + u.id() + "”不能是自己的上级单位");
          continue;
        }
        String superior = Optional.ofNullable(blankToNull(u.superior())).orElse(parent);
        if (superior != null && !unitExists(superior)) {
          problem(u.line(), "上级党组织“" + superior + "”不是已知的单位");
          continue;
        }
        String leader = blankToNull(u.superiorLeader());
        if (leader != null && !personExists(leader)) {
          problem(u.line(), "上级联系领导“" + leader + "”不是已知的人员");
          continue;
        }
        String group = blankToNull(u.supervisionGroup());
        if (group != null && !groupExists(group)) {
          problem(u.line(), "督导组“" + group + "”不存在");
          continue;
        }
        String region = blankToNull(u.region());
        if (region == null && parent == null) {
          problem(u.line(), "单位“" + u.id() + "”没有上级单位，必须填写地区（region）");
          continue;
        }
        if (tier == null || weak == null) {
          continue;
        }
        weak.ifPresent(w -> this.weak.put(u.id(), w));
        resolvedUnits.put(u.id(), new Unit(u.id(), u.name(), category.get(), tier, parent, region, superior,
            leader, group));
      }
      // regions and superior leaders default from the parent and superior, once all units are known
      for (Unit u : List.copyOf(resolvedUnits.values())) {
        resolvedUnits.put(u.id(), new Unit(u.id(), u.name(), u.category(), u.tier(), u.parentId(),
            u.region() != null ? u.region() : regionOf(u.parentId(), new HashSet<>()),
            u.superiorUnitId(), u.superiorLeaderId() != null ? u.superiorLeaderId() : principalOf(u.superiorUnitId()),
            u.supervisionGroupId()));
      }
    }

    private Integer tier(UnitLine u, UnitCategory category) {
      if (u.tier().isEmpty()) {
        return category.defaultTier();
      }
      try {
        int tier = Integer.parseInt(u.tier());
        if (tier >= 1 && tier <= 3) {
          return tier;
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
      problem(u.line(), "梯次“" + u.tier() + "”不正确：应为 1、2 或 3");
      return null;
    }

    /** 软弱涣散 as the line states it (empty: not stated); null, and a problem, when it is neither yes nor no. */
    private Optional<Boolean> weak(UnitLine u) {
      String value = u.weak().trim().toLowerCase(Locale.ROOT);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (YES.contains(value) || NO.contains(value)) {
        return Optional.of(YES.contains(value));
      }
      problem(u.line(), "单位“" + u.id() + "”的软弱涣散“" + u.weak() + "”不正确：应为 是 或 否"
          + "（也可填 true/false、yes/no、1/0），不填写则保持原状");
      return null;
    }

    private String parentOf(String unitId) {
      UnitLine line = unitLines.get(unitId);
      if (line != null) {
        return blankToNull(line.parent());
      }
      Unit existing = existingUnits.get(unitId);
      return existing == null ? null : existing.parentId();
    }

    private String regionOf(String unitId, Set<String> visited) {
      for (String id = unitId; id != null && visited.add(id); ) {
        Unit resolved = resolvedUnits.get(id);
        if (resolved == null) {
          Unit existing = existingUnits.get(id);
          return existing == null ? null : existing.region();
        }
        if (resolved.region() != null) {
          return resolved.region();
        }
        id = resolved.parentId();
      }
      return null;
    }

    /** The principal of a unit after the import: from the file if it names one, else from the tables. */
    private String principalOf(String unitId) {
      if (unitId == null) {
        return null;
      }
      if (principals == null) {
        principals = new HashMap<>();
        // the file's principal first; the tables' only for units the file does not define
        memberships.stream().filter(m -> m.role() == UnitRole.PRINCIPAL)
            .forEach(m -> principals.putIfAbsent(m.orgId(), m.personId()));
        existingMemberships.stream().filter(m -> m.role() == UnitRole.PRINCIPAL && !unitLines.containsKey(m.orgId()))
            .forEach(m -> principals.putIfAbsent(m.orgId(), m.personId()));
      }
      return principals.get(unitId);
    }

    /** A cycle is reported once, at the first of its lines; a chain too deep to be a real tree at each unit. */
    private void checkCycles() {
      Set<String> reported = new HashSet<>();
      for (UnitLine u : unitLines.values()) {
        Set<String> chain = new LinkedHashSet<>();
        String current = u.id();
        while (current != null && chain.size() <= MAX_DEPTH && chain.add(current)) {
          current = parentOf(current);
        }
        if (chain.size() > MAX_DEPTH) {
          problem(u.line(), "单位“" + u.id() + "”的上级单位超过 " + MAX_DEPTH + " 级，请检查上级单位关系");
        } else if (current != null && current.equals(u.id()) && !reported.contains(u.id())) {
          reported.addAll(chain);
          List<String> cycle = new ArrayList<>(chain);
          cycle.add(current);
          problem(u.line(), "上级单位关系成环：" + String.join(" → ", cycle));
        }
      }
    }

    private void checkPrincipals() {
      // memberships after the import: the file's, plus existing ones of units and groups the file does not define
      Map<String, String> principalOfUnit = new HashMap<>();
      Map<String, String> unitOfPrincipal = new HashMap<>();
      for (Membership m : existingMemberships) {
        if (m.role() == UnitRole.PRINCIPAL && !unitLines.containsKey(m.orgId())
            && !lineOfMembership.containsKey(m.personId() + "@" + m.orgId())) {
          principalOfUnit.put(m.orgId(), m.personId());
          unitOfPrincipal.put(m.personId(), m.orgId());
        }
      }
      for (Membership m : memberships) {
        if (m.role() != UnitRole.PRINCIPAL) {
          continue;
        }
        int line = lineOfMembership.get(m.personId() + "@" + m.orgId());
        String otherUnit = unitOfPrincipal.putIfAbsent(m.personId(), m.orgId());
        if (otherUnit != null) {
          problem(line, "人员“" + m.personId() + "”不能同时担任两个单位的主要负责同志（“" + otherUnit + "”和“"
              + m.orgId() + "”）");
          continue;
        }
        String otherPerson = principalOfUnit.putIfAbsent(m.orgId(), m.personId());
        if (otherPerson != null) {
          problem(line, "单位“" + m.orgId() + "”已有主要负责同志“" + otherPerson + "”，一个单位只能有一位");
        }
      }
    }

    /** A reviewer never reviews their own report: the superior leader is not in the unit's leadership group. */
    private void checkSuperiorLeaders() {
      Set<String> leadership = memberships.stream().filter(m -> m.role().isLeadership())
          .map(m -> m.personId() + "@" + m.orgId()).collect(Collectors.toSet());
      for (Unit u : resolvedUnits.values()) {
        String leader = u.superiorLeaderId();
        if (leader == null) {
          continue;
        }
        if (leadership.contains(leader + "@" + u.id())) {
          problem(unitLines.get(u.id()).line(), "上级联系领导“" + leader + "”是本单位“" + u.id()
              + "”的班子成员，不能审核本班子的材料");
        }
      }
    }
  }

  private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
