package org.agendacheck.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendacheck.AgendaCheck;
import org.agendacheck.annotate.Annotations;
import org.agendacheck.baseline.Baseline;
import org.agendacheck.baseline.BaselineException;
import org.agendacheck.baseline.BaselineOutcome;
import org.agendacheck.baseline.Fingerprints;
import org.agendacheck.baseline.Suppressed;
import org.agendacheck.config.Config;
import org.agendacheck.config.ConfigException;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.read.Sources;
import org.agendacheck.report.ReportInput;
import org.agendacheck.report.TextReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agendacheck validate}: checks documents and reports the findings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validates agenda documents together and reports the findings.")
final class ValidateCommand implements Callable<Integer> {
  private final Main main;

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<ReportTarget> reports = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Exit 1 when a finding is at or above this severity: error (default), "
          + "warning, info or none.")
  String failOn;

  @Mixin
  RuleOptions ruleOptions = new RuleOptions();

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: agendacheck.json in the working directory, "
          + "when there is one).")
  Path configFile;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Accept the findings recorded in this baseline; report only new ones.")
  Path baselineFile;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record the current findings in this baseline file (reasons and owners of "
          + "entries that remain are kept).")
  Path writeBaselineFile;

  @Option(names = "--annotate", paramLabel = "DIR",
      description = "Write an annotated copy of each .xlsx and .docx input into DIR "
          + "(NAME.annotated.xlsx, NAME.annotated.docx): a comment on each finding's cell and a "
          + "findings sheet or table. The originals are not changed. Other inputs: see "
          + "--format html.")
  Path annotateDir;

  @picocli.CommandLine.Mixin
  ReadOptionsMixin read = new ReadOptionsMixin();

  @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*",
      description = "Agenda files, or directories to search for them (recursively, sorted).")
  List<Path> paths = new ArrayList<>();

  ValidateCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws IOException {
    Path wd = main.workingDirectory();
    List<ReportTarget.Resolved> targets = ReportTarget.resolve(reports, wd);
    Severity threshold = threshold(failOn);
    Path explicitConfig = configFile == null ? null : wd.resolve(configFile);
    RuleBase rules;
    try {
      rules = ruleOptions.checker(Config.rulePaths(explicitConfig, wd)).rules();
    } catch (ConfigException e) {
      throw new UsageException(e.getMessage());
    }
    Config config;
    Baseline baseline = null;
    try {
      config = Config.find(explicitConfig, wd, rules);
      if (baselineFile != null) {
        baseline = Baseline.read(wd.resolve(baselineFile));
      }
    } catch (ConfigException | BaselineException e) {
      throw new UsageException(e.getMessage());
    }
    List<Path> files;
    ValidationResult raw;
    try {
      files = expand(paths, config, wd);
      if (files.isEmpty()) {
        // A gate that validated nothing must not pass: a wrong path or pattern would hide it.
        throw new UsageException("no documents to validate in " + paths.stream()
            .map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
            + " (documents are " + String.join(", ", Sources.extensions().stream()
                .map(e -> "." + e).toList()) + (config.source() == null ? ""
                : ", as the configuration's include and exclude patterns allow") + ")");
      }
      raw = AgendaCheck.with(rules).withDefaultRounding(config.rounding())
          .validatePaths(files, read.readOptions().withDefaultRounding(config.rounding(),
              config.source() == null ? null : "the default rounding of "
                  + config.source().getFileName()), ProgressMeter.forStderr(main.err()));
    } catch (Sources.NoSuchSourceException e) {
      throw new UsageException(e.getMessage());
    }
    return report(raw, files, rules, config, baseline, threshold, targets);
  }

  /** Expands directories, keeping the walked files the configuration includes. */
  static List<Path> expand(List<Path> paths, Config config, Path wd) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      List<Path> found = Sources.expand(List.of(p));
      if (!Files.isDirectory(p)) {
        out.addAll(found);
        continue;
      }
      for (Path f : found) {
        if (config.walks(Fingerprints.path(f.toString(), wd))) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /**
   * Applies the baseline (matched on the session's findings, before the configuration, so that an
   * entry of a rule turned off is not stale) and the configuration, writes the baseline and the
   * reports, and returns the exit code.
   */
  private int report(ValidationResult raw, List<Path> files, RuleBase rules, Config config,
      Baseline baseline, Severity threshold, List<ReportTarget.Resolved> targets)
      throws IOException {
    Path wd = main.workingDirectory();
    List<String> fingerprints = Fingerprints.of(raw.findings(), wd);
    BaselineOutcome outcome = baseline == null
        ? new BaselineOutcome(raw.findings(), fingerprints, List.of(), List.of(), List.of())
        : baseline.apply(rules, raw.findings(), fingerprints, wd);
    List<Finding> reported = new ArrayList<>();
    List<String> reportedFingerprints = new ArrayList<>();
    for (int i = 0; i < outcome.reported().size(); i++) {
      Finding f = config.apply(outcome.reported().get(i));
      if (f != null) {
        reported.add(f);
        reportedFingerprints.add(outcome.reportedFingerprints().get(i));
      }
    }
    List<Suppressed> suppressed = new ArrayList<>();
    for (Suppressed s : outcome.suppressed()) {
      Finding f = config.apply(s.finding());
      if (f != null) {
        suppressed.add(new Suppressed(f, s.fingerprint(), s.entry()));
      }
    }
    if (writeBaselineFile != null) {
      writeBaseline(raw, fingerprints, config, baseline);
    }
    ValidationResult result = new ValidationResult(reported, raw.files());
    ReportInput input = new ReportInput(result, reportedFingerprints, suppressed, baseline != null,
        files.stream().map(Path::toString).toList(), rules.rules(), threshold, wd);
    List<String> written = new ArrayList<>();
    for (ReportTarget.Resolved t : targets) {
      if (t.output() == null) {
        t.writer().write(input, main.out());
        main.out().flush();
      } else {
        try {
          AtomicFile.write(t.output(), w -> t.writer().write(input, w));
        } catch (IOException e) {
          throw new UsageException("cannot write " + t.given() + ": " + e.getMessage());
        }
        written.add(t.format() + " to " + t.given());
      }
    }
    if (annotateDir != null) {
      written.addAll(annotate(result, files));
    }
    if (!written.isEmpty()) {
      main.err().println("agendacheck: " + TextReport.summary(input) + "; wrote "
          + String.join(", ", written));
    }
    return result.failsAt(threshold) ? Main.FINDINGS : Main.OK;
  }

  private List<String> annotate(ValidationResult result, List<Path> files) {
    List<String> written = new ArrayList<>();
    try {
      for (Annotations.Outcome o : Annotations.write(result, files,
          main.workingDirectory().resolve(annotateDir), "en")) {
        if (o.copy() != null) {
          written.add("annotated copy to " + annotateDir.resolve(o.copy().getFileName()));
        } else {
          main.err().println("agendacheck: no annotated copy of " + o.source() + ": "
              + o.problem());
        }
      }
    } catch (IOException e) {
      throw new UsageException("cannot write --annotate " + annotateDir + ": " + e.getMessage());
    }
    return written;
  }

  private void writeBaseline(ValidationResult raw, List<String> fingerprints, Config config,
      Baseline given) throws IOException {
    Path target = main.workingDirectory().resolve(writeBaselineFile);
    List<Baseline> previous = new ArrayList<>();
    if (given != null) {
      previous.add(given);
    }
    if (Files.isRegularFile(target)) {
      try {
        previous.add(Baseline.read(target));
      } catch (BaselineException e) {
        throw new UsageException(e.getMessage() + " (not overwritten)");
      }
    }
    List<Finding> current = new ArrayList<>();
    List<String> currentFingerprints = new ArrayList<>();
    for (int i = 0; i < raw.findings().size(); i++) {
      if (config.apply(raw.findings().get(i)) != null) {
        current.add(raw.findings().get(i));
        currentFingerprints.add(fingerprints.get(i));
      }
    }
    StringWriter text = new StringWriter();
    Baseline.write(text, current, currentFingerprints, previous, main.workingDirectory());
    try {
      AtomicFile.write(target, w -> w.write(text.toString()));
    } catch (IOException e) {
      throw new UsageException("cannot write baseline " + writeBaselineFile + ": " + e.getMessage());
    }
    main.err().println("agendacheck: wrote baseline " + writeBaselineFile + " with "
        + current.size() + (current.size() == 1 ? " entry" : " entries"));
  }

  static Severity threshold(String name) {
    if ("none".equalsIgnoreCase(name.trim())) {
      return null;
    }
    Severity s = Severity.parse(name);
    if (s == null) {
      throw new UsageException("unknown --fail-on '" + name
          + "'; use error, warning, info or none");
    }
    return s;
  }
}
