package org.massline.organization;

/** One bad line of an organization file: its line number (1 = the header) and the reason, in Chinese. */
public record ImportProblem(int line, String reason) implements Comparable<ImportProblem> {

  @Override
  public int compareTo(ImportProblem o) {
    return Integer.compare(line, o.line);
  }
}
