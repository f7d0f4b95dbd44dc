package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed hand-made workbooks are the bytes {@link WorkbookFixtures} writes. */
class WorkbookFixturesTest {
  @Test
  void committedWorkbooksAreWhatTheGeneratorWrites(@TempDir Path tmp) throws Exception {
    WorkbookFixtures.writeAll(tmp);
    List<Path> built;
    try (Stream<Path> walk = Files.walk(tmp)) {
      built = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(built.size() >= 10, built::toString);
    for (Path b : built) {
      Path c = Path.of("src/test/resources").resolve(tmp.relativize(b).toString());
      assertTrue(Files.isRegularFile(c), () -> "not committed: " + c);
      assertArrayEquals(Files.readAllBytes(c), Files.readAllBytes(b), c::toString);
    }
  }
}
