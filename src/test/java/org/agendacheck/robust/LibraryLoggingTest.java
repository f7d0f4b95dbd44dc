package org.agendacheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI logs, with stack traces, what a reader reports as a parse-error anyway. By default stderr
 * holds only agendacheck's own lines for 200 corrupt workbooks and 200 corrupt documents; with
 * {@code --debug} the library's logging is there. Run in a child JVM: logging is set up once per
 * process.
 */
class LibraryLoggingTest {
  @TempDir
  Path dir;

  private List<String> corpus() throws Exception {
    List<String> files = new ArrayList<>();
    for (Path p : CorruptOffice.write(Path.of("src/test/resources/read/xlsx/seed-tables.xlsx"),
        dir, "werkmap", 200)) {
      files.add(p.toString());
    }
    for (Path p : CorruptOffice.write(Path.of("src/test/resources/read/docx/seed-tables.docx"),
        dir, "nota", 200)) {
      files.add(p.toString());
    }
    return files;
  }

  private static String[] run(List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), "org.agendacheck.cli.Main"));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    File out = File.createTempFile("out", ".txt");
    File err = File.createTempFile("err", ".txt");
    out.deleteOnExit();
    err.deleteOnExit();
    Process p = pb.redirectOutput(out).redirectError(err).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run ended");
    return new String[] {Integer.toString(p.exitValue()),
        Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8)};
  }

  @Test
  void stderrHoldsOnlyAgendacheckLinesAndDebugShowsTheLibraries() throws Exception {
    List<String> files = corpus();
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json", "--output",
        dir.resolve("report.json").toString()));
    args.addAll(files);
    String[] quiet = run(args);
    assertEquals("1", quiet[0], quiet[2]);
    for (String line : quiet[2].lines().toList()) {
      assertTrue(line.startsWith("agendacheck: "), "a line not agendacheck's own: " + line);
    }
    assertTrue(quiet[2].contains("400 files"), quiet[2]);

    List<String> debug = new ArrayList<>(List.of("--debug"));
    debug.addAll(args);
    String[] loud = run(debug);
    assertEquals("1", loud[0], loud[2]);
    assertTrue(loud[2].lines().anyMatch(l -> l.contains("org.apache.poi")),
        "--debug shows POI's logging");
  }
}
