package org.massline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.massline.forms.Step;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.YamlMapFactoryBean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps each step's parts in step, without starting anything: the BPMN's user task, its form, its
 * {@link Step} class (the bean named by the task's id, called on create and complete), the values
 * record against the form's keys and option lists, and its deadline in {@code massline.schedule}.
 */
class StepContractTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Map<String, UserTask> TASKS = new TreeMap<>();
  static final Map<String, JsonNode> FORMS = new HashMap<>();
  static final Map<String, Class<?>> STEPS = new TreeMap<>();

  @BeforeAll
  static void read() throws Exception {
    try (Stream<Path> bpmns = Files.list(Path.of("processes"))) {
      for (Path bpmn : bpmns.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        try (InputStream in = Files.newInputStream(bpmn)) {
          BpmnModelInstance model = Bpmn.readModelFromStream(in);
          model.getModelElementsByType(UserTask.class).forEach(t -> TASKS.put(t.getId(), t));
        }
      }
    }
    try (Stream<Path> forms = Files.walk(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        JsonNode json = JSON.readTree(form.toFile());
        FORMS.put(json.path("id").asText(), json);
      }
    }
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(Step.class));
    for (BeanDefinition definition : scanner.findCandidateComponents("org.massline")) {
      Class<?> step = Class.forName(definition.getBeanClassName());
      STEPS.put(step.getAnnotation(Component.class).value(), step);
    }
  }

  @Test
  void everyUserTaskHasAFormAndAStepCalledByItsIdOnCreateAndComplete() {
    assertThat(TASKS).isNotEmpty();
    for (UserTask task : TASKS.values()) {
      assertThat(FORMS).as("the form of %s", task.getId()).containsKey(task.getCamundaFormRef());
      assertThat(STEPS).as("the step of %s", task.getId()).containsKey(task.getId());
      List<String> listeners = new ArrayList<>();
      task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
          .forEach(l -> listeners.add(l.getCamundaEvent() + " " + l.getCamundaDelegateExpression()));
      assertThat(listeners).as("the listeners of %s", task.getId())
          .containsExactlyInAnyOrder("create ${" + task.getId() + "}", "complete ${" + task.getId() + "}");
      assertThat(task.getCamundaDueDate()).as("the due date of %s", task.getId())
          .isEqualTo("${schedule.due('" + task.getId() + "')}");
    }
    assertThat(STEPS.keySet()).as("steps without a user task").isSubsetOf(TASKS.keySet());
  }

  @Test
  void everyStepsValuesAreFieldsOfItsFormAndItsEnumsAreTheFormsOptions() {
    for (UserTask task : TASKS.values()) {
      Class<?> values = org.springframework.core.ResolvableType.forClass(STEPS.get(task.getId())).as(Step.class)
          .resolveGeneric(0);
      checkFields(task.getId(), values, fields(FORMS.get(task.getCamundaFormRef()).path("components")));
    }
  }

  @Test
  void everyStepHasADeadlineInTheScheduleAndTheScheduleNamesNoOtherStep() {
    YamlMapFactoryBean yaml = new YamlMapFactoryBean();
    yaml.setResources(new FileSystemResource("src/main/resources/application.yaml"));
    @SuppressWarnings("unchecked")
    Map<String, Object> due = (Map<String, Object>) ((Map<String, Object>) yaml.getObject().get("massline.schedule"))
        .get("due");
    assertThat(new TreeSet<>(due.keySet())).isEqualTo(new TreeSet<>(TASKS.keySet()));
  }

  /** A form field: its key (or a dynamic list's path), its static options, and its children. */
  record Field(String key, Set<String> options, Map<String, Field> children) {
  }

  private static Map<String, Field> fields(JsonNode components) {
    Map<String, Field> fields = new HashMap<>();
    for (JsonNode c : components) {
      String key = c.hasNonNull("key") ? c.get("key").asText() : c.hasNonNull("path") ? c.get("path").asText() : null;
      Map<String, Field> children = c.has("components") ? fields(c.get("components")) : Map.of();
      if (key == null) {
        fields.putAll(children); // a group without a path: its fields are the form's own
      } else {
        Set<String> options = new LinkedHashSet<>();
        c.path("values").forEach(v -> options.add(v.path("value").asText()));
        fields.put(key, new Field(key, options, children));
      }
    }
    return fields;
  }

  private static void checkFields(String where, Class<?> values, Map<String, Field> fields) {
    assertThat(values.isRecord()).as("%s: the values of a step are a record", where).isTrue();
    for (RecordComponent component : values.getRecordComponents()) {
      String at = where + "." + component.getName();
      assertThat(fields).as("%s: a field of the form", at).containsKey(component.getName());
      Field field = fields.get(component.getName());
      Class<?> type = elementType(component.getGenericType());
      if (type.isEnum()) {
        assertThat(field.options()).as("%s: the form's options are the enum's values", at)
            .containsExactlyInAnyOrderElementsOf(jsonValues(type));
      } else if (type.isRecord()) {
        checkFields(at, type, field.children());
      }
    }
  }

  private static Class<?> elementType(Type type) {
    if (type instanceof ParameterizedType list) {
      return (Class<?>) list.getActualTypeArguments()[0];
    }
    return (Class<?>) type;
  }

  private static List<String> jsonValues(Class<?> enumType) {
    List<String> values = new ArrayList<>();
    for (Object constant : enumType.getEnumConstants()) {
      try {
        values.add(JSON.readTree(JSON.writeValueAsString(constant)).asText());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return values;
  }
}
