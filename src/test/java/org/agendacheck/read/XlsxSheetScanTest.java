package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sheet reader checks numbers and cell references by hand, not by regular expression (a sheet
 * has millions); these are the expressions they must agree with, on texts made to sit on and
 * around every limit.
 */
class XlsxSheetScanTest {
  private static final Pattern REF = Pattern.compile("([A-Z]{1,3})([0-9]{1,7})");

  private static List<String> texts(String alphabet, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(List.of("", "0", "-0", ".", "5.", ".5", "+.5e-3", "1e",
        "1e1234", "1E+123", "A1", "XFD1048576", "AAAA1", "A12345678", "a1", "A0001"));
    for (int i = 0; i < 40_000; i++) {
      int len = r.nextInt(i % 10 == 0 ? 90 : 12);
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < len; k++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      out.add(b.toString());
    }
    StringBuilder digits = new StringBuilder();
    for (int k = 0; k < 45; k++) {
      digits.append((char) ('0' + k % 10));
      out.add(digits.toString());
      out.add(digits + ".5");
      out.add("1." + digits);
      out.add("." + digits);
      out.add("-" + digits + "e12");
    }
    return out;
  }

  @Test
  void numbersAreReadAsTheExpressionStatesThem() {
    for (String t : texts("0123456789.+-eE x1", 1)) {
      assertEquals(XlsxSheet.NUMBER.matcher(t).matches(), XlsxSheet.isNumber(t), "\"" + t + "\"");
    }
  }

  @Test
  void theDigitByDigitReadingGivesWhatTheArithmeticGives() {
    List<String> all = texts("0123456789.+-eE x1", 3);
    all.addAll(texts("0000000123456789.-", 4));
    all.addAll(List.of("2026.0", "1000", "100.50", "-0.0", "0.05", "+7", "999999999999999",
        "9999999999999995", "123456789012345.6", "0.000000000000001", "00000000000000000001.10"));
    for (String t : all) {
      String at = "\"" + t + "\"";
      java.math.BigDecimal plain = XlsxSheet.plainNumber(t);
      if (!XlsxSheet.isNumber(t)) {
        assertEquals(null, plain, at);
        assertEquals(null, XlsxSheet.number(t), at);
      } else if (t.length() <= XlsxSheet.MAX_NUMBER) {
        java.math.BigDecimal exact = XlsxSheet.exactNumber(t);
        // equal in value and in scale: the cell keeps the digits the amount shows
        assertEquals(exact, XlsxSheet.number(t), at);
        if (plain != null) {
          assertEquals(exact, plain, at);
        }
      }
    }
    assertEquals(new java.math.BigDecimal("100.5"), XlsxSheet.plainNumber("100.50"));
    assertEquals(null, XlsxSheet.plainNumber("1234567890123456"), "16 digits: the general path");
  }

  @Test
  void cellReferencesAreReadAsTheExpressionStatesThem() {
    for (String t : texts("ABXZaz0123456789 ", 2)) {
      for (int row : new int[] {1, 7, 12, 1048576}) {
        Matcher m = REF.matcher(t);
        int expected = m.matches() && Integer.parseInt(m.group(2)) == row
            ? XlsxSheet.column(m.group(1)) : -1;
        assertEquals(expected, XlsxSheet.refColumn(t, row), "\"" + t + "\" in row " + row);
      }
    }
  }
}
