package org.agendacheck.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Language;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.engine.Severity;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.RoundingMode;

/**
 * A repository's settings, from {@code agendacheck.json}:
 *
 * <pre>{@code
 * {"rules": {"pm-entry": "info", "no-total": "off"},
 *  "include": ["begroting/**"], "exclude": ["begroting/concept-*.json"],
 *  "rounding": {"mode": "up", "step": 5}, "lang": "nl"}
 * }</pre>
 *
 * <p>Every key is optional. {@code rules} sets a rule's severity ({@code error}, {@code warning},
 * {@code info}) or turns it {@code off}; {@code include} and {@code exclude} filter the files a
 * directory walk finds (a file named on the command line is always read); {@code rounding} is used
 * by documents that declare none; {@code lang} is the language of messages and summaries
 * ({@code en} or {@code nl}; the command line's {@code --lang} wins).
 *
 * @param source the file it was read from, or null for no configuration
 * @param severities the severity per rule id; an empty optional means off
 * @param include patterns a walked file must match one of (empty: every file)
 * @param exclude patterns no walked file may match
 * @param rounding the default rounding, or null
 * @param lang the language of messages, or null for the default (English)
 * @param references references declared for tables by id ({@code "references"}: a row republishes
 *     a row of another document, or a whole table another's rows by label)
 */
public record Config(Path source, Map<String, Optional<Severity>> severities, List<Glob> include,
    List<Glob> exclude, Rounding rounding, Language lang,
    List<org.agendacheck.model.RefDeclaration> references) {
  /** The file name looked up in the working directory. */
  public static final String FILE_NAME = "agendacheck.json";
  /** No configuration: every rule at its default severity, every file, no default rounding. */
  public static final Config NONE = new Config(null, Map.of(), List.of(), List.of(), null, null,
      List.of());
  private static final Set<String> KEYS =
      Set.of("rules", "severity", "include", "exclude", "rounding", "lang", "references");

  /**
   * The parser of configuration files, made when the first one is read: a run without one (the
   * usual case) does not pay the 35 to 55 ms a first ObjectMapper costs at start-up.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  public Config {
    severities = Map.copyOf(severities);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    references = references == null ? List.of() : List.copyOf(references);
  }

  /** A configuration without declared references. */
  public Config(Path source, Map<String, Optional<Severity>> severities, List<Glob> include,
      List<Glob> exclude, Rounding rounding, Language lang) {
    this(source, severities, include, exclude, rounding, lang, List.of());
  }

  /**
   * Reads a configuration and checks its rule ids against the rule base.
   *
   * @throws ConfigException when the file is missing, not valid JSON, or has an unknown key, rule
   *     id, severity or rounding; the message names the file and the problem
   */
  public static Config load(Path file, RuleBase rules) throws ConfigException {
    String name = file.toString();
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ConfigException("config " + name + ": no such file");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ConfigException("config " + name
          + (at == null || at.getLineNr() <= 0 ? "" : ":" + at.getLineNr())
          + ": not valid JSON: " + e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ")
              .replaceAll("\\[Source: [^;]*; ", "[").trim());
    } catch (IOException e) {
      throw new ConfigException("config " + name + ": cannot read it: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw bad(name, "the configuration must be a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw bad(name, "unknown key \"" + key
            + "\"; use rules, severity, include, exclude, rounding, lang or references");
      }
    }
    Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
    JsonNode ruleNode = root.path("severity");
    if (!ruleNode.isMissingNode()) {
      if (!ruleNode.isObject()) {
        throw bad(name, "\"severity\" must be an object of rule id to error, warning, info or off");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = ruleNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (rules.rule(e.getKey()) == null) {
          throw bad(name, "unknown rule id \"" + e.getKey() + "\" in \"severity\" (agendacheck "
              + "rules lists them)");
        }
        String value = e.getValue().isTextual() ? e.getValue().asText() : null;
        if (value != null && value.trim().toLowerCase(Locale.ROOT).equals("off")) {
          severities.put(e.getKey(), Optional.empty());
          continue;
        }
        Severity s = Severity.parse(value);
        if (s == null) {
          throw bad(name, "rule \"" + e.getKey() + "\": severity must be error, warning, info or "
              + "off, found " + e.getValue());
        }
        severities.put(e.getKey(), Optional.of(s));
      }
    }
    Language lang = null;
    JsonNode langNode = root.get("lang");
    if (langNode != null && !langNode.isNull()) {
      lang = langNode.isTextual() ? Language.parse(langNode.asText()) : null;
      if (lang == null) {
        throw bad(name, "\"lang\" must be en or nl, found " + langNode);
      }
    }
    List<org.agendacheck.model.RefDeclaration> references;
    try {
      references = org.agendacheck.read.DeclaredReferences.parse(root.get("references"), true,
          file.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw bad(name, e.getMessage());
    }
    return new Config(file, severities, globs(name, root, "include"), globs(name, root, "exclude"),
        rounding(name, root.get("rounding")), lang, references);
  }

  private static List<Glob> globs(String name, JsonNode root, String key) throws ConfigException {
    JsonNode n = root.path(key);
    List<Glob> out = new ArrayList<>();
    if (n.isMissingNode()) {
      return out;
    }
    if (!n.isArray()) {
      throw bad(name, "\"" + key + "\" must be an array of path patterns");
    }
    for (JsonNode g : n) {
      if (!g.isTextual() || g.asText().isBlank()) {
        throw bad(name, "\"" + key + "\" must hold path patterns (strings), found " + g);
      }
      out.add(Glob.of(g.asText()));
    }
    return out;
  }

  private static Rounding rounding(String name, JsonNode n) throws ConfigException {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isObject()) {
      throw bad(name, "\"rounding\" must be an object like {\"mode\": \"up\", \"step\": 5}");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("mode") && !key.equals("step") && !key.equals("totals")) {
        throw bad(name, "unknown key \"rounding." + key + "\"; use mode, step and totals");
      }
    }
    RoundingMode mode = n.path("mode").isTextual() ? RoundingMode.parse(n.path("mode").asText())
        : null;
    if (mode == null) {
      throw bad(name, "\"rounding.mode\" must be up, down, nearest or none, found "
          + n.path("mode"));
    }
    if (mode == RoundingMode.NONE) {
      return Rounding.NONE;
    }
    JsonNode step = n.path("step");
    if (!step.isNumber()) {
      throw bad(name, "\"rounding\" with mode " + mode.contractName() + " needs a numeric \"step\"");
    }
    BigDecimal s = step.decimalValue();
    if (s.signum() <= 0) {
      throw bad(name, "\"rounding.step\" must be positive, found " + s.toPlainString());
    }
    JsonNode totals = n.path("totals");
    Boolean exact = totals.isMissingNode() || totals.isNull() ? Boolean.FALSE
        : totals.isTextual() ? Rounding.parseTotals(totals.asText()) : null;
    if (exact == null) {
      throw bad(name, "\"rounding.totals\" must be exact or interval, found " + totals);
    }
    return new Rounding(mode, s, exact);
  }

  private static ConfigException bad(String name, String message) {
    return new ConfigException("config " + name + ": " + message);
  }

  /**
   * The rule paths a configuration names under {@code "rules"} (files or folders of DRL and
   * decision tables), resolved against the configuration's folder; empty without a configuration.
   * They are read before the configuration itself is checked, since its severities may name the
   * rules they hold.
   *
   * @throws ConfigException when the file is not JSON or "rules" is not an array of strings
   */
  public static List<Path> rulePaths(Path explicit, Path workingDirectory) throws ConfigException {
    Path file = explicit != null ? explicit : workingDirectory.resolve(FILE_NAME);
    if (explicit == null && !Files.isRegularFile(file)) {
      return List.of();
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      return List.of(); // load() names the problem
    }
    JsonNode n = root == null ? null : root.get("rules");
    if (n == null) {
      return List.of();
    }
    if (!n.isArray()) {
      throw bad(file.toString(), "\"rules\" must be an array of rule files or folders");
    }
    Path base = file.toAbsolutePath().getParent();
    List<Path> out = new ArrayList<>();
    for (JsonNode e : n) {
      if (!e.isTextual()) {
        throw bad(file.toString(), "\"rules\" must be an array of rule files or folders, found "
            + e);
      }
      out.add(relative(workingDirectory, base.resolve(e.asText()).normalize()));
    }
    return out;
  }

  private static Path relative(Path workingDirectory, Path p) {
    Path wd = workingDirectory.toAbsolutePath().normalize();
    return p.startsWith(wd) ? wd.relativize(p) : p;
  }

  /**
   * Looks up the configuration: the given file, else {@code agendacheck.json} in the working
   * directory when there is one, else {@link #NONE}.
   */
  public static Config find(Path explicit, Path workingDirectory, RuleBase rules)
      throws ConfigException {
    if (explicit != null) {
      return load(explicit, rules);
    }
    Path implicit = workingDirectory.resolve(FILE_NAME);
    return Files.isRegularFile(implicit) ? load(implicit, rules) : NONE;
  }

  /**
   * The finding with this configuration's severity for its rule, or null when the rule is off; a
   * finding that stands for the findings its slip causes is configured finding by finding.
   */
  public Finding apply(Finding f) {
    return f.getConsequences().isEmpty() ? applyOne(f) : f.configured(this::applyOne);
  }

  private Finding applyOne(Finding f) {
    Optional<Severity> s = severities.get(f.getRule());
    if (s == null) {
      return f;
    }
    if (s.isEmpty()) {
      return null;
    }
    return s.get() == f.getSeverity() ? f : f.withSeverity(s.get());
  }

  /** True when include or exclude patterns leave out some of the files a directory walk finds. */
  public boolean filtersWalks() {
    return !include.isEmpty() || !exclude.isEmpty();
  }

  /** True when a file found by a directory walk is read (path relative, forward slashes). */
  public boolean walks(String relativePath) {
    if (!include.isEmpty() && include.stream().noneMatch(g -> g.matches(relativePath))) {
      return false;
    }
    return exclude.stream().noneMatch(g -> g.matches(relativePath));
  }
}
