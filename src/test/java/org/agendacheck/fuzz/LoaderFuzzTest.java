package org.agendacheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agendacheck.AgendaCheck;
import org.agendacheck.baseline.Baseline;
import org.agendacheck.baseline.BaselineException;
import org.agendacheck.config.Config;
import org.agendacheck.config.ConfigException;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.read.TableMeta;

/**
 * Fuzz tests of the configuration, baseline and sidecar-metadata loaders: whatever the bytes, a
 * loader gives its value or its one exception, with a one-line message that names the file; what
 * it gives then applies to findings without failing. Run and fuzzed as {@link ReaderFuzzTest}.
 */
class LoaderFuzzTest {
  private static final Path DIR;
  private static final List<Finding> FINDINGS;

  static {
    try {
      DIR = Files.createTempDirectory("agendacheck-fuzz");
      DIR.toFile().deleteOnExit();
      FINDINGS = AgendaCheck.withDefaultRules()
          .validatePaths(List.of(Path.of("src/test/resources/cli/one-of-each-severity.json")))
          .findings();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path file(String name, byte[] data) {
    try {
      Path p = DIR.resolve(name);
      Files.write(p, data);
      p.toFile().deleteOnExit();
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void oneLine(String message, Path file) {
    assertFalse(message.contains("\n") || message.contains("\r"), message);
    assertTrue(message.contains(file.getFileName().toString()), message);
  }

  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void config(byte[] data) {
    Path p = file("agendacheck.json", data);
    Config c;
    try {
      c = Config.load(p, RuleBase.defaults());
    } catch (ConfigException e) {
      oneLine(e.getMessage(), p);
      return;
    }
    for (Finding f : FINDINGS) {
      c.apply(f);
    }
    c.walks("a/b.json");
  }

  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void baseline(byte[] data) {
    Path p = file("baseline.json", data);
    Baseline b;
    try {
      b = Baseline.read(p);
    } catch (BaselineException e) {
      oneLine(e.getMessage(), p);
      return;
    }
    b.apply(RuleBase.defaults(), FINDINGS,
        org.agendacheck.baseline.Fingerprints.of(FINDINGS, Path.of("")), Path.of(""));
  }

  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void meta(byte[] data) {
    Path p = file("agenda.meta.json", data);
    try {
      TableMeta.read(p);
    } catch (IOException e) {
      oneLine(e.getMessage(), p);
    }
  }
}
