package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The status line: silent in the first second, then files, bytes, rate and time left; erased. */
class ProgressMeterTest {
  private long now;

  @Test
  void showsRateAndTimeLeftAfterTheFirstSecondAndErasesItself() {
    StringWriter text = new StringWriter();
    ProgressMeter meter = new ProgressMeter(new PrintWriter(text), () -> now);
    now = 500_000_000L;
    meter.reading(1 << 20, 4 << 20, 10, 40);
    assertEquals("", text.toString(), "nothing in the first second");
    now = 2_000_000_000L;
    meter.reading(2 << 20, 4 << 20, 20, 40);
    String line = text.toString();
    assertTrue(line.contains("20 of 40 files, 2.0 MB of 4.0 MB, 1.0 MB/s, 2 s left"), line);
    now = 2_100_000_000L;
    meter.reading(3 << 20, 4 << 20, 30, 40);
    assertEquals(line, text.toString(), "redrawn at most four times a second");
    meter.validating(40);
    assertTrue(text.toString().endsWith("validating 40 files"), text.toString());
    meter.done();
    assertTrue(text.toString().endsWith("\r\033[K"), "the line is erased at the end");
  }

  @Test
  void aShortRunPrintsNothing() {
    StringWriter text = new StringWriter();
    ProgressMeter meter = new ProgressMeter(new PrintWriter(text), () -> now);
    now = 100_000_000L;
    meter.reading(10, 10, 1, 1);
    meter.validating(1);
    meter.done();
    assertEquals("", text.toString());
  }
}
