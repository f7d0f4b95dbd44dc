package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Dagendacheck.timing=true} prints one line with the end of each start-up phase, and
 * nothing without it; the run's report is the same either way.
 */
class TimingTest {
  private static final Pattern LINE = Pattern.compile("agendacheck timing, after main began: "
      + "(?:(?:command line model built|rules built|command done) \\d+ ms(?:, |$)){3}",
      Pattern.MULTILINE);

  @Test
  void aValidateRunSaysWhenEachPhaseEnded(@TempDir Path dir) throws Exception {
    String[] with = run(dir, true);
    String[] without = run(dir, false);
    Matcher m = LINE.matcher(with[1]);
    assertTrue(m.find(), "no timing line on stderr:\n" + with[1]);
    for (String phase : List.of("command line model built", "rules built", "command done")) {
      assertTrue(m.group().contains(phase), phase + " missing: " + m.group());
    }
    assertEquals("", without[1], "stderr without the property");
    assertEquals(without[0], with[0], "the report");
  }

  private static String[] run(Path dir, boolean timing) throws Exception {
    Path out = dir.resolve("out-" + timing + ".txt");
    Path err = dir.resolve("err-" + timing + ".txt");
    List<String> cmd = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (timing) {
      cmd.add("-Dagendacheck.timing=true");
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.agendacheck.cli.Main",
        "validate", "samples/nds-investeringsagenda-2025.json"));
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the child JVM did not end");
    assertEquals(0, p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    return new String[] {Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8)};
  }
}
