package org.massline.campaign;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code massline.campaign}: the rollout's calendar (seed 001 四: about 8 months, each unit at least
 * 3 months, tiers one after another and overlapping), ISO-8601 periods. Checked at start-up: a tier
 * that opens after the campaign's end, or a unit that cannot finish in time, stops it.
 *
 * @param duration the campaign's planned end after its start
 * @param unitMinimum no unit's campaign closes sooner after it began
 * @param startTolerance how far in the past a campaign's start date may lie (one recorded late)
 * @param tierOpens per tier, when it opens after the campaign's start (tier 1 at the start)
 * @param stages per stage, its planned length: a unit's stages follow one another from its tier's opening
 */
@ConfigurationProperties("massline.campaign")
public record CampaignSettings(@DefaultValue("P8M") Period duration, @DefaultValue("P3M") Period unitMinimum,
    @DefaultValue("P7D") Period startTolerance, Map<Integer, Period> tierOpens, Map<Stage, Period> stages) {

  public CampaignSettings {
    tierOpens = new TreeMap<>(tierOpens == null ? Map.of(1, Period.ZERO, 2, Period.ofMonths(1), 3, Period.ofMonths(2))
        : tierOpens);
    tierOpens.putIfAbsent(1, Period.ZERO);
    if (!tierOpens.keySet().equals(Set.of(1, 2, 3))) {
      throw new IllegalArgumentException("massline.campaign.tier-opens names tiers 1, 2 and 3, not " + tierOpens.keySet());
    }
    Map<Stage, Period> byStage = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      byStage.put(stage, stages == null || stages.get(stage) == null ? Period.ofMonths(1) : stages.get(stage));
    }
    stages = byStage;
    int days = approximateDays(duration);
    int previous = -1;
    for (var tier : tierOpens.entrySet()) {
      int opens = approximateDays(tier.getValue());
      if (opens < previous) {
        throw new IllegalArgumentException("massline.campaign.tier-opens: tier " + tier.getKey()
            + " opens before the tier above it");
      }
      if (opens + approximateDays(unitMinimum) > days) {
        throw new IllegalArgumentException("massline.campaign.tier-opens: the units of tier " + tier.getKey()
            + " cannot run their " + unitMinimum + " before the campaign's end after " + duration);
      }
      previous = opens;
    }
  }

  /** A period's length in days as a 30-day month counts it: enough to order and compare configured periods. */
  static int approximateDays(Period period) {
    return (int) (period.toTotalMonths() * 30 + period.getDays());
  }
}
