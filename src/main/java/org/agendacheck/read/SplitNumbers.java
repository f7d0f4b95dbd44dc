package org.agendacheck.read;

/**
 * Tells whether the texts of two neighbouring cells are one number broken over two columns, as a
 * PDF converter or a transcription leaves {@code (20,191,164)} in cells {@code "(20,191,"} and
 * {@code "164)"}. The {@code split-number} rule uses it; it only reads, it decides nothing.
 */
public final class SplitNumbers {
  private SplitNumbers() {}

  /**
   * The number the two texts make together, as written ({@code "(20,191,164)"}), or null when they
   * do not make one: either text blank, or the texts put together (directly, or with the grouping
   * mark the left one uses) not a number in either locale.
   */
  public static String joined(String left, String right) {
    if (left == null || right == null || left.isBlank() || right.isBlank()) {
      return null;
    }
    String l = left.strip();
    String r = right.strip();
    String direct = l + r;
    if (reads(direct)) {
      return direct;
    }
    for (String mark : new String[] {",", "."}) {
      String withMark = l + mark + r;
      if (l.contains(mark) && reads(withMark)) {
        return withMark;
      }
    }
    return null;
  }

  /** True when the two texts are one number broken in two (see {@link #joined}). */
  public static boolean readAsOne(String left, String right) {
    return joined(left, right) != null;
  }

  private static boolean reads(String text) {
    return AmountText.read(text, NumberLocale.NL).kind() == org.agendacheck.model.CellKind.NUMBER
        || AmountText.read(text, NumberLocale.EN).kind() == org.agendacheck.model.CellKind.NUMBER;
  }
}
