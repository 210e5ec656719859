package org.massline.rectification;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.massline.app.Clock;
import org.massline.app.RecordRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The look-back tables: one row a look-back, one a unit it covers, its notification. */
@Repository
public class LookBackRepository {

  public record LookBack(long id, String unitId, int lookBackYear, long seed, double spotCheckShare, String status,
      String processInstanceId, Timestamp startedAt, Timestamp completedAt) {
  }

  public record LookBackUnit(long id, long lookBackId, String unitId, boolean sampled, String study, String plan,
      String special, String institutions, String joint, String responsibility, String unfinished,
      String selfCheckedBy, Timestamp selfCheckedAt, LookBackMark superiorMark, String superiorFindings,
      String superiorBy, Timestamp superiorAt, LookBackMark spotMark, String spotFindings, String spotBy,
      Timestamp spotAt) {

    /** The spot check's mark where the unit was drawn and checked, else the superior's. */
    public LookBackMark mark() {
      return spotMark != null ? spotMark : superiorMark;
    }
  }

  public record Notification(long id, long lookBackId, LocalDate heldOn, String attendance, String memberReports,
      String summary, String recordedBy, Timestamp recordedAt) {
  }

  /** The six points of a self-check, as a unit writes them. */
  public record SelfCheck(String study, String plan, String special, String institutions, String joint,
      String responsibility, String unfinished) {
  }

  private static final RowMapper<LookBack> LOOK_BACK = RecordRowMapper.of(LookBack.class);
  private static final RowMapper<LookBackUnit> UNIT = RecordRowMapper.of(LookBackUnit.class);
  private static final RowMapper<Notification> NOTIFICATION = RecordRowMapper.of(Notification.class);

  private final JdbcClient jdbc;

  public LookBackRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insertLookBack(String unitId, int year, long seed, double share, String processInstanceId) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into look_back (unit_id, look_back_year, seed, spot_check_share, status, process_instance_id, started_at)
        values (?, ?, ?, ?, 'RUNNING', ?, ?)""").params(unitId, year, seed, share, processInstanceId, Clock.now())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public void insertUnit(long lookBackId, String unitId) {
    jdbc.sql("insert into look_back_unit (look_back_id, unit_id, sampled) values (?, ?, false)")
        .params(lookBackId, unitId).update();
  }

  public void markSampled(long lookBackId, List<String> unitIds) {
    unitIds.forEach(unitId -> jdbc.sql("update look_back_unit set sampled = true where look_back_id = ? and unit_id = ?")
        .params(lookBackId, unitId).update());
  }

  public void recordSelfCheck(long lookBackId, String unitId, SelfCheck c, String by) {
    jdbc.sql("""
        update look_back_unit set study = ?, plan = ?, special = ?, institutions = ?, joint = ?, responsibility = ?,
          unfinished = ?, self_checked_by = ?, self_checked_at = ? where look_back_id = ? and unit_id = ?""")
        .params(c.study(), c.plan(), c.special(), c.institutions(), c.joint(), c.responsibility(), c.unfinished(), by,
            Clock.now(), lookBackId, unitId).update();
  }

  public void recordSuperiorCheck(long lookBackId, String unitId, LookBackMark mark, String findings, String by) {
    jdbc.sql("""
        update look_back_unit set superior_mark = ?, superior_findings = ?, superior_by = ?, superior_at = ?
        where look_back_id = ? and unit_id = ?""").params(mark.name(), findings, by, Clock.now(), lookBackId, unitId)
        .update();
  }

  public void recordSpotCheck(long lookBackId, String unitId, LookBackMark mark, String findings, String by) {
    jdbc.sql("""
        update look_back_unit set spot_mark = ?, spot_findings = ?, spot_by = ?, spot_at = ?
        where look_back_id = ? and unit_id = ?""").params(mark.name(), findings, by, Clock.now(), lookBackId, unitId)
        .update();
  }

  public void insertNotification(long lookBackId, LocalDate heldOn, String attendance, String memberReports,
      String summary, String by) {
    jdbc.sql("""
        insert into look_back_notification (look_back_id, held_on, attendance, member_reports, summary, recorded_by,
          recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(lookBackId, heldOn, attendance, memberReports, summary, by, Clock.now()).update();
  }

  public void complete(long lookBackId, String status) {
    jdbc.sql("update look_back set status = ?, completed_at = ? where id = ? and completed_at is null")
        .params(status, Clock.now(), lookBackId).update();
  }

  public Optional<LookBack> findLookBack(long id) {
    return jdbc.sql("select * from look_back where id = ?").param(id).query(LOOK_BACK).optional();
  }

  public Optional<LookBack> findLookBack(String unitId, int year) {
    return jdbc.sql("select * from look_back where unit_id = ? and look_back_year = ?").params(unitId, year)
        .query(LOOK_BACK).optional();
  }

  public List<LookBack> findLookBacksOfUnit(String unitId) {
    return jdbc.sql("select * from look_back where unit_id = ? order by look_back_year").param(unitId).query(LOOK_BACK)
        .list();
  }

  public List<LookBackUnit> findUnits(long lookBackId) {
    return jdbc.sql("select * from look_back_unit where look_back_id = ? order by unit_id").param(lookBackId)
        .query(UNIT).list();
  }

  public Optional<LookBackUnit> findUnit(long lookBackId, String unitId) {
    return jdbc.sql("select * from look_back_unit where look_back_id = ? and unit_id = ?").params(lookBackId, unitId)
        .query(UNIT).optional();
  }

  public Optional<Notification> findNotification(long lookBackId) {
    return jdbc.sql("select * from look_back_notification where look_back_id = ?").param(lookBackId)
        .query(NOTIFICATION).optional();
  }
}
