package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed .xlsx and .docx fixtures are what {@link FixtureDocuments} builds with POI: built
 * again here, each reads to the same model (or the same problem) as its committed copy.
 */
class FixtureDocumentsTest {
  @Test
  void committedOfficeFixturesAreWhatTheGeneratorBuilds(@TempDir Path tmp) throws Exception {
    FixtureDocuments.writeAll(tmp);
    List<Path> built;
    try (Stream<Path> walk = Files.walk(tmp)) {
      built = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(built.size() >= 10, built::toString);
    Path committed = Path.of("src/test/resources");
    for (Path b : built) {
      Path c = committed.resolve(tmp.relativize(b).toString());
      assertTrue(Files.isRegularFile(c), () -> "not committed: " + c);
      assertEquals(dump(c), dump(b), c::toString);
    }
  }

  private static String dump(Path p) throws java.io.IOException {
    try (java.io.InputStream in = Files.newInputStream(p)) {
      return ModelDump.of(Sources.load(p.getFileName().toString(), in));
    }
  }
}
