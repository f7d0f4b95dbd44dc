package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
    Run with = run(dir, true);
    Run without = run(dir, false);
    Matcher m = LINE.matcher(with.err());
    assertTrue(m.find(), "no timing line on stderr:\n" + with.err());
    for (String phase : List.of("command line model built", "rules built", "command done")) {
      assertTrue(m.group().contains(phase), phase + " missing: " + m.group());
    }
    assertEquals("", without.err(), "stderr without the property");
    assertEquals(without.out(), with.out(), "the report");
  }

  private static Run run(Path dir, boolean timing) throws Exception {
    List<String> jvm = new java.util.ArrayList<>();
    if (timing) {
      jvm.add("-Dagendacheck.timing=true");
    }
    jvm.addAll(List.of("-cp", System.getProperty("java.class.path")));
    Run r = Run.child(dir, jvm, List.of("validate", "samples/nds-investeringsagenda-2025.json"));
    assertEquals(0, r.exit(), r.err());
    return r;
  }
}
