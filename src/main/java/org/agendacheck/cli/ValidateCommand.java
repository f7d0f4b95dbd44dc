package org.agendacheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendacheck.AgendaCheck;
import org.agendacheck.annotate.Annotations;
import org.agendacheck.baseline.Baseline;
import org.agendacheck.baseline.BaselineException;
import org.agendacheck.config.Config;
import org.agendacheck.config.ConfigException;
import org.agendacheck.engine.Language;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.gate.BaselineRewrite;
import org.agendacheck.gate.Gate;
import org.agendacheck.gate.GateRequest;
import org.agendacheck.gate.NoDocumentsException;
import org.agendacheck.gate.Verdict;
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
  /** The --fail-on of a command line without it. */
  static final String DEFAULT_FAIL_ON = "error";

  private final Main main;

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<ReportTarget> reports = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = DEFAULT_FAIL_ON,
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
      description = "Write a baseline file: a new one records every current finding; rewriting "
          + "one (FILE exists, or --baseline is given) keeps only the findings a baseline already "
          + "accepts, with their reasons and owners, and says how many new ones it left out.")
  Path writeBaselineFile;

  @Option(names = "--accept-new",
      description = "With --write-baseline: record the new findings too.")
  boolean acceptNew;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of messages and summaries: en (default) or nl; overrides the "
          + "configuration's lang.")
  String lang;

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

  /**
   * The command as picocli sets it up for a command line of paths alone: every option at its
   * default. (PlainValidateTest holds this to what picocli gives.)
   */
  static ValidateCommand ofPaths(Main main, List<Path> paths) {
    ValidateCommand c = new ValidateCommand(main);
    c.failOn = DEFAULT_FAIL_ON;
    c.read.locale = ReadOptionsMixin.DEFAULT_LOCALE;
    c.paths.addAll(paths);
    return c;
  }

  @Override
  public Integer call() throws IOException {
    Path wd = main.workingDirectory();
    List<ReportTarget.Resolved> targets = ReportTarget.resolve(reports, wd);
    Severity threshold = threshold(failOn);
    Language given = lang == null ? null : language(lang);
    Path explicitConfig = configFile == null ? null : wd.resolve(configFile);
    AgendaCheck check;
    try {
      check = ruleOptions.checker(Config.rulePaths(explicitConfig, wd));
    } catch (ConfigException e) {
      throw new UsageException(e.getMessage());
    }
    RuleBase rules = check.rules();
    GateRequest request;
    try {
      request = new GateRequest(paths, Config.find(explicitConfig, wd, rules),
          baselineFile == null ? null : Baseline.read(wd.resolve(baselineFile)), threshold,
          read.readOptions(), wd);
    } catch (ConfigException | BaselineException e) {
      throw new UsageException(e.getMessage());
    }
    Language language = given != null ? given
        : request.config().lang() != null ? request.config().lang() : Language.EN;
    Verdict verdict;
    try {
      verdict = check.gate(request, ProgressMeter.forStderr(main.err()));
    } catch (Sources.NoSuchSourceException | NoDocumentsException e) {
      throw new UsageException(e.getMessage());
    }
    if (writeBaselineFile != null) {
      writeBaseline(verdict, request);
    } else if (acceptNew) {
      throw new UsageException("--accept-new needs --write-baseline FILE");
    }
    ReportInput input = new ReportInput(verdict.result(), verdict.fingerprints(),
        verdict.suppressed(), verdict.baselineApplied(),
        verdict.files().stream().map(Path::toString).toList(), rules.rules(), threshold, wd,
        language);
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
      written.addAll(annotate(verdict.result(), verdict.files(), language));
    }
    if (!written.isEmpty()) {
      main.err().println("agendacheck: " + TextReport.summary(input) + "; wrote "
          + String.join(", ", written));
    }
    return verdict.exitStatus();
  }

  private List<String> annotate(ValidationResult result, List<Path> files, Language language) {
    List<String> written = new ArrayList<>();
    try {
      for (Annotations.Outcome o : Annotations.write(result, files,
          main.workingDirectory().resolve(annotateDir), language.code())) {
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

  private void writeBaseline(Verdict verdict, GateRequest request) throws IOException {
    Path target = main.workingDirectory().resolve(writeBaselineFile);
    List<Baseline> previous = new ArrayList<>();
    if (request.baseline() != null) {
      previous.add(request.baseline());
    }
    if (Files.isRegularFile(target)) {
      try {
        previous.add(Baseline.read(target));
      } catch (BaselineException e) {
        throw new UsageException(e.getMessage() + " (not overwritten)");
      }
    }
    BaselineRewrite b = Gate.rewrite(verdict, request.config(), previous, acceptNew,
        main.workingDirectory());
    try {
      AtomicFile.write(target, w -> w.write(b.text()));
    } catch (IOException e) {
      throw new UsageException("cannot write baseline " + writeBaselineFile + ": " + e.getMessage());
    }
    main.err().println("agendacheck: wrote baseline " + writeBaselineFile + " with "
        + b.entries() + (b.entries() == 1 ? " entry" : " entries")
        + (b.leftOut() == 0 ? "" : "; left out " + b.leftOut() + " new finding"
            + (b.leftOut() == 1 ? "" : "s") + " no baseline accepted (--accept-new records them)"));
  }

  static Language language(String code) {
    Language l = Language.parse(code);
    if (l == null) {
      throw new UsageException("unknown --lang '" + code + "'; use en or nl");
    }
    return l;
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
