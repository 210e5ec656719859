package org.massline.rectification;

import java.util.List;

import org.massline.rectification.RectificationRepository.Institution;
import org.massline.rectification.RectificationRepository.Plan;
import org.massline.rectification.RectificationRepository.PlanItem;
import org.massline.rectification.RectificationRepository.PlanReview;
import org.massline.rectification.RectificationRepository.Problem;
import org.springframework.stereotype.Component;

/** A rectification's plan, problems and reviews as the people who review and revise it read them. */
@Component
public class PlanText {

  private final RectificationRepository repository;
  private final RectificationSettings settings;
  private final Leadership leadership;

  public PlanText(RectificationRepository repository, RectificationSettings settings, Leadership leadership) {
    this.repository = repository;
    this.settings = settings;
    this.leadership = leadership;
  }

  /** The problems the rectification starts from, by where they came from. */
  public String problems(long rectificationId) {
    List<Problem> problems = repository.findProblems(rectificationId);
    if (problems.isEmpty()) {
      return "本单位尚无已结束的会议移交的问题：请根据征求的意见和查摆的问题列出整改事项。";
    }
    StringBuilder text = new StringBuilder("本单位查摆的问题（共 ").append(problems.size()).append(" 条）：\n");
    int n = 1;
    for (Problem p : problems) {
      text.append(n++).append(". 【").append(p.source().label()).append("】")
          .append(p.subjectId() == null ? "领导班子" : leadership.name(p.subjectId()))
          .append(p.wind() == null ? "" : "（" + p.wind().label() + "）").append("：").append(p.description());
      if (p.measures() != null) {
        text.append("\n   已提出的措施：").append(p.measures());
      }
      text.append('\n');
    }
    return text.toString();
  }

  /**
   * What the first draft starts from, counted by where it came from: the problems themselves come
   * with the form as items to complete, merge or remove.
   */
  public String problemSummary(long rectificationId) {
    List<Problem> problems = repository.findProblems(rectificationId);
    if (problems.isEmpty()) {
      return problems(rectificationId);
    }
    java.util.Map<ProblemOrigin, Long> bySource = new java.util.EnumMap<>(ProblemOrigin.class);
    problems.forEach(p -> bySource.merge(p.source(), 1L, Long::sum));
    StringBuilder text = new StringBuilder("本单位查摆的问题共 ").append(problems.size()).append(" 条：");
    bySource.forEach((source, count) -> text.append(source.label()).append(" ").append(count).append(" 条；"));
    return text.append("已逐条列为下面的整改事项（以【来源】开头）：请补全措施、时限和承诺，相近的可以合并，")
        .append("不需单列的可以删除。").toString();
  }

  /** The latest plan: its summary, its items (任务书、时间表、责任人) and its institution-building programme. */
  public String plan(Plan plan) {
    StringBuilder text = new StringBuilder("整改方案（第 ").append(plan.version()).append(" 稿）：")
        .append(plan.summary()).append("\n\n整改事项：\n");
    int n = 1;
    for (PlanItem item : repository.findPlanItems(plan.id())) {
      text.append(n++).append(". ").append(item(item)).append('\n');
    }
    List<Institution> rules = repository.findInstitutions(plan.id());
    text.append("\n制度建设计划：\n");
    n = 1;
    for (Institution rule : rules) {
      text.append(n++).append(". 《").append(rule.title()).append("》：").append(rule.purpose()).append("（")
          .append(rule.adoptedOn()).append(" 前出台").append(rule.documentRef() == null ? "" : "，" + rule.documentRef())
          .append("）\n");
    }
    return text.toString();
  }

  /** One item as the ledger and the forms show it. */
  public String item(PlanItem item) {
    return item(item.text(), item.addedBySupervision());
  }

  public String item(RectificationRepository.ItemText item, boolean addedBySupervision) {
    return "【" + settings.specialTaskName(item.specialTask()) + "·" + item.wind().label() + "·"
        + item.weight().label() + "】" + item.task()
        + "\n   措施：" + item.measures() + "\n   时限：" + item.deadline() + "　责任人：" + leadership.name(item.ownerId())
        + "\n   承诺：" + item.commitment() + (addedBySupervision ? "\n   （督导组增加）" : "");
  }

  /** The beginning of an item's task, to name it in a title or a refusal. */
  public static String brief(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= 20 ? line : line.substring(0, 20) + "…";
  }

  /** The reviews of every version so far, oldest first. */
  public String reviews(long rectificationId) {
    StringBuilder text = new StringBuilder();
    for (PlanReview review : repository.findPlanReviews(rectificationId)) {
      text.append(review.role() == PlanReviewer.SUPERVISION ? "督导组（" : "上级党组织（")
          .append(leadership.name(review.reviewerId())).append("）")
          .append(review.approved() ? "同意" : review.role() == PlanReviewer.SUPERVISION ? "提出修改意见" : "退回修改")
          .append("：").append(review.opinion() == null ? "" : review.opinion()).append('\n');
    }
    return text.toString();
  }
}
