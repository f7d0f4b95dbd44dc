package org.agendacheck.gate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.agendacheck.baseline.Baseline;
import org.agendacheck.config.Config;
import org.agendacheck.engine.Severity;
import org.agendacheck.read.ReadOptions;

/**
 * What a gate run takes: the paths to validate and everything that decides the verdict.
 *
 * <pre>{@code
 * GateRequest request = GateRequest.of(List.of(Path.of("begroting")))
 *     .withConfig(Config.find(null, Path.of(""), check.rules()))
 *     .withBaseline(Baseline.read(Path.of("agendacheck-baseline.json")))
 *     .withFailOn(Severity.WARNING);
 * Verdict verdict = check.gate(request);
 * }</pre>
 *
 * @param paths files, or directories walked for documents (the configuration's include and
 *     exclude apply to walked files only)
 * @param config severity overrides, rules turned off, include and exclude, default rounding
 * @param baseline the accepted findings, or null
 * @param failOn the severity at or above which the run fails, or null to never fail on findings
 * @param readOptions how documents are read; the configuration's rounding is added as their default
 * @param workingDirectory what paths in fingerprints and patterns are relative to
 */
public record GateRequest(List<Path> paths, Config config, Baseline baseline, Severity failOn,
    ReadOptions readOptions, Path workingDirectory) {
  public GateRequest {
    paths = List.copyOf(paths);
    config = config == null ? Config.NONE : config;
    readOptions = readOptions == null ? ReadOptions.DEFAULTS : readOptions;
    workingDirectory = Objects.requireNonNullElse(workingDirectory, Path.of(""));
  }

  /** The paths with no configuration or baseline, failing on errors, read with the defaults. */
  public static GateRequest of(List<Path> paths) {
    return new GateRequest(paths, Config.NONE, null, Severity.ERROR, ReadOptions.DEFAULTS,
        Path.of(""));
  }

  /** This request with a configuration. */
  public GateRequest withConfig(Config c) {
    return new GateRequest(paths, c, baseline, failOn, readOptions, workingDirectory);
  }

  /** This request with a baseline (null: none). */
  public GateRequest withBaseline(Baseline b) {
    return new GateRequest(paths, config, b, failOn, readOptions, workingDirectory);
  }

  /** This request failing at a severity (null: never on findings). */
  public GateRequest withFailOn(Severity s) {
    return new GateRequest(paths, config, baseline, s, readOptions, workingDirectory);
  }

  /** This request with read options. */
  public GateRequest withReadOptions(ReadOptions o) {
    return new GateRequest(paths, config, baseline, failOn, o, workingDirectory);
  }

  /** This request with another working directory. */
  public GateRequest withWorkingDirectory(Path wd) {
    return new GateRequest(paths, config, baseline, failOn, readOptions, wd);
  }

  /**
   * The read options with the configuration's rounding as the default of undeclared tables, and its
   * declared references.
   */
  public ReadOptions effectiveReadOptions() {
    ReadOptions o = config.rounding() == null || readOptions.defaultRounding() != null ? readOptions
        : readOptions.withDefaultRounding(config.rounding(), config.source() == null
            ? "the default rounding" : "the default rounding of " + config.source().getFileName());
    return config.references().isEmpty() || !o.references().isEmpty() ? o
        : o.withReferences(config.references());
  }
}
