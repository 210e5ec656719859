package org.massline.rectification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.massline.forms.Checks;
import org.massline.meeting.Wind;
import org.massline.organization.Unit;
import org.massline.organization.UnitAccess;
import org.massline.rectification.Ledgers.Filter;
import org.massline.rectification.Ledgers.ItemView;
import org.massline.rectification.Ledgers.LedgerView;
import org.massline.rectification.RectificationRepository.Institution;
import org.massline.rectification.RectificationRepository.ItemText;
import org.massline.rectification.RectificationRepository.LedgerItem;
import org.massline.rectification.RectificationRepository.Plan;
import org.massline.rectification.RectificationRepository.PlanItem;
import org.massline.rectification.RectificationRepository.PlanReview;
import org.massline.rectification.RectificationRepository.Problem;
import org.massline.rectification.RectificationRepository.Rectification;
import org.massline.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Rectifications and the ledger (台账) through the API: a unit's plans with every version and review,
 * its ledger, the region-wide ledger with its counts and close rate, exports for Excel, and quick
 * fixes (立行立改). Each unit is visible to whom {@link UnitAccess} names.
 */
@RestController
@RequestMapping("/api")
public class RectificationController {

  public record PlanView(Plan plan, List<PlanItem> items, List<Institution> institutions) {
  }

  public record RectificationView(Rectification rectification, List<Problem> problems, List<PlanView> plans,
      List<PlanReview> reviews, List<ItemView> ledger) {
  }

  /** A quick fix (立行立改): what was wrong, what was done, its evidence, who answers for it. */
  public record QuickFix(String wind, String task, String measures, String evidence, String owner) {
  }

  /** 上题下答、下题上答: up to the superior unit, or down to the subordinate {@code unit}. */
  public record PassOn(JointRectification.Direction direction, String unit, String reasons) {
  }

  private final RectificationRepository repository;
  private final JointRectification joint;
  private final Ledgers ledgers;
  private final Leadership leadership;
  private final UnitAccess unitAccess;
  private final CurrentUser currentUser;

  public RectificationController(RectificationRepository repository, JointRectification joint, Ledgers ledgers,
      Leadership leadership, UnitAccess unitAccess, CurrentUser currentUser) {
    this.repository = repository;
    this.joint = joint;
    this.ledgers = ledgers;
    this.leadership = leadership;
    this.unitAccess = unitAccess;
    this.currentUser = currentUser;
  }

  @GetMapping("/rectifications")
  public List<Rectification> rectifications(@RequestParam String unit) {
    visible(unit);
    return repository.findRectificationsOfUnit(unit);
  }

  @GetMapping("/rectifications/{id}")
  public RectificationView rectification(@PathVariable long id) {
    Rectification r = repository.findRectification(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "整改落实“" + id + "”不存在"));
    Unit unit = visible(r.unitId());
    List<PlanView> plans = repository.findPlans(id).stream()
        .map(p -> new PlanView(p, repository.findPlanItems(p.id()), repository.findInstitutions(p.id()))).toList();
    List<ItemView> items = ledgers.ledger(List.of(unit), Filter.NONE).items()
        .stream().filter(item -> Long.valueOf(id).equals(item.rectificationId())).toList();
    return new RectificationView(r, repository.findProblems(id), plans, repository.findPlanReviews(id), items);
  }

  @GetMapping("/units/{unitId}/ledger")
  public LedgerView unitLedger(@PathVariable String unitId) {
    return ledgers.ledger(List.of(visible(unitId)), Filter.NONE);
  }

  /** The ledgers of every unit the caller sees, filtered; unknown filter values are refused, not ignored. */
  @GetMapping("/ledger")
  public LedgerView ledger(@RequestParam(required = false) String unit, @RequestParam(required = false) String region,
      @RequestParam(required = false) Integer tier, @RequestParam(required = false) String wind,
      @RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String owner) {
    return ledgers.ledger(visibleUnits(), filter(unit, region, tier, wind, status, overdue, owner));
  }

  @GetMapping("/ledger/export")
  public ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String region,
      @RequestParam(required = false) Integer tier, @RequestParam(required = false) String wind,
      @RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String owner) {
    List<ItemView> items = ledger(unit, region, tier, wind, status, overdue, owner).items();
    boolean csv = switch (format) {
      case "xlsx" -> false;
      case "csv" -> true;
      default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "导出格式只能是 xlsx 或 csv");
    };
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("整改台账." + format, java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
            : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(csv ? LedgerExport.csv(items) : LedgerExport.xlsx(items));
  }

  /** A quick fix (立行立改), from the first stage on: in the ledger already closed, with its evidence. */
  @PostMapping("/units/{unitId}/quick-fixes")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public ItemView quickFix(@PathVariable String unitId, @RequestBody QuickFix fix) {
    Unit unit = visible(unitId);
    if (!unitAccess.canRecordFor(currentUser.groups(), unitId)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本单位领导班子或教育实践活动办公室可以登记立行立改事项");
    }
    List<String> reasons = new ArrayList<>();
    Wind wind = wind(fix.wind(), reasons);
    text(fix.task(), "整改问题", 5, 4000, reasons);
    text(fix.measures(), "整改措施", 10, 8000, reasons);
    text(fix.evidence(), "佐证材料", 5, 4000, reasons);
    if (fix.owner() == null || !leadership.of(unitId).contains(fix.owner())) {
      reasons.add("责任人须是" + unit.name() + "领导班子的成员");
    }
    if (!reasons.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("；", reasons));
    }
    Long rectificationId = repository.findOpenRectification(unitId).map(Rectification::id).orElse(null);
    long id = repository.insertLedgerItem(unitId, rectificationId, null, true,
        new ItemText(wind, fix.task().strip(), fix.measures().strip(), null, fix.owner(), null, null,
            ItemWeight.NORMAL), false,
        LedgerItemStatus.CLOSED);
    repository.insertEntry(id, LedgerEntryKind.QUICK_FIX, fix.measures().strip(), fix.evidence().strip(),
        currentUser.id());
    return ledgers.ledger(List.of(unit), Filter.NONE).items().stream()
        .filter(item -> item.id() == id).findFirst().orElseThrow();
  }

  /** Passes an item on to the superior unit's ledger or down to a subordinate's (上下联动整改). */
  @PostMapping("/ledger/{itemId}/pass-on")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public ItemView passOn(@PathVariable long itemId, @RequestBody PassOn pass) {
    LedgerItem item = repository.findLedgerItem(itemId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "台账事项“" + itemId + "”不存在"));
    Unit from = visible(item.unitId());
    if (!unitAccess.canRecordFor(currentUser.groups(), from.id())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本单位领导班子或教育实践活动办公室可以移交整改事项");
    }
    List<String> reasons = new ArrayList<>();
    if (pass.direction() == null) {
      reasons.add("请说明移交上级单位（UP）还是交办下级单位（DOWN）");
    }
    text(pass.reasons(), "移交理由", 10, 4000, reasons);
    if (!reasons.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("；", reasons));
    }
    String targetId = pass.direction() == JointRectification.Direction.UP
        ? (from.superiorUnitId() != null ? from.superiorUnitId() : from.parentId()) : pass.unit();
    Unit target = targetId == null ? null : ledgers.unit(targetId).orElse(null);
    String refusal = joint.refusal(item, from, pass.direction(), target);
    if (refusal != null) {
      throw new ResponseStatusException(item.status() == LedgerItemStatus.CLOSED
          || item.status() == LedgerItemStatus.CANCELLED ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, refusal);
    }
    long id = joint.passOn(item, target, pass.reasons().strip(), currentUser.id());
    return ledgers.ledger(List.of(target), Filter.NONE).items().stream().filter(i -> i.id() == id).findFirst()
        .orElseThrow();
  }

  private Filter filter(String unit, String region, Integer tier, String wind, String status, Boolean overdue,
      String owner) {
    List<String> reasons = new ArrayList<>();
    Wind w = wind == null ? null : wind(wind, reasons);
    LedgerItemStatus s = null;
    if (status != null) {
      s = Arrays.stream(LedgerItemStatus.values()).filter(v -> v.name().equals(status)).findFirst().orElse(null);
      if (s == null) {
        reasons.add("未知的台账状态“" + status + "”，可选：" + String.join("、", Arrays.stream(LedgerItemStatus.values())
            .map(v -> v.name() + "（" + v.label() + "）").toList()));
      }
    }
    if (tier != null && (tier < 1 || tier > 3)) {
      reasons.add("梯次只能是 1、2 或 3");
    }
    if (!reasons.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("；", reasons));
    }
    return new Filter(Checks.blankToNull(unit), Checks.blankToNull(region), tier, w, s, overdue,
        Checks.blankToNull(owner));
  }

  private static Wind wind(String value, List<String> reasons) {
    return Arrays.stream(Wind.values()).filter(w -> w.name().equals(value)).findFirst().orElseGet(() -> {
      reasons.add("未知的“四风”类别“" + value + "”，可选：" + String.join("、", Arrays.stream(Wind.values())
          .map(w -> w.name() + "（" + w.label() + "）").toList()));
      return null;
    });
  }

  private static void text(String value, String label, int min, int max, List<String> reasons) {
    int length = value == null ? 0 : Checks.length(value);
    if (length < min || length > max) {
      reasons.add(label + "须填写 " + min + "–" + max + " 字");
    }
  }

  private List<Unit> visibleUnits() {
    String user = currentUser.id();
    List<String> groups = currentUser.groups();
    return ledgers.units().stream().filter(u -> unitAccess.canView(user, groups, u.id())).toList();
  }

  private Unit visible(String unitId) {
    Unit unit = ledgers.unit(unitId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "单位“" + unitId + "”不存在"));
    if (!unitAccess.canView(currentUser.id(), currentUser.groups(), unitId)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "无权查看该单位的整改落实和台账");
    }
    return unit;
  }
}
