package org.agendacheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory guard: the benchmark's table of 1,000,000 rows × 6 columns, validated by the command
 * line in a child JVM with a 1 GiB heap and the launcher's collector, must give exactly its planted
 * findings; so must its workbook of 150,000 rows in a 256 MiB heap. A design that needs more memory per row fails here (out of memory, exit code 1 with a
 * stack trace), not in a user's pipeline. Nothing is timed.
 */
class MemoryGuardTest {
  /** The JVM options the launcher runs a large input with, and the heap the guard allows. */
  static final List<String> JVM = List.of("-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0",
      "-Xmx1g");

  @Test
  void aMillionRowsOfSixColumnsValidateInOneGibibyte(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("table-1m-rows.json");
    List<String> expected = Inputs.table(table, 6_000_000);
    assertEquals(expected, validate(dir, table, "-Xmx1g"));
  }

  /**
   * The benchmark's workbook (written by POI's streaming writer, as server-side exports are) at a
   * quarter of its 600,000 rows in a quarter of the 1 GiB heap: the reader's memory per row is
   * what is guarded, at a size the build can afford; the benchmark runs the full size.
   */
  @Test
  void aWorkbookOf150000RowsValidatesIn256Mebibytes(@TempDir Path dir) throws Exception {
    Path book = dir.resolve("workbook-150k-rows.xlsx");
    List<String> expected = Inputs.workbook(book, 150_000);
    assertEquals(expected, validate(dir, book, "-Xmx256m"));
  }

  private static List<String> validate(Path dir, Path input, String heap) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(JVM.subList(0, 2));
    cmd.add(heap);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "org.agendacheck.cli.Main", "validate", "--format", "json", "--fail-on", "none",
        input.toString()));
    Path out = dir.resolve("out.json");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      p.waitFor();
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "the child JVM failed (" + heap + "):\n" + tail(stderr));
    return Bench.findings(Files.readString(out, StandardCharsets.UTF_8), false);
  }

  private static String tail(String s) {
    return s.length() <= 2000 ? s : s.substring(0, 2000) + "...";
  }
}
