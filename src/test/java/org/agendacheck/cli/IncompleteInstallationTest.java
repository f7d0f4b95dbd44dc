package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our classes without the libraries beside them (a jar copied without its lib folder): a command
 * ends with one line that says so and the internal-error exit code, not a stack trace.
 */
class IncompleteInstallationTest {

  @ParameterizedTest
  @ValueSource(strings = {"validate samples/nds-investeringsagenda-2025.json",
      "validate --format json samples/", "rules"})
  void aMissingLibraryIsOneLine(String command, @TempDir Path dir) throws Exception {
    String classes = null;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (Path.of(entry).endsWith(Path.of("target", "classes"))) {
        classes = entry;
      }
    }
    assertTrue(classes != null, "target/classes is not on the class path");
    Run r = Run.child(dir, List.of("-cp", classes), List.of(command.split(" ")));
    assertEquals(Main.INTERNAL, r.exit(), r.err());
    assertEquals("", r.out(), "stdout");
    List<String> lines = r.errLines();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("agendacheck: incomplete installation: java.lang."
        + "NoClassDefFoundError: "), r.err());
    assertTrue(lines.get(0).endsWith("(the jar needs the lib folder that mvn package writes "
        + "beside it)"), r.err());
  }
}
