package org.agendacheck.report;

/**
 * Makes control characters in text from documents (labels, file and sheet names, messages) visible
 * instead of letting them act: an ESC sequence in a label must not recolour or rewrite a terminal,
 * a BEL must not ring, a NUL must not cut a line short, and a bidirectional override must not make
 * a line read differently from what it holds (every human-readable output uses this; JSON and SARIF
 * keep the text exact, JSON-escaped).
 *
 * <p>C0 and C1 controls other than tab, line feed and carriage return (which each format treats as
 * line structure), DEL, and the Unicode bidirectional controls become {@code \xHH} (below U+0100)
 * or {@code \}{@code uHHHH}.
 */
public final class Controls {
  private Controls() {}

  /** The text with every control character but tab, LF and CR written as an escape. */
  public static String escape(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !escaped(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!escaped(c)) {
        b.append(c);
      } else if (c < 0x100) {
        b.append("\\x").append(hex(c, 2));
      } else {
        b.append("\\u").append(hex(c, 4));
      }
    }
    return b.toString();
  }

  /** The text on one line: line breaks (CR LF, CR, LF) become a space, then {@link #escape}. */
  public static String oneLine(String s) {
    return s == null ? null : escape(s.replaceAll("\\r\\n|\\r|\\n", " "));
  }

  /** True for a character {@link #escape} rewrites. */
  public static boolean escaped(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static String hex(char c, int digits) {
    String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    return "0".repeat(digits - h.length()) + h;
  }
}
