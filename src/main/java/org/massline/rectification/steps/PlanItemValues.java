package org.massline.rectification.steps;

import java.time.LocalDate;
import java.util.List;

import org.massline.app.Clock;
import org.massline.forms.Problems;
import org.massline.meeting.Wind;
import org.massline.rectification.ItemWeight;
import org.massline.rectification.PlanText;
import org.massline.rectification.RectificationRepository.ItemText;
import org.massline.rectification.RectificationSettings;

/**
 * One item of a plan as a form sends it (任务书、时间表、责任人), the plan's draft and the supervision
 * group's additions alike.
 */
public record PlanItemValues(String specialTask, Wind wind, ItemWeight weight, String task, String measures,
    LocalDate deadline, String owner, String commitment) {

  ItemText text() {
    return new ItemText(wind, task, measures, deadline, owner,
        commitment, RectificationSettings.OWN_ITEM.equals(specialTask) ? null : specialTask, weight);
  }

  /** A deadline must lie ahead: a plan's timetable promises what is still to be done. */
  static void check(List<PlanItemValues> items, String label, Problems problems) {
    for (int i = 0; i < items.size(); i++) {
      PlanItemValues item = items.get(i);
      if (item.deadline() != null && item.deadline().isBefore(Clock.today())) {
        // the form does not number its entries: the item is named by its task too
        problems.add(label + "第 " + (i + 1) + " 项" + (item.task() == null || item.task().isBlank() ? ""
            : "“" + PlanText.brief(item.task()) + "”") + "的完成时限 " + item.deadline() + " 早于今天，请填写今后的日期");
      }
    }
  }
}
