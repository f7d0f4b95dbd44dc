package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classes,
        "org.agendacheck.cli.Main"));
    cmd.addAll(List.of(command.split(" ")));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the child JVM did not end");
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(Main.INTERNAL, p.exitValue(), errors);
    assertEquals("", Files.readString(out, StandardCharsets.UTF_8), "stdout");
    List<String> lines = errors.lines().toList();
    assertEquals(1, lines.size(), errors);
    assertTrue(lines.get(0).startsWith("agendacheck: incomplete installation: java.lang."
        + "NoClassDefFoundError: "), errors);
    assertTrue(lines.get(0).endsWith("(the jar needs the lib folder that mvn package writes "
        + "beside it)"), errors);
  }
}
