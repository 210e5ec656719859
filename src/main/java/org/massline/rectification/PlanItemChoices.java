package org.massline.rectification;

import static org.massline.forms.Values.json;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.FormOption;
import org.springframework.stereotype.Component;

/** What a plan item's selects offer: the unit's leadership as owners, the special tasks as kinds. */
@Component
public class PlanItemChoices {

  private final Leadership leadership;
  private final RectificationSettings settings;

  public PlanItemChoices(Leadership leadership, RectificationSettings settings) {
    this.leadership = leadership;
    this.settings = settings;
  }

  public void show(DelegateTask task) {
    task.setVariableLocal("ownerOptions", leadership.options(RectificationProcess.UNIT_ID.from(task)));
    task.setVariableLocal("specialTaskOptions", json(FormOption.entries(settings.specialTaskOptions())));
  }
}
