package org.massline.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The limits a form states are the limits its schema sets. */
class DeployedFormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a text with both lengths | {\"type\":\"textarea\",\"validate\":{\"minLength\":10,\"maxLength\":4000}} | 至少 10 字，最多 4000 字",
      "a text with a maximum only | {\"type\":\"textfield\",\"validate\":{\"maxLength\":200}} | 最多 200 字",
      "a number range | {\"type\":\"number\",\"validate\":{\"min\":1,\"max\":500}} | 可填 1–500",
      "a lower bound | {\"type\":\"number\",\"validate\":{\"min\":0}} | 不小于 0",
      "a date | {\"type\":\"datetime\",\"subtype\":\"date\"} | 格式：年-月-日，如 2026-03-01",
      "nothing to state | {\"type\":\"checkbox\",\"validate\":{\"required\":true}} | ''"})
  void statesWhatTheSchemaChecks(String name, String component, String hint) throws Exception {
    assertThat(DeployedForms.hint(new ObjectMapper().readTree(component))).isEqualTo(hint);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "appended to a description | 按“四风”归类 | 按“四风”归类（至少 20 字）",
      "the whole description when there is none | '' | 至少 20 字"})
  void addsTheHintToEachFieldInsideListsToo(String name, String description, String expected) throws Exception {
    String form = "{\"components\":[{\"type\":\"dynamiclist\",\"components\":[{\"type\":\"textarea\",\"description\":\""
        + description + "\",\"validate\":{\"minLength\":20}}]}]}";
    assertThat(new ObjectMapper().readTree(DeployedForms.withHints(form)).at("/components/0/components/0/description")
        .asText()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"an embedded HTML form | <form></form>"})
  void leavesAnythingElseAsItIs(String name, String body) {
    assertThat(DeployedForms.withHints(body)).isEqualTo(body);
  }
}
