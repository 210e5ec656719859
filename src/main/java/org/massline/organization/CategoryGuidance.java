package org.massline.organization;

/**
 * What a unit's category decides for its campaign (分类指导, {@code processes/unit-category.dmn}):
 * the meeting it holds (a process key and its name), its self-examination reports, the problems it is to solve
 * and the rules it checks itself against.
 */
public record CategoryGuidance(String meetingType, String meetingName, SelfExamination selfExamination, String focusProblems,
    String checkAgainst) {

  /** What a participant is shown while finding problems and writing a report. */
  public String brief() {
    return "重点解决：" + focusProblems + "\n对照检查：" + checkAgainst;
  }
}
