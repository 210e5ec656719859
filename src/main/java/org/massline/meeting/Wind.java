package org.massline.meeting;

/** The four winds (四风) every problem is tagged with. */
public enum Wind {
  FORMALISM("形式主义"),
  BUREAUCRATISM("官僚主义"),
  HEDONISM("享乐主义"),
  EXTRAVAGANCE("奢靡之风");

  private final String label;

  Wind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
