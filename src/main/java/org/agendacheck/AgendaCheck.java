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
    return buildProperty("version", "dev");
  }

  /** The project's home page, as the build declares it (SARIF's informationUri). */
  public static String homePage() {
    return buildProperty("url", "https://github.com/agendacheck/agendacheck");
  }

  private static String buildProperty(String key, String fallback) {
    try (java.io.InputStream in = AgendaCheck.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return fallback;
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty(key, fallback);
    } catch (IOException e) {
      return fallback;
    }
  }

  /**
   * This checker, giving tables whose source declares no rounding the given one (a configuration's
   * {@code rounding}); null: such tables are exact, as without a default.
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
    // the readers give it to the tables that declare none, naming it as their rounding's source
    ReadOptions options = defaultRounding != null && given.defaultRounding() == null
        ? given.withDefaultRounding(defaultRounding, "the default rounding") : given;
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
   * Validates documents already read (e.g. with {@link Sources#load(String, java.io.InputStream)}).
   * With a default rounding, tables that declare none take it first.
   */
  public ValidationResult validate(List<Document> documents) {
    if (defaultRounding != null) {
      for (Document d : documents) {
        d.tables().forEach(t -> t.useDefaultRounding(defaultRounding));
      }
    }
    return new ValidationResult(validator.validate(documents), documents.size());
  }
}
