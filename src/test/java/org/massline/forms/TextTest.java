package org.massline.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A form's display text fits the variable Camunda keeps it in, and says where the rest is. */
class TextTest {

  @Test
  void aLongDisplayIsCutWithinTheVariableAndSaysWhereTheRestIs() {
    String long_ = "问题".repeat(3000);
    String shown = Text.forDisplay(long_, "整改台账");
    assertThat(shown.length()).isLessThanOrEqualTo(Text.VARIABLE_LIMIT);
    assertThat(shown).startsWith("问题问题").endsWith("全文见整改台账）");
    assertThat(Text.forDisplay("短文", "整改台账")).isEqualTo("短文");
  }

  @Test
  void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
    String shown = Text.forDisplay("𠀀".repeat(3000), "整改台账");
    assertThat(Text.isWellFormed(shown)).isTrue();
  }
}
