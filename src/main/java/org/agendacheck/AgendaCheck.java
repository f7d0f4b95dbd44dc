package org.agendacheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
    List<Path> files = Sources.expand(paths);
    // Files are read independently, on every core; the list keeps their order.
    List<Document> documents = files.size() < 2 ? files.stream().map(Sources::load).toList()
        : files.parallelStream().map(Sources::load).toList();
    return validate(documents);
  }

  /** Validates documents already read (e.g. with {@link Sources#load(String, java.io.InputStream)}). */
  public ValidationResult validate(List<Document> documents) {
    return new ValidationResult(validator.validate(documents), documents.size());
  }
}
