package org.massline.meeting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.massline.meeting.MeetingRepository.ReportSections;

/**
 * The sections of a self-examination report (DOMAIN §4), in order: the form field key, the heading
 * and where the text lives in {@link ReportSections}.
 */
public enum ReportSection {
  FORMALISM("formalism", "一、“四风”方面的问题 —— 形式主义", ReportSections::formalism),
  BUREAUCRATISM("bureaucratism", "一、“四风”方面的问题 —— 官僚主义", ReportSections::bureaucratism),
  HEDONISM("hedonism", "一、“四风”方面的问题 —— 享乐主义", ReportSections::hedonism),
  EXTRAVAGANCE("extravagance", "一、“四风”方面的问题 —— 奢靡之风", ReportSections::extravagance),
  PUBLIC_EXPENSES("publicExpenses", "二、个人有关事项 —— 三公经费（公务接待、公务用车、因公出国境）", ReportSections::publicExpenses),
  POSITION_CONSUMPTION("positionConsumption", "二、个人有关事项 —— 职务消费", ReportSections::positionConsumption),
  GIFTS_AND_FAVOURS("giftsAndFavours", "二、个人有关事项 —— 收受礼金礼品、人情消费", ReportSections::giftsAndFavours),
  OFFICIAL_CARS("officialCars", "二、个人有关事项 —— 公车配备使用", ReportSections::officialCars),
  OFFICE_AND_HOUSING("officeAndHousing", "二、个人有关事项 —— 办公用房和住房", ReportSections::officeAndHousing),
  FAMILY_EMPLOYMENT("familyEmployment", "二、个人有关事项 —— 配偶子女从业", ReportSections::familyEmployment),
  CAUSE_IDEALS("causeIdeals", "三、产生问题的根源 —— 理想信念", ReportSections::causeIdeals),
  CAUSE_PURPOSE("causePurpose", "三、产生问题的根源 —— 宗旨意识", ReportSections::causePurpose),
  CAUSE_PARTY_SPIRIT("causePartySpirit", "三、产生问题的根源 —— 党性修养", ReportSections::causePartySpirit),
  CAUSE_DISCIPLINE("causeDiscipline", "三、产生问题的根源 —— 政治纪律", ReportSections::causeDiscipline),
  MEASURES("measures", "四、努力方向和整改措施", ReportSections::measures);

  private final String key;
  private final String heading;
  private final Function<ReportSections, String> text;

  ReportSection(String key, String heading, Function<ReportSections, String> text) {
    this.key = key;
    this.heading = heading;
    this.text = text;
  }

  public String key() {
    return key;
  }

  public String heading() {
    return heading;
  }

  public String textOf(ReportSections sections) {
    return text.apply(sections);
  }

  /** Field key → text, for filling a form with an earlier version. */
  public static Map<String, String> toMap(ReportSections sections) {
    Map<String, String> map = new LinkedHashMap<>();
    for (ReportSection s : values()) {
      map.put(s.key, s.textOf(sections));
    }
    return map;
  }

  /** The whole report as one readable text. */
  public static String format(String title, int version, ReportSections sections) {
    StringBuilder text = new StringBuilder(title).append("（第 ").append(version).append(" 稿）\n");
    for (ReportSection s : values()) {
      text.append("\n【").append(s.heading).append("】\n").append(s.textOf(sections)).append('\n');
    }
    return text.toString();
  }
}
