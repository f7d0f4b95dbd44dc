package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every printed number form in {@code read/amounts.tsv}, read and compared with its expected
 * reading (a sixth column names a footnote mark or a percent sign).
 */
class AmountTextTest {
  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

  @TestFactory
  Stream<DynamicTest> amounts() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/read/amounts.tsv"),
        StandardCharsets.UTF_8);
    return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(line -> {
      String[] f = line.split("\t", -1);
      String text = unescape(f[1]);
      return DynamicTest.dynamicTest(f[0] + " '" + f[1] + "'", () -> {
        AmountText.Reading r = AmountText.read(text, NumberLocale.parse(f[0]));
        String actual = r.kind() + " " + plain(r.amount()) + " " + plain(r.otherReading())
            + (r.footnote() == null ? "" : " footnote " + r.footnote())
            + (r.percent() ? " percent" : "");
        String expected = f[2] + " " + (f[3].isEmpty() ? "null" : f[3]) + " "
            + (f[4].isEmpty() ? "null" : f[4]) + (f.length > 5 ? " " + f[5] : "");
        assertEquals(expected, actual);
      });
    });
  }

  /** A number of 1.2 million digits is refused by its length, before any BigDecimal is made. */
  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.SECONDS)
  void millionDigitsAreRefusedByLength() {
    String huge = "9".repeat(1_200_000);
    org.junit.jupiter.api.Assertions.assertEquals(org.agendacheck.model.CellKind.INVALID,
        AmountText.read(huge, NumberLocale.NL).kind());
    org.junit.jupiter.api.Assertions.assertEquals(org.agendacheck.model.CellKind.INVALID,
        AmountText.read("1." + "234.".repeat(300_000) + "5", NumberLocale.NL).kind());
  }

  private static String plain(java.math.BigDecimal d) {
    return d == null ? "null" : d.toPlainString();
  }

  private static String unescape(String s) {
    if (s.equals("<empty>")) {
      return "";
    }
    Matcher m = ESCAPE.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(
          String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(b);
    return b.toString();
  }

  @org.junit.jupiter.api.Test
  void spacesAreRemovedAsTheExpressionStatesThem() {
    String alphabet = "1.,Pm- \t\n\u000B\f\r\u00A0\u2007\u2009\u202F\u200A\u2008\u3000\u0085x";
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(9); k > 0; k--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String t = b.toString();
      assertEquals(AmountText.SPACES.matcher(t).replaceAll(""), AmountText.withoutSpaces(t),
          "'" + t + "'");
    }
  }
}
