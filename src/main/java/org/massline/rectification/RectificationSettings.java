package org.massline.rectification;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.massline.forms.FormOption;
import org.massline.organization.UnitCategory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code massline.rectification}: when an item is closed only once the masses accept it
 * (群众认可一件、销号一件, seed 002), and the catalogue of special rectification tasks (专项整治).
 *
 * @param publicAcceptanceFor the categories of unit whose items need the masses' acceptance
 * @param minRatings an appraisal counts only with at least this many ratings
 * @param satisfiedShare the share of 满意 and 基本满意 among them must be more than this
 * @param specialTasks the centrally set special rectification tasks, by code, in the order offered
 * @param escalationEvery how often each node evaluates the open items against the escalation ladder
 */
@ConfigurationProperties("massline.rectification")
public record RectificationSettings(Set<UnitCategory> publicAcceptanceFor, @DefaultValue("10") int minRatings,
    @DefaultValue("0.5") double satisfiedShare, Map<String, String> specialTasks,
    @DefaultValue("PT1H") Duration escalationEvery) {

  public RectificationSettings {
    publicAcceptanceFor = publicAcceptanceFor == null ? Set.of() : Set.copyOf(publicAcceptanceFor);
    specialTasks = specialTasks == null ? Map.of() : new LinkedHashMap<>(specialTasks);
    if (minRatings < 1) {
      throw new IllegalArgumentException("massline.rectification.min-ratings must be at least 1, was " + minRatings);
    }
    if (satisfiedShare < 0 || satisfiedShare >= 1) {
      throw new IllegalArgumentException("massline.rectification.satisfied-share must be in [0, 1), was "
          + satisfiedShare);
    }
  }

  public boolean needsPublicAcceptance(UnitCategory category) {
    return publicAcceptanceFor.contains(category);
  }

  /** Whether an appraisal's tally accepts the item: enough ratings, and more than the share satisfied. */
  public boolean accepts(int satisfied, int basicallySatisfied, int dissatisfied) {
    int total = satisfied + basicallySatisfied + dissatisfied;
    return total >= minRatings && satisfied + basicallySatisfied > satisfiedShare * total;
  }

  /** The special tasks as a form's choices, the unit's own item first. */
  public List<FormOption> specialTaskOptions() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(new FormOption("本单位自定整改事项", OWN_ITEM)),
        specialTasks.entrySet().stream().map(e -> new FormOption("专项整治：" + e.getValue(), e.getKey()))).toList();
  }

  /** The choice of an item that is the unit's own, not one of the special tasks. */
  public static final String OWN_ITEM = "own";

  public String specialTaskName(String code) {
    return code == null || OWN_ITEM.equals(code) ? "本单位自定" : specialTasks.getOrDefault(code, code);
  }
}
