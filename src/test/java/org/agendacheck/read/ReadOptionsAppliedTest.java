package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.agendacheck.model.Document;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.RoundingMode;
import org.agendacheck.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read options are applied while reading, by every reader: a table whose source declares no
 * rounding takes the options' default rounding and says where it came from, a declared one keeps
 * its own. Nothing changes a table after it is read ({@code Table} has no setter for it).
 */
class ReadOptionsAppliedTest {
  private static final Rounding UP5 = new Rounding(RoundingMode.UP, BigDecimal.valueOf(5));
  private static final ReadOptions WITH_DEFAULT =
      ReadOptions.DEFAULTS.withDefaultRounding(UP5, "agendacheck.json");

  @Test
  void everyReaderGivesAnUndeclaredTableTheDefaultRounding() {
    List<Path> files = List.of(
        Path.of("samples/nds-investeringsagenda-2025.json"),
        Path.of("samples/structures/meerjarig-kader-2021-2027.json"),
        Path.of("src/test/resources/read/csv/tab-roles-ragged.csv"),
        Path.of("src/test/resources/read/txt/jaarverslag-artikel-2.txt"),
        Path.of("src/test/resources/read/txt/kernboodschap-digitalisering.txt"),
        Path.of("src/test/resources/read/xlsx/seed-tables.xlsx"),
        Path.of("src/test/resources/read/docx/seed-tables.docx"),
        Path.of("src/test/resources/rules/formula-mismatch/docx-row-number-column.docx"),
        Path.of("src/test/resources/read/html/hansard-bus-grant.html"),
        Path.of("src/test/resources/read/html/nds-rijksoverheid.html"),
        Path.of("src/test/resources/read/pdf/hansard-bus-grant.pdf"),
        Path.of("src/test/resources/read/pdf/nds-rijksoverheid.pdf"));
    Set<String> defaulted = new TreeSet<>();
    for (Path f : files) {
      Document plain = Sources.load(f);
      Document given = Sources.load(f, WITH_DEFAULT);
      assertEquals(plain.tables().size(), given.tables().size(), f::toString);
      assertFalse(plain.tables().isEmpty(), () -> f + ": " + plain.problems());
      for (int i = 0; i < plain.tables().size(); i++) {
        Table p = plain.tables().get(i);
        Table g = given.tables().get(i);
        if (p.isRoundingDeclared()) {
          assertEquals(p.getRounding(), g.getRounding(), f + " keeps its declared rounding");
          assertEquals(p.getRoundingSource(), g.getRoundingSource());
        } else {
          assertEquals(Rounding.NONE, p.getRounding(), f::toString);
          assertEquals(UP5, g.getRounding(), f + " table " + i + " takes the default");
          assertEquals("agendacheck.json", g.getRoundingSource(), f::toString);
          defaulted.add(f.getFileName().toString().replaceAll(".*\\.", ""));
        }
      }
    }
    // the files above declare no rounding for at least one table of each format
    assertEquals(Set.of("json", "csv", "txt", "xlsx", "docx", "html", "pdf"), defaulted);
  }

  /** A test fixture's name means nothing to the reader: an agenda named X.expected.json is read. */
  @Test
  void aDirectoryWalkLeavesOutSidecarsOnly(@TempDir Path dir) throws IOException {
    String agenda = "{\"columns\": [\"2026\"], \"rows\": [{\"label\": \"A\", \"values\": [1]}]}";
    Files.writeString(dir.resolve("begroting.json"), agenda);
    Files.writeString(dir.resolve("raming.expected.json"), agenda);
    Files.writeString(dir.resolve("export.csv"), "label,2026\nA,1\n");
    Files.writeString(dir.resolve("export.meta.json"), "{\"title\": \"Export\"}");
    List<String> found = Sources.expand(List.of(dir)).stream()
        .map(p -> p.getFileName().toString()).toList();
    assertEquals(List.of("begroting.json", "export.csv", "raming.expected.json"), found);
    assertTrue(Sources.load(dir.resolve("raming.expected.json")).problems().isEmpty());
  }
}
