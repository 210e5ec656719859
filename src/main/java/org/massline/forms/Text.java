package org.massline.forms;

/** What a person typed, as a person reads it. */
public final class Text {

  private Text() {
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
