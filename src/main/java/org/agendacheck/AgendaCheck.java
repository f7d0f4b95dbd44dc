package org.agendacheck;

import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.gate.Gate;
import org.agendacheck.gate.GateRequest;
import org.agendacheck.gate.NoDocumentsException;
import org.agendacheck.gate.Verdict;
import org.agendacheck.engine.RuleBuildException;
import org.agendacheck.engine.RuleFiles;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.engine.Validator;
import org.agendacheck.model.Document;
import org.agendacheck.model.Rounding;
import org.agendacheck.read.ReadOptions;
import org.agendacheck.read.Sources;

/**
 * The library entry point: load agenda documents, validate them together, get the findings.
 *
 * <pre>{@code
 * AgendaCheck check = AgendaCheck.withDefaultRules();
 * ValidationResult result = check.validatePaths(List.of(Path.of("agenda.json")));
 * result.findings().forEach(f -> System.out.println(f));
 * }</pre>
 *
 * <p>An instance holds a compiled rule base; build it once and reuse it (it is thread-safe).
 */
public final class AgendaCheck {
  private final Validator validator;
  private final Rounding defaultRounding;

  private AgendaCheck(RuleBase rules) {
    this(new Validator(rules), null);
  }

  private AgendaCheck(Validator validator, Rounding defaultRounding) {
    this.validator = validator;
    this.defaultRounding = defaultRounding;
  }

  /** A checker with the default rule catalogue (compiled once per process). */
  public static AgendaCheck withDefaultRules() {
    return new AgendaCheck(RuleBase.defaults());
  }

  /**
   * A checker with the rule files under the given paths (see {@link RuleFiles}), compiled
   * together with the default catalogue or, when {@code withDefaults} is false, alone.
   *
   * @throws RuleFiles.NoRuleFileException when a path does not exist or holds no rule file
   * @throws RuleBuildException when a rule file does not compile, a rule lacks its metadata, or two
   *     rules share an id; each of its problems is one line naming the file and line
   */
  public static AgendaCheck withRules(List<Path> rulePaths, boolean withDefaults)
      throws IOException, RuleBuildException {
    return new AgendaCheck(RuleBase.load(rulePaths, withDefaults));
  }

  /** A checker with the given rule base. */
  public static AgendaCheck with(RuleBase rules) {
    return new AgendaCheck(rules);
  }

  /** The version of this library, as built ("dev" when run from unpacked classes without it). */
  public static String version() {
    return org.agendacheck.engine.Build.version();
  }

  /** The project's home page, as the build declares it (SARIF's informationUri). */
  public static String homePage() {
    return org.agendacheck.engine.Build.homePage();
  }

  /**
   * This checker, giving tables whose source declares no rounding the given one (a configuration's
   * {@code rounding}) as it reads them; null: such tables are exact, as without a default.
   * Documents read elsewhere take it from {@link ReadOptions#withDefaultRounding}.
   */
  public AgendaCheck withDefaultRounding(Rounding rounding) {
    return new AgendaCheck(validator, rounding);
  }

  /** The compiled rule base this checker runs. */
  public RuleBase rules() {
    return validator.rules();
  }

  /**
   * Reads every file (directories: every supported file below, sorted) and validates them together.
   *
   * @throws Sources.NoSuchSourceException when a path does not exist
   */
  public ValidationResult validatePaths(List<Path> paths) throws IOException {
    return validatePaths(paths, ReadOptions.DEFAULTS, Progress.NONE);
  }

  /**
   * Reads every file with the given read options and validates them together.
   *
   * <pre>{@code
   * ReadOptions opts = ReadOptions.DEFAULTS.withLocale(NumberLocale.EN).withFormat("csv");
   * ValidationResult result = check.validatePaths(List.of(Path.of("export.txt")), opts);
   * }</pre>
   *
   * @param given the number locale for numbers written as text (nl by default), a format that
   *     overrides the file extensions, and table metadata that overrides sidecar files
   * @throws Sources.NoSuchSourceException when a path does not exist
   */
  public ValidationResult validatePaths(List<Path> paths, ReadOptions options) throws IOException {
    return validatePaths(paths, options, Progress.NONE);
  }

  /**
   * As {@link #validatePaths(List, ReadOptions)}, telling a progress display how far the run has
   * come.
   *
   * @throws Sources.NoSuchSourceException when a path does not exist
   */
  public ValidationResult validatePaths(List<Path> paths, ReadOptions given, Progress progress)
      throws IOException {
    List<Path> files = Sources.expand(paths);
    return validateFiles(files, given, progress);
  }

  /** Reads and validates files already expanded (no directories), in the order given. */
  private ValidationResult validateFiles(List<Path> files, ReadOptions given, Progress progress) {
    ReadOptions options = defaultRounding == null || given.defaultRounding() != null ? given
        : given.withDefaultRounding(defaultRounding);
    Function<Path, Document> load = progress == Progress.NONE ? p -> Sources.load(p, options)
        : new CountingLoad(files, options, progress);
    // Files are read independently, on every core; the list keeps their order.
    List<Document> documents = files.size() < 2 ? files.stream().map(load).toList()
        : files.parallelStream().map(load).toList();
    progress.validating(documents.size());
    try {
      return validate(documents);
    } finally {
      progress.done();
    }
  }

  /** Loads files through a stream that counts the bytes read, for a progress display. */
  private static final class CountingLoad implements Function<Path, Document> {
    private final ReadOptions options;
    private final Progress progress;
    private final long total;
    private final int files;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();

    CountingLoad(List<Path> files, ReadOptions options, Progress progress) {
      this.options = options;
      this.progress = progress;
      this.files = files.size();
      long sum = 0;
      for (Path p : files) {
        try {
          sum += Files.size(p);
        } catch (IOException e) {
          // an unreadable file becomes a finding when it is loaded; it adds nothing here
        }
      }
      this.total = sum;
    }

    @Override
    public Document apply(Path path) {
      try {
        return Sources.load(path, options, raw -> new FilterInputStream(raw) {
          @Override
          public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
          }

          @Override
          public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count(Math.max(n, 0));
            return n;
          }
        });
      } finally {
        progress.reading(bytes.get(), total, done.incrementAndGet(), files);
      }
    }

    private void count(int n) {
      progress.reading(bytes.addAndGet(n), total, done.get(), files);
    }
  }

  /**
   * Validates documents already read (e.g. with {@link Sources#load(String, java.io.InputStream,
   * ReadOptions)}); the documents are validated as they are. The result keeps them.
   */
  public ValidationResult validate(List<Document> documents) {
    return new ValidationResult(checked(documents), documents.size(), documents);
  }

  /**
   * Runs the gate: reads the request's files, validates them together, and applies the
   * configuration, the baseline and the fail-on threshold, as {@code agendacheck validate} does.
   *
   * @throws Sources.NoSuchSourceException when a path does not exist
   * @throws NoDocumentsException when the paths hold no document
   */
  public Verdict gate(GateRequest request) throws IOException, NoDocumentsException {
    return gate(request, Progress.NONE);
  }

  /** As {@link #gate(GateRequest)}, telling a progress display how far the run has come. */
  public Verdict gate(GateRequest request, Progress progress)
      throws IOException, NoDocumentsException {
    List<Path> files = Gate.files(request);
    ValidationResult raw = validateFiles(files, request.effectiveReadOptions(), progress);
    return Gate.judge(rules(), raw, files, request);
  }

  /**
   * The findings of the documents together. When checking fails (a defect: a rule or the engine
   * raised an exception), each document is checked alone to find the ones it fails on; those are
   * reported with their internal-error finding, and the others are checked together again.
   */
  private List<org.agendacheck.engine.Finding> checked(List<Document> documents) {
    try {
      return validator.validate(documents);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      if (documents.size() == 1) {
        Document d = documents.get(0);
        return validator.validate(List.of(
            Document.unreadable(d.source(), org.agendacheck.model.Defect.problem("checking", e))));
      }
      java.util.List<Document> kept = new java.util.ArrayList<>();
      for (Document d : documents) {
        try {
          validator.validate(List.of(d));
          kept.add(d);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError alone) {
          kept.add(Document.unreadable(d.source(),
              org.agendacheck.model.Defect.problem("checking", alone)));
        }
      }
      try {
        return validator.validate(kept);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError together) {
        // Each checks alone but not together: references between them are not resolved.
        java.util.List<org.agendacheck.engine.Finding> found = new java.util.ArrayList<>();
        for (Document d : kept) {
          found.addAll(validator.validate(List.of(d)));
        }
        return found;
      }
    }
  }
}
