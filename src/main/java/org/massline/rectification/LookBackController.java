package org.massline.rectification;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.massline.organization.UnitAccess;
import org.massline.rectification.LookBackRepository.LookBack;
import org.massline.rectification.LookBackRepository.LookBackUnit;
import org.massline.rectification.LookBackRepository.Notification;
import org.massline.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Look-backs (回头看) through the API: every unit's self-check, checks and mark — whether it may be
 * considered for awards (评先选优) — the seed of the spot checks' draw with the sample drawn again from
 * it for audit, and the notification; the marks also as CSV for the annual appraisal.
 */
@RestController
@RequestMapping("/api/look-backs")
public class LookBackController {

  public record UnitView(String unitId, String unitName, LookBackUnit checks, LookBackMark mark, String markLabel,
      boolean eligibleForAwards) {
  }

  public record LookBackView(LookBack lookBack, List<UnitView> units, List<String> sample, List<String> sampleFromSeed,
      Notification notification) {
  }

  private final LookBackRepository repository;
  private final Ledgers ledgers;
  private final UnitAccess unitAccess;
  private final CurrentUser currentUser;

  public LookBackController(LookBackRepository repository, Ledgers ledgers, UnitAccess unitAccess,
      CurrentUser currentUser) {
    this.repository = repository;
    this.ledgers = ledgers;
    this.unitAccess = unitAccess;
    this.currentUser = currentUser;
  }

  @GetMapping
  public List<LookBack> lookBacks(@RequestParam String unit) {
    visible(unit);
    return repository.findLookBacksOfUnit(unit);
  }

  @GetMapping("/{id}")
  public LookBackView lookBack(@PathVariable long id) {
    LookBack lookBack = repository.findLookBack(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "“回头看”“" + id + "”不存在"));
    visible(lookBack.unitId());
    List<LookBackUnit> units = repository.findUnits(id);
    List<UnitView> views = units.stream().map(u -> new UnitView(u.unitId(), ledgers.unit(u.unitId()).orElseThrow()
        .name(), u, u.mark(), u.mark() == null ? null : u.mark().label(), u.mark() == null || u.mark()
            .eligibleForAwards())).toList();
    return new LookBackView(lookBack, views, units.stream().filter(LookBackUnit::sampled).map(LookBackUnit::unitId)
        .toList(), SpotCheckDraw.draw(units.stream().map(LookBackUnit::unitId).toList(), lookBack.spotCheckShare(),
            lookBack.seed()), repository.findNotification(id).orElse(null));
  }

  /** The marks for the annual appraisal, one line a unit (UTF-8 with a byte-order mark, for Excel). */
  @GetMapping("/{id}/marks.csv")
  public ResponseEntity<byte[]> marks(@PathVariable long id) {
    StringBuilder csv = new StringBuilder("\uFEFF单位编号,单位,逐级督查,重点抽查,评定,可否评先选优\r\n");
    for (UnitView u : lookBack(id).units()) {
      csv.append(LedgerExport.cell(u.unitId())).append(',').append(LedgerExport.cell(u.unitName())).append(',')
          .append(u.checks().superiorMark() == null ? "" : u.checks().superiorMark().label()).append(',')
          .append(u.checks().spotMark() == null ? "" : u.checks().spotMark().label()).append(',')
          .append(u.markLabel() == null ? "" : u.markLabel()).append(',')
          .append(u.eligibleForAwards() ? "可" : "否（整改差，不能评先选优）").append("\r\n");
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("回头看评定.csv", StandardCharsets.UTF_8).build().toString())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void visible(String unitId) {
    if (ledgers.unit(unitId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "单位“" + unitId + "”不存在");
    }
    if (!unitAccess.canView(currentUser.id(), currentUser.groups(), unitId)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "无权查看该单位的“回头看”");
    }
  }
}
