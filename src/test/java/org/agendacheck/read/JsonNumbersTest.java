package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Document;
import org.agendacheck.model.Row;
import org.junit.jupiter.api.Test;

/**
 * Numbers in a JSON document read as the exact amounts their digits say, through the reader's
 * compact path (plain digits, up to 18 of them) and its general one alike: the cases are data in
 * {@code read/json-numbers/cases.tsv}.
 */
class JsonNumbersTest {
  private static final Path CASES = Path.of("src/test/resources/read/json-numbers/cases.tsv");

  private record Case(String json, String amount, String kept) {}

  @Test
  void everyNumberReadsAsItsExactAmount() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(CASES, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      cases.add(new Case(f[0], f[1], f[2].equals("-") ? null : f[2]));
    }
    assertTrue(cases.size() >= 10, "the cases file holds the cases");
    StringBuilder json = new StringBuilder("{\"title\": \"Getallen\", \"columns\": [\"2026\"], "
        + "\"rows\": [\n");
    for (int i = 0; i < cases.size(); i++) {
      json.append(i > 0 ? ",\n" : "").append("{\"label\": \"Regel ").append(i + 1)
          .append("\", \"values\": [").append(cases.get(i).json()).append("]}");
    }
    json.append("\n]}\n");
    Document d = Sources.load("numbers.json",
        new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), d.problems(), "the document reads");
    List<Row> rows = d.tables().get(0).getRows();
    assertEquals(cases.size(), rows.size());
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Cell cell = rows.get(i).getCells().get(0);
      String what = c.json() + " (line " + (i + 2) + ")";
      assertEquals(CellKind.NUMBER, cell.getKind(), what);
      assertEquals(c.amount(), cell.getAmount().toString(), what);
      assertEquals(c.kept(), cell.getWrittenText(), what);
      // The same cell as one made from the exact amount: held the same way, compact or not.
      Cell reference = Cell.number(new BigDecimal(c.json()), c.kept(), cell.getLine(),
          cell.getCol());
      assertEquals(reference.getCompactScale(), cell.getCompactScale(), what);
      assertEquals(reference.getCompactUnscaled(), cell.getCompactUnscaled(), what);
      assertEquals(reference.signum(), cell.signum(), what);
      assertEquals(reference.getText(), cell.getText(), what);
      assertEquals(i + 2, cell.getLine(), what);
    }
  }
}
