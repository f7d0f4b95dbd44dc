package org.agendacheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.agendacheck.AgendaCheck;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.model.Document;
import org.agendacheck.read.Sources;

/**
 * What every input to a reader must keep: reading and checking it raises nothing (a defect of the
 * tool shows as an internal-error finding, which fails the property too), the file is reported
 * (counted once, every finding names it, an unreadable one has its parse-error), and reading ends
 * within the limits, in seconds rather than minutes.
 */
final class ReadProperty {
  /**
   * Far above what any input within the limits takes, far below a runaway parse. Counted in the
   * reading thread's CPU time, so a loaded machine (a campaign beside a build) does not fail it.
   */
  static final long SECONDS = 20;

  private static final AgendaCheck CHECK = AgendaCheck.withDefaultRules();

  private ReadProperty() {}

  static void holds(String name, byte[] data) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    Document d = Sources.load(name, new ByteArrayInputStream(data));
    ValidationResult r = CHECK.validate(List.of(d));
    long seconds = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000_000L;
    assertTrue(seconds < SECONDS, "reading and checking took " + seconds + " s of CPU time");
    assertEquals(1, r.files());
    for (Finding f : r.findings()) {
      assertEquals(name, f.getSource(), f.toString());
      assertFalse(f.getRule().equals("internal-error"), f.toString());
    }
    if (!d.problems().isEmpty()) {
      assertTrue(r.findings().stream().anyMatch(f -> f.getRule().equals("parse-error")),
          "a problem without its parse-error: " + d.problems());
    }
  }
}
