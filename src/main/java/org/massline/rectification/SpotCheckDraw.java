package org.massline.rectification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The spot checks' sample (重点抽查): the units in a fixed order, shuffled by a recorded seed, the first
 * share of them (at least one). The same seed over the same units draws the same sample, so an
 * auditor draws it again from the seed the look-back kept.
 */
public final class SpotCheckDraw {

  private SpotCheckDraw() {
  }

  public static List<String> draw(List<String> unitIds, double share, long seed) {
    List<String> units = new ArrayList<>(unitIds);
    Collections.sort(units);
    Collections.shuffle(units, new Random(seed));
    int size = units.isEmpty() ? 0 : Math.max(1, (int) Math.ceil(share * units.size()));
    List<String> sample = new ArrayList<>(units.subList(0, size));
    Collections.sort(sample);
    return sample;
  }
}
