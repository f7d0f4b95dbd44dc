package org.agendacheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Formulas and label formulas, with the expected readings as data in src/test/resources/model. */
class FormulaTest {
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/model/formulas.csv", delimiter = '|', nullValues = {})
  void parses(String formula, String expected) {
    String text = formula == null ? "" : formula;
    if (expected.startsWith("error: ")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Formula.parse(text));
      assertTrue(e.getMessage().contains(expected.substring("error: ".length())), e.getMessage());
    } else {
      assertEquals(expected, terms(Formula.parse(text)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/model/label-formulas.csv", delimiter = '|', nullValues = {})
  void readsLabels(String label, String id, String formula, String rest) {
    LabelFormula l = LabelFormula.of(label);
    assertEquals(blank(id), l.id(), "id");
    assertEquals(blank(formula), l.formula() == null ? null : terms(l.formula()), "formula");
    assertEquals(rest.trim(), l.label(), "label");
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String terms(Formula f) {
    return f.terms().stream()
        .map(t -> (t.weight() > 0 ? "+1:" : "-1:") + t.from() + (t.isRange() ? ".." + t.to() : ""))
        .collect(Collectors.joining(" "));
  }
}
