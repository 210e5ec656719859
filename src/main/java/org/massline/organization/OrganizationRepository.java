package org.massline.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.massline.app.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the organization tables. */
@Repository
public class OrganizationRepository {

  private static final String UNIT_COLUMNS =
      "id, name, category, tier, parent_id, region, superior_unit_id, superior_leader_id, supervision_group_id";

  private final JdbcClient jdbc;

  public OrganizationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---- units

  public List<Unit> findAllUnits() {
    return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit order by tier, id").query(this::unit).list();
  }

  public Optional<Unit> findUnit(String id) {
    return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where id = ?").param(id).query(this::unit).optional();
  }

  public long countUnits() {
    return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
  }

  public void insertUnit(Unit u) {
    // parent and superior are linked afterwards (updateUnit) so that insertion order does not matter
    jdbc.sql("insert into org_unit (id, name, category, tier, region) values (?, ?, ?, ?, ?)")
        .params(u.id(), u.name(), u.category().name(), u.tier(), u.region())
        .update();
  }

  public void updateUnit(Unit u) {
    jdbc.sql("""
        update org_unit set name = ?, category = ?, tier = ?, parent_id = ?, region = ?,
          superior_unit_id = ?, superior_leader_id = ?, supervision_group_id = ?
        where id = ?""")
        .params(u.name(), u.category().name(), u.tier(), u.parentId(), u.region(),
            u.superiorUnitId(), u.superiorLeaderId(), u.supervisionGroupId(), u.id())
        .update();
  }

  // ---- people

  public List<Person> findAllPersons() {
    return jdbc.sql("select id, name, email from org_person order by id").query(this::person).list();
  }

  public Optional<Person> findPerson(String id) {
    return jdbc.sql("select id, name, email from org_person where id = ?").param(id).query(this::person).optional();
  }

  public void insertPerson(Person p) {
    jdbc.sql("insert into org_person (id, name, email) values (?, ?, ?)").params(p.id(), p.name(), p.email()).update();
  }

  public void updatePerson(Person p) {
    jdbc.sql("update org_person set name = ?, email = ? where id = ?").params(p.name(), p.email(), p.id()).update();
  }

  // ---- supervision groups

  public List<SupervisionGroup> findAllSupervisionGroups() {
    return jdbc.sql("select id, name, region from org_supervision_group order by id").query(this::group).list();
  }

  public Optional<SupervisionGroup> findSupervisionGroup(String id) {
    return jdbc.sql("select id, name, region from org_supervision_group where id = ?").param(id)
        .query(this::group).optional();
  }

  public void insertSupervisionGroup(SupervisionGroup g) {
    jdbc.sql("insert into org_supervision_group (id, name, region) values (?, ?, ?)")
        .params(g.id(), g.name(), g.region()).update();
  }

  public void updateSupervisionGroup(SupervisionGroup g) {
    jdbc.sql("update org_supervision_group set name = ?, region = ? where id = ?")
        .params(g.name(), g.region(), g.id()).update();
  }

  // ---- memberships

  public List<Membership> findAllMemberships() {
    return jdbc.sql("""
        select person_id, unit_id as org_id, role from org_unit_member
        union all
        select person_id, group_id as org_id, role from org_supervision_member""")
        .query(this::membership).list();
  }

  /** Members of a unit, principal first, then by id. */
  public List<Membership> findUnitMembers(String unitId) {
    return jdbc.sql("""
        select person_id, unit_id as org_id, role from org_unit_member where unit_id = ?
        order by case role when 'PRINCIPAL' then 0 when 'MEMBER' then 1 else 2 end, person_id""")
        .param(unitId).query(this::membership).list();
  }

  public List<Membership> findSupervisionMembers(String groupId) {
    return jdbc.sql("""
        select person_id, group_id as org_id, role from org_supervision_member where group_id = ?
        order by case role when 'SUPERVISION_LEADER' then 0 else 1 end, person_id""")
        .param(groupId).query(this::membership).list();
  }

  public List<Membership> findMembershipsOf(String personId) {
    return jdbc.sql("""
        select person_id, unit_id as org_id, role from org_unit_member where person_id = ?
        union all
        select person_id, group_id as org_id, role from org_supervision_member where person_id = ?""")
        .params(personId, personId).query(this::membership).list();
  }

  public void insertMembership(Membership m) {
    String table = m.role().isSupervision() ? "org_supervision_member (group_id" : "org_unit_member (unit_id";
    jdbc.sql("insert into " + table + ", person_id, role) values (?, ?, ?)")
        .params(m.orgId(), m.personId(), m.role().name()).update();
  }

  public void deleteMembership(Membership m) {
    String sql = m.role().isSupervision()
        ? "delete from org_supervision_member where group_id = ? and person_id = ?"
        : "delete from org_unit_member where unit_id = ? and person_id = ?";
    jdbc.sql(sql).params(m.orgId(), m.personId()).update();
  }

  // ---- contact points

  public List<String> findContactPointsOf(String personId) {
    return jdbc.sql("select unit_id from org_contact_point where person_id = ? order by unit_id")
        .param(personId).query(String.class).list();
  }

  /** The leading cadres who have the unit as their contact point. */
  public List<String> findContactLeadersOf(String unitId) {
    return jdbc.sql("select person_id from org_contact_point where unit_id = ? order by person_id")
        .param(unitId).query(String.class).list();
  }

  public void insertContactPoint(String personId, String unitId) {
    jdbc.sql("insert into org_contact_point (person_id, unit_id) values (?, ?)").params(personId, unitId).update();
  }

  // ---- 分管 (in charge of)

  /** The cadres (person ids) and units (unit ids, standing for their principals) the person is in charge of. */
  public List<String> findInChargeOf(String personId) {
    return jdbc.sql("select charge_id from org_in_charge where person_id = ? order by charge_id")
        .param(personId).query(String.class).list();
  }

  public void insertInCharge(String personId, String chargeId) {
    jdbc.sql("insert into org_in_charge (person_id, charge_id) values (?, ?)").params(personId, chargeId).update();
  }

  public void deleteInCharge(String personId, String chargeId) {
    jdbc.sql("delete from org_in_charge where person_id = ? and charge_id = ?").params(personId, chargeId).update();
  }

  public void deleteContactPoint(String personId, String unitId) {
    jdbc.sql("delete from org_contact_point where person_id = ? and unit_id = ?").params(personId, unitId).update();
  }

  // ---- weak leadership groups (软弱涣散), reorganized before their campaign's stage 1

  public boolean isWeak(String unitId) {
    return jdbc.sql("select count(*) from org_weak_unit where unit_id = ?").param(unitId).query(Long.class).single() > 0;
  }

  public List<String> findWeakUnits() {
    return jdbc.sql("select unit_id from org_weak_unit order by unit_id").query(String.class).list();
  }

  public void flagWeak(String unitId, String flaggedBy) {
    if (!isWeak(unitId)) {
      jdbc.sql("insert into org_weak_unit (unit_id, flagged_by, flagged_at) values (?, ?, ?)")
          .params(unitId, flaggedBy, Clock.now()).update();
    }
  }

  public void unflagWeak(String unitId) {
    jdbc.sql("delete from org_weak_unit where unit_id = ?").param(unitId).update();
  }

  /** The units directly below the unit. */
  public List<Unit> findChildren(String unitId) {
    return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where parent_id = ? order by id").param(unitId)
        .query(this::unit).list();
  }

  /** The unit and every unit below it, the unit first, parents before their children. */
  public List<Unit> findSubtree(String unitId) {
    Map<String, List<Unit>> children = new HashMap<>();
    List<Unit> subtree = new ArrayList<>();
    for (Unit unit : findAllUnits()) {
      if (unit.id().equals(unitId)) {
        subtree.add(unit);
      } else if (unit.parentId() != null) {
        children.computeIfAbsent(unit.parentId(), parent -> new ArrayList<>()).add(unit);
      }
    }
    for (int i = 0; i < subtree.size(); i++) {
      subtree.addAll(children.getOrDefault(subtree.get(i).id(), List.of()));
    }
    return subtree;
  }

  // ---- mapping

  private Unit unit(ResultSet rs, int row) throws SQLException {
    return new Unit(rs.getString("id"), rs.getString("name"), UnitCategory.valueOf(rs.getString("category")),
        rs.getInt("tier"), rs.getString("parent_id"), rs.getString("region"), rs.getString("superior_unit_id"),
        rs.getString("superior_leader_id"), rs.getString("supervision_group_id"));
  }

  private Person person(ResultSet rs, int row) throws SQLException {
    return new Person(rs.getString("id"), rs.getString("name"), rs.getString("email"));
  }

  private SupervisionGroup group(ResultSet rs, int row) throws SQLException {
    return new SupervisionGroup(rs.getString("id"), rs.getString("name"), rs.getString("region"));
  }

  private Membership membership(ResultSet rs, int row) throws SQLException {
    return new Membership(rs.getString("person_id"), rs.getString("org_id"), UnitRole.valueOf(rs.getString("role")));
  }
}
