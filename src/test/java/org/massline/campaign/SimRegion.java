package org.massline.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.massline.organization.UnitCategory;

/**
 * A generated region for the campaign simulation, every id prefixed {@code sim-} so that nothing of the
 * demo region is touched: one city (its campaign office, its affiliated units and service windows), its
 * counties (each with one affiliated unit, one service window, townships, the townships' villages and
 * non-public organizations), a supervision group per county and one for the city. Every unit has a
 * principal and one member; a branch (village, non-public) one party member more, so that its
 * organizational life meeting has the three members its appraisal needs.
 */
final class SimRegion {

  static final String CITY = "sim-city";
  static final String OFFICE = "sim-officer";
  /** The city's superior leader: of the province, in no unit of the region. */
  static final String PROVINCE_LEADER = "sim-prov";

  record Unit(String id, String name, UnitCategory category, String parent, String supervisionGroup,
      String principal, String member, String partyMember) {

    int tier() {
      return category.defaultTier();
    }

    /** The leadership: the principal and the member. */
    List<String> leadership() {
      return List.of(principal, member);
    }

    /** Everyone of the branch: the leadership and the party member, if any. */
    List<String> branch() {
      return partyMember == null ? leadership() : List.of(principal, member, partyMember);
    }
  }

  record SupervisionGroup(String id, String name, String leader, String member) {
  }

  final List<Unit> units = new ArrayList<>();
  final List<SupervisionGroup> groups = new ArrayList<>();
  private final Map<String, Unit> byId = new LinkedHashMap<>();

  /**
   * {@code counties} counties of {@code townships} townships, each township with {@code villages}
   * villages, each county with {@code nonPublic} non-public organizations.
   */
  static SimRegion generate(int counties, int townships, int villages, int nonPublic) {
    SimRegion region = new SimRegion();
    SupervisionGroup cityGroup = region.group("sim-sg-city", "模拟市委督导组（市直）");
    region.unit(CITY, "中共模拟市委", UnitCategory.LEADING_ORGAN, null, cityGroup, false);
    for (int a = 1; a <= 2; a++) {
      region.unit(CITY + "-aff-" + a, "模拟市直属单位" + a, UnitCategory.AFFILIATED_UNIT, CITY, cityGroup, false);
      region.unit(CITY + "-svc-" + a, "模拟市服务窗口" + a, UnitCategory.SERVICE_WINDOW, CITY, cityGroup, false);
    }
    for (int c = 1; c <= counties; c++) {
      String county = "sim-c" + c;
      String countyName = "模拟" + c + "县";
      SupervisionGroup group = region.group("sim-sg-c" + c, "模拟市委督导组（" + countyName + "）");
      region.unit(county, "中共" + countyName + "委", UnitCategory.LEADING_ORGAN, CITY, group, false);
      region.unit(county + "-aff", countyName + "直属单位", UnitCategory.AFFILIATED_UNIT, county, group, false);
      region.unit(county + "-svc", countyName + "政务服务中心", UnitCategory.SERVICE_WINDOW, county, group, false);
      for (int t = 1; t <= townships; t++) {
        String township = county + "-t" + t;
        String townshipName = countyName + t + "镇";
        region.unit(township, townshipName + "党委", UnitCategory.TOWNSHIP, county, group, false);
        for (int v = 1; v <= villages; v++) {
          region.unit(township + "-v" + v, townshipName + v + "村党支部", UnitCategory.VILLAGE_COMMUNITY, township, group,
              true);
        }
      }
      for (int n = 1; n <= nonPublic; n++) {
        region.unit(county + "-np" + n, countyName + "非公企业" + n + "党支部", UnitCategory.NON_PUBLIC, county, group,
            true);
      }
    }
    return region;
  }

  private SupervisionGroup group(String id, String name) {
    SupervisionGroup group = new SupervisionGroup(id, name, id + "-lead", id + "-mem");
    groups.add(group);
    return group;
  }

  private void unit(String id, String name, UnitCategory category, String parent, SupervisionGroup group,
      boolean branch) {
    Unit unit = new Unit(id, name, category, parent, group.id(), id + "-p", id + "-m", branch ? id + "-pm" : null);
    units.add(unit);
    byId.put(id, unit);
  }

  Unit unit(String id) {
    Unit unit = byId.get(id);
    if (unit == null) {
      throw new IllegalArgumentException("no unit " + id + " in the simulated region");
    }
    return unit;
  }

  SupervisionGroup group(Unit unit) {
    return groups.stream().filter(g -> g.id().equals(unit.supervisionGroup())).findFirst().orElseThrow();
  }

  List<Unit> ofTier(int tier) {
    return units.stream().filter(u -> u.tier() == tier).toList();
  }

  Map<UnitCategory, Long> countByCategory() {
    return units.stream().collect(Collectors.groupingBy(Unit::category, LinkedHashMap::new, Collectors.counting()));
  }

  /** The organization file, as an office imports it (the demo region's format). */
  String organizationFile() {
    StringBuilder csv = new StringBuilder(
        "type,id,name,category,tier,parent,region,superior,superiorLeader,supervisionGroup,unit,role,contactPoints,email\n");
    for (SupervisionGroup g : groups) {
      csv.append(line("SUPERVISION_GROUP", g.id(), g.name(), "", "", "", "模拟市", "", "", "", "", "", "", ""));
    }
    for (Unit u : units) {
      csv.append(line("UNIT", u.id(), u.name(), u.category().name(), "", u.parent() == null ? "" : u.parent(),
          u.parent() == null ? "模拟市" : "", "", u.parent() == null ? PROVINCE_LEADER : "", u.supervisionGroup(), "", "",
          "", ""));
    }
    csv.append(line("PERSON", PROVINCE_LEADER, "省委联系领导", "", "", "", "", "", "", "", "", "", "", ""));
    csv.append(line("PERSON", OFFICE, "模拟市活动办公室干事", "", "", "", "", "", "", "", CITY, "活动办公室", "", ""));
    for (SupervisionGroup g : groups) {
      csv.append(line("PERSON", g.leader(), g.name() + "组长", "", "", "", "", "", "", "", g.id(), "督导组组长", "", ""));
      csv.append(line("PERSON", g.member(), g.name() + "组员", "", "", "", "", "", "", "", g.id(), "督导组成员", "", ""));
    }
    for (Unit u : units) {
      csv.append(line("PERSON", u.principal(), u.name() + "书记", "", "", "", "", "", "", "", u.id(), "主要负责同志", "",
          ""));
      csv.append(line("PERSON", u.member(), u.name() + "委员", "", "", "", "", "", "", "", u.id(), "班子成员", "", ""));
      if (u.partyMember() != null) {
        csv.append(line("PERSON", u.partyMember(), u.name() + "党员", "", "", "", "", "", "", "", u.id(), "党员", "", ""));
      }
    }
    return csv.toString();
  }

  private static String line(String... fields) {
    return Stream.of(fields).collect(Collectors.joining(",")) + "\n";
  }
}
