package org.massline.meeting;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.massline.meeting.MeetingRepository.ReportSections;

/**
 * The sections of a self-examination report (DOMAIN §4), in order, with their headings. Each names
 * its {@link ReportSections} component (and so the form field) and its column by its own name.
 */
public enum ReportSection {
  FORMALISM("一、“四风”方面的问题 —— 形式主义"),
  BUREAUCRATISM("一、“四风”方面的问题 —— 官僚主义"),
  HEDONISM("一、“四风”方面的问题 —— 享乐主义"),
  EXTRAVAGANCE("一、“四风”方面的问题 —— 奢靡之风"),
  PUBLIC_EXPENSES("二、个人有关事项 —— 三公经费（公务接待、公务用车、因公出国境）"),
  POSITION_CONSUMPTION("二、个人有关事项 —— 职务消费"),
  GIFTS_AND_FAVOURS("二、个人有关事项 —— 收受礼金礼品、人情消费"),
  OFFICIAL_CARS("二、个人有关事项 —— 公车配备使用"),
  OFFICE_AND_HOUSING("二、个人有关事项 —— 办公用房和住房"),
  FAMILY_EMPLOYMENT("二、个人有关事项 —— 配偶子女从业"),
  CAUSE_IDEALS("三、产生问题的根源 —— 理想信念"),
  CAUSE_PURPOSE("三、产生问题的根源 —— 宗旨意识"),
  CAUSE_PARTY_SPIRIT("三、产生问题的根源 —— 党性修养"),
  CAUSE_DISCIPLINE("三、产生问题的根源 —— 政治纪律"),
  MEASURES("四、努力方向和整改措施"),
  POLITICAL_RULES("五、年度民主生活会主题 —— 严明党的政治纪律和政治规矩", true),
  RECTIFICATION_PROGRESS("五、年度民主生活会主题 —— 落实中央八项规定精神、持续抓好整改", true);

  /** The record's canonical constructor: its components are the sections, in this order. */
  private static final Constructor<ReportSections> CONSTRUCTOR;

  static {
    RecordComponent[] components = ReportSections.class.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (i >= values().length || !values()[i].key().equals(components[i].getName())) {
        throw new IllegalStateException("ReportSection must list the components of ReportSections in order");
      }
    }
    try {
      CONSTRUCTOR = ReportSections.class.getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private final String heading;
  private final boolean annual;
  private final RecordComponent component;

  ReportSection(String heading) {
    this(heading, false);
  }

  /** @param annual written in an annual meeting's report only (empty in the special meeting's) */
  ReportSection(String heading, boolean annual) {
    this.heading = heading;
    this.annual = annual;
    this.component = Arrays.stream(ReportSections.class.getRecordComponents())
        .filter(c -> c.getName().equals(camelCase(name()))).findFirst()
        .orElseThrow(() -> new IllegalStateException("ReportSections has no " + camelCase(name())));
  }

  /** The form field key, the {@link ReportSections} component: FAMILY_EMPLOYMENT → familyEmployment. */
  public String key() {
    return component.getName();
  }

  /** The column in meeting_report_version: familyEmployment → family_employment. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String heading() {
    return heading;
  }

  public boolean annual() {
    return annual;
  }

  public String textOf(ReportSections sections) {
    try {
      return (String) component.getAccessor().invoke(sections);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String camelCase(String constant) {
    String[] words = constant.toLowerCase(Locale.ROOT).split("_");
    StringBuilder camel = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return camel.toString();
  }

  /** The sections from their texts, each asked for by its section. */
  public static ReportSections sections(Function<ReportSection, String> textOf) {
    Object[] texts = Arrays.stream(values()).map(textOf).toArray();
    try {
      return CONSTRUCTOR.newInstance(texts);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Field key → text, for filling a form with an earlier version. */
  public static Map<String, String> toMap(ReportSections sections) {
    Map<String, String> map = new LinkedHashMap<>();
    for (ReportSection s : values()) {
      map.put(s.key(), s.textOf(sections));
    }
    return map;
  }

  /** The whole report as one readable text. */
  public static String format(String title, int version, ReportSections sections) {
    StringBuilder text = new StringBuilder(title).append("（第 ").append(version).append(" 稿）\n");
    for (ReportSection s : values()) {
      if (s.textOf(sections) != null) {
        text.append("\n【").append(s.heading).append("】\n").append(s.textOf(sections)).append('\n');
      }
    }
    return text.toString();
  }
}
