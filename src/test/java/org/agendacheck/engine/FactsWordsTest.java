package org.agendacheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The words a title, id or row label names tables by are the runs of letters of the text in lower
 * case, as splitting at {@code [^\p{L}]+} gives them, three letters or more and no common word.
 */
class FactsWordsTest {
  /** The definition: what the word index took before it stopped using a regular expression. */
  private static List<String> byExpression(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 3 && !Facts.STOP_WORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  @Test
  void wordsAreTheRunsOfLettersTheExpressionSplitsOut() {
    // ASCII, Dutch and other accented letters, a letter outside the BMP (U+1D49C), a combining
    // accent (not a letter), the capital I with dot (lower case two chars), digits, punctuation,
    // spaces of several kinds, and common words.
    String[] parts = {"a", "B", "é", "Ĳ", "ß", "İ", "ω", "漢", "\uD835\uDC9C", "\u0301", "1", "9", "-",
        "(", "/", " ", "\u00A0", "\t", "\u2009", ".", "€", "van", "Totaal", "Weg", "Bijlage"};
    Random r = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) {
        b.append(parts[r.nextInt(parts.length)]);
      }
      String t = b.toString();
      assertEquals(byExpression(t), Facts.words(t), "'" + t + "'");
    }
  }

  @Test
  void commonWordsAndShortRunsAreLeftOut() {
    assertEquals(List.of("investeringsagenda", "nds"),
        Facts.words("Totaal van de Investeringsagenda NDS 2025 (bijlage 3)"));
    assertEquals(List.of(), Facts.words(null));
  }
}
