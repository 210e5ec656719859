package org.massline.forms;

/** What a person typed, as a person reads it. */
public final class Text {

  private Text() {
  }

  /** Camunda keeps a text variable in 4000 characters (its TEXT_ column), a form's display text too. */
  public static final int VARIABLE_LIMIT = 4000;

  /**
   * A text a form shows, kept within what a variable holds: a longer one is cut, saying where the
   * rest is to be read, instead of failing the task it belongs to.
   */
  public static String forDisplay(String text, String restIn) {
    if (text == null || text.length() <= VARIABLE_LIMIT) {
      return text;
    }
    String tail = "\n……（内容较长，以上为前一部分；全文见" + restIn + "）";
    int cut = VARIABLE_LIMIT - tail.length();
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + tail;
  }

  /** No unpaired surrogates and no control characters but tab and line breaks. */
  public static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Characters a reader sees: zero-width and other format characters, spaces and line breaks do
   * not count towards a minimum length.
   */
  public static int visibleLength(String text) {
    return (int) text.codePoints().filter(Text::isVisible).count();
  }

  private static boolean isVisible(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return false;
    }
    int type = Character.getType(codePoint);
    return type != Character.FORMAT && type != Character.CONTROL && type != Character.SURROGATE
        && type != Character.UNASSIGNED;
  }
}
