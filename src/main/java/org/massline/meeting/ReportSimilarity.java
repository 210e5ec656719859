package org.massline.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.massline.meeting.MeetingRepository.ReportSections;

/**
 * How much of a report is copied from another (照抄照搬, seed 002): the share of its sentences that
 * appear word for word in the other. Short sentences (set phrases) do not count.
 */
public final class ReportSimilarity {

  /** A sentence shorter than this (in characters) is a set phrase, not evidence of copying. */
  static final int MIN_SENTENCE = 8;

  private ReportSimilarity() {
  }

  /** The share (0–1) of {@code report}'s sentences found in {@code other}, and how many. */
  public record Overlap(int copied, int sentences) {
    public double share() {
      return sentences == 0 ? 0 : (double) copied / sentences;
    }

    public int percent() {
      return (int) Math.round(share() * 100);
    }
  }

  public static Overlap of(ReportSections report, ReportSections other) {
    List<String> mine = sentences(report);
    Set<String> theirs = new HashSet<>(sentences(other));
    int copied = (int) mine.stream().filter(theirs::contains).count();
    return new Overlap(copied, mine.size());
  }

  static List<String> sentences(ReportSections sections) {
    List<String> sentences = new ArrayList<>();
    for (ReportSection section : ReportSection.values()) {
      String text = section.textOf(sections);
      if (text == null) {
        continue;
      }
      for (String sentence : text.split("[。；！？!?;\\n]")) {
        String s = sentence.strip().replaceAll("\\s+", "");
        if (s.codePointCount(0, s.length()) >= MIN_SENTENCE) {
          sentences.add(s);
        }
      }
    }
    return sentences;
  }
}
