package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.agendacheck.model.RowRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The label and year checks that run for every row and cell, without a regular expression. */
class TableBuilderTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026|true", "' 2030 '|true", "1900|true", "2199|true", "1899|false", "2200|false",
      "202|false", "20260|false", "2026.0|false", "-2026|false", "'20 26'|false", "''|false",
      "'\t2027\n'|true", "２０２６|false"})
  void yearText(String text, boolean year) {
    assertEquals(year, TableBuilder.isYear(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026|true", "1900|true", "2199|true", "1899|false", "2200|false", "2026.5|false",
      "-2026|false", "0|false", "20260|false", "2.03E+3|true", "2.1E+4|false", "2.026E+3|true", "2E+3|true"})
  void yearNumber(String amount, boolean year) {
    BigDecimal d = new BigDecimal(amount);
    assertEquals(year, TableBuilder.isYear(d));
    assertEquals(TableBuilder.isYear(d.toPlainString()), TableBuilder.isYear(d));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Uitgaven|Uitgaven", "'  Uitgaven  '|Uitgaven", "'Digitale  Overheid'|Digitale Overheid",
      "Digitale\u00A0Overheid|Digitale Overheid", "Digitale Overheid\u2074|Digitale Overheid",
      "'a\tb'|a b", "''|''", "Crèche|Crèche"})
  void cleanLabel(String label, String clean) {
    assertEquals(clean, TableBuilder.cleanLabel(label));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Totaal|TOTAL", "Totaal:|TOTAL", "'  TOTAAL.  '|TOTAL", "Subtotaal beleid|SUBTOTAL",
      "waarvan loon|MEMO", "- waarvan loon|MEMO", "w.v. apparaat|MEMO", "of which|MEMO",
      "Hiervan|MEMO", "Totaal\u00B9|TOTAL", "Lonen|ITEM", "Totaal::|ITEM", "''|ITEM"})
  void roleOf(String label, RowRole role) {
    assertEquals(role, TableBuilder.roleOf(label));
  }
}
