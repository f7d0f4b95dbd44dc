package org.agendacheck;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.engine.Validator;
import org.agendacheck.model.Document;
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

  private AgendaCheck(RuleBase rules) {
    this.validator = new Validator(rules);
  }

  /** A checker with the default rule catalogue (compiled once per process). */
  public static AgendaCheck withDefaultRules() {
    return new AgendaCheck(RuleBase.defaults());
  }

  /** A checker with the given rule base. */
  public static AgendaCheck with(RuleBase rules) {
    return new AgendaCheck(rules);
  }

  /** The version of this library, as built ("dev" when run from unpacked classes without it). */
  public static String version() {
    try (java.io.InputStream in = AgendaCheck.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
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
    return validatePaths(paths, Progress.NONE);
  }

  /**
   * As {@link #validatePaths(List)}, telling a progress display how far the run has come.
   *
   * @throws Sources.NoSuchSourceException when a path does not exist
   */
  public ValidationResult validatePaths(List<Path> paths, Progress progress) throws IOException {
    List<Path> files = Sources.expand(paths);
    Function<Path, Document> load = progress == Progress.NONE ? Sources::load
        : new CountingLoad(files, progress);
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
    private final Progress progress;
    private final long total;
    private final int files;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();

    CountingLoad(List<Path> files, Progress progress) {
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
      InputStream raw;
      try {
        raw = Files.newInputStream(path);
      } catch (IOException e) {
        return Sources.load(path);
      }
      try (InputStream in = new FilterInputStream(raw) {
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
      }) {
        return Sources.load(path.toString(), in);
      } catch (IOException e) {
        return Sources.load(path);
      } finally {
        progress.reading(bytes.get(), total, done.incrementAndGet(), files);
      }
    }

    private void count(int n) {
      progress.reading(bytes.addAndGet(n), total, done.get(), files);
    }
  }

  /** Validates documents already read (e.g. with {@link Sources#load(String, java.io.InputStream)}). */
  public ValidationResult validate(List<Document> documents) {
    return new ValidationResult(validator.validate(documents), documents.size());
  }
}
