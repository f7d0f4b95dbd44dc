package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Document;
import org.agendacheck.model.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A number of 1.2 million digits in a text or CSV table is an invalid value found by counting its
 * digits, before any BigDecimal is made (parsing it would take minutes); the timeout guards
 * against a return of the quadratic parse, it measures nothing.
 */
class HugeNumberTest {
  private static final String HUGE = "9".repeat(1_200_000);

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void textTable() throws Exception {
    String text = "Bedragen in € mln.\t2026\t2027\nData\t" + HUGE + "\t5\nTotaal\t5\t5\n";
    Document d = new TextAgendaReader().read("huge.txt", "huge", stream(text),
        ReadOptions.DEFAULTS);
    Row data = d.tables().get(0).getRows().get(0);
    assertEquals(CellKind.INVALID, data.getCells().get(0).getKind());
  }

  /** As the benchmark writes it: space-aligned columns, the huge figure in the middle one. */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void spaceAlignedTextTable() throws Exception {
    String text = "Tabel 1 (bedragen in € mln)\n            2026   2027   2028\n"
        + "Post 1        10     20     30\nPost 2        10 " + HUGE + "     30\n"
        + "Totaal        20     40     60\n";
    Document d = new TextAgendaReader().read("huge.txt", "huge", stream(text),
        ReadOptions.DEFAULTS);
    Row data = d.tables().get(0).getRows().get(1);
    assertEquals("Post 2", data.getLabel());
    assertEquals(CellKind.INVALID, data.getCells().get(1).getKind());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void csvTable() throws Exception {
    String text = "label;2026;2027\nData;" + HUGE + ",5;5\nTotaal;5;5\n";
    Document d = new CsvAgendaReader().read("huge.csv", "huge", stream(text),
        ReadOptions.DEFAULTS);
    Row data = d.tables().get(0).getRows().get(0);
    assertEquals(CellKind.INVALID, data.getCells().get(0).getKind());
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
