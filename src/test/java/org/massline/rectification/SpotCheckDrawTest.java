package org.massline.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The spot checks' draw: the recorded seed draws the same sample again, in any order of the units. */
class SpotCheckDrawTest {

  static final List<String> UNITS = IntStream.rangeClosed(1, 20).mapToObj(i -> "unit-" + i).toList();

  @Test
  void aSeedDrawsTheSameSampleTwiceAndAnotherSeedAnother() {
    List<String> first = SpotCheckDraw.draw(UNITS, 0.3, 20141216L);
    assertThat(first).hasSize(6).isSubsetOf(UNITS);
    assertThat(SpotCheckDraw.draw(reversed(), 0.3, 20141216L)).as("drawn again for audit").isEqualTo(first);
    assertThat(SpotCheckDraw.draw(UNITS, 0.3, 42L)).as("another seed").isNotEqualTo(first);
  }

  static List<String> reversed() {
    List<String> units = new java.util.ArrayList<>(UNITS);
    java.util.Collections.reverse(units);
    return units;
  }

  @Test
  void atLeastOneUnitIsChecked() {
    assertThat(SpotCheckDraw.draw(List.of("dh-county", "dh-liushu"), 0.1, 7L)).hasSize(1);
    assertThat(SpotCheckDraw.draw(List.of(), 0.3, 7L)).isEmpty();
  }
}
