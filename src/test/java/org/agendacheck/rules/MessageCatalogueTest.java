package org.agendacheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agendacheck.AgendaCheck;
import org.agendacheck.baseline.Baseline;
import org.agendacheck.baseline.Fingerprints;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Joined;
import org.agendacheck.engine.Language;
import org.agendacheck.engine.Messages;
import org.agendacheck.engine.Phrase;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.engine.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The message templates against the rules that use them, in every language: every rule of the
 * default catalogue has templates in English and Dutch, each template names exactly the arguments
 * its rule gives, and every template key belongs to a rule (or a reader problem, a phrase a rule
 * gives, or the words of the reports).
 *
 * <p>What a rule gives is learnt by running it: every rule fixture under {@code
 * src/test/resources/rules/} goes through the real engine, and each finding's template key and
 * argument names (and those of the phrases among its arguments, expected and actual values) are
 * recorded, and checked against the templates. A variant no fixture exercises must at least be
 * named by the code (a string literal of the variant or key in the main code or DRL), else it is
 * a key without a rule; its arguments are then not checked. What a reader gives is
 * learnt from the reader code: the reason and argument names of every {@code Problem.of} and
 * {@code Problem.at} call under {@code src/main/java}.
 */
class MessageCatalogueTest {
  private static final Pattern PROBLEM_CALL =
      Pattern.compile("Problem\\.(of|at)\\(|Defect\\.problem\\(\"([a-z]+)\"");
  private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*)\"");
  private static final Set<String> PROBLEM_RULES = Set.of("parse-error", "internal-error");

  private static Map<Language, Map<String, String>> templates;
  private static Uses uses;
  private static Set<String> ruleIds;

  /** What the rules and readers were seen to give: per template key, each use's argument names. */
  static final class Uses {
    final Map<String, List<Set<String>>> byKey = new TreeMap<>();
    final Map<String, String> where = new TreeMap<>();
    final Set<String> literalRules = new TreeSet<>();
    /** The string literals of the main code and the catalogue's DRL: the variants code names. */
    final Set<String> named = new TreeSet<>();

    void add(String key, Set<String> args, String at) {
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(args);
      where.putIfAbsent(key, at);
    }

    void addFinding(Finding f, String at) {
      if (f.getTemplateKey() == null) {
        literalRules.add(f.getRule());
        return;
      }
      add(f.getTemplateKey(), new TreeSet<>(f.getArgs().keySet()), at);
      for (Object v : f.getArgs().values()) {
        addPhrases(v, at);
      }
      addPhrases(f.getExpectedValue(), at);
      addPhrases(f.getActualValue(), at);
    }

    private void addPhrases(Object v, String at) {
      if (v instanceof Phrase p) {
        add(p.key(), new TreeSet<>(p.args().keySet()), at);
        p.args().values().forEach(x -> addPhrases(x, at));
      } else if (v instanceof Joined j) {
        j.items().forEach(x -> addPhrases(x, at));
      } else if (v instanceof Collection<?> c) {
        c.forEach(x -> addPhrases(x, at));
      }
    }
  }

  @BeforeAll
  static void observe() throws Exception {
    templates = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      templates.put(l, load(Messages.class, "messages_" + l.code() + ".properties"));
    }
    RuleBase rules = RuleBase.defaults();
    ruleIds = new TreeSet<>();
    rules.rules().forEach(r -> ruleIds.add(r.id()));
    uses = new Uses();
    AgendaCheck check = AgendaCheck.with(rules);
    for (String folder : RuleCases.folders()) {
      for (RuleCases.Case c : RuleCases.cases(folder)) {
        List<Finding> found = check.validatePaths(c.inputs()).findings();
        if (c.baseline() != null) {
          Path dir = c.baseline().getParent();
          found = Baseline.read(c.baseline()).apply(check.rules(), found,
              Fingerprints.of(found, dir), dir).reported();
        }
        String at = RuleCases.ROOT.relativize(c.input()).toString();
        found.forEach(f -> uses.addFinding(f, at));
      }
    }
    readerProblems(Path.of("src/main/java"), uses);
    literals(List.of(Path.of("src/main/java"), Path.of("rules")), uses.named);
  }

  private static final Pattern STRING = Pattern.compile("\"([a-z][a-z0-9.-]*)\"");

  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)*\\b");

  /**
   * The string literals (lower-case words, dashes and dots) and constants of every .java and .drl
   * file.
   */
  static void literals(List<Path> roots, Set<String> into) throws IOException {
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".drl"))
            .sorted().toList()) {
          String text = Files.readString(f);
          Matcher m = STRING.matcher(text);
          while (m.find()) {
            into.add(m.group(1));
          }
          // variants made from enum constants: TOO_MANY gives "too-many"
          Matcher e = CONSTANT.matcher(text);
          while (e.find()) {
            into.add(e.group().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
          }
        }
      }
    }
  }

  static Map<String, String> load(Class<?> near, String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = near.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, String> m = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
    return m;
  }

  /**
   * The reasons readers give, from their code: {@code Problem.of("reason", "name", value, ...)},
   * {@code Problem.at("reason", line, col, "name", value, ...)} (every literal of the reason
   * expression counts, so {@code n == 0 ? "a" : "b"} gives both) and {@code Defect.problem("during",
   * ...)}, whose reason is {@code during-defect} with a {@code detail}.
   */
  static void readerProblems(Path sources, Uses into) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(sources)) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      String text = Files.readString(file);
      Matcher m = PROBLEM_CALL.matcher(text);
      while (m.find()) {
        String at = sources.relativize(file).toString();
        if (m.group(2) != null) {
          into.add("internal-error." + m.group(2) + "-defect", Set.of("detail"), at);
          continue;
        }
        List<String> args = arguments(text, m.end());
        if (file.getFileName().toString().equals("Problem.java")
            || file.getFileName().toString().equals("Defect.java")) {
          continue; // the factories themselves
        }
        int first = m.group(1).equals("at") ? 3 : 1;
        Set<String> names = new TreeSet<>();
        for (int i = first; i < args.size(); i += 2) {
          Matcher lit = LITERAL.matcher(args.get(i).trim());
          names.add(lit.matches() ? lit.group(1) : "<not a literal: " + args.get(i).trim() + ">");
        }
        Matcher reasons = LITERAL.matcher(args.get(0));
        boolean any = false;
        while (reasons.find()) {
          into.add("parse-error." + reasons.group(1), names, at);
          any = true;
        }
        if (!any) {
          into.add("parse-error.<computed: " + args.get(0).trim() + ">", names, at);
        }
      }
    }
  }

  /** The top-level arguments of a call whose opening parenthesis ends before {@code from}. */
  private static List<String> arguments(String text, int from) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    boolean inString = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        cur.append(c);
        if (c == '\\') {
          cur.append(text.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (c == '"') {
        inString = true;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          out.add(cur.toString());
          return out;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(cur.toString());
        cur.setLength(0);
        continue;
      }
      cur.append(c);
    }
    throw new IllegalStateException("unbalanced call at " + from);
  }

  /**
   * Every disagreement between templates and what gives their arguments, one line each; empty
   * when the catalogue is consistent.
   *
   * @param templates per language, key to template
   * @param uses what rules and readers were seen to give
   * @param ruleIds the catalogue's rule ids
   */
  static List<String> problems(Map<Language, Map<String, String>> templates, Uses uses,
      Set<String> ruleIds) {
    List<String> out = new ArrayList<>();
    for (String rule : uses.literalRules) {
      out.add(rule + " builds its message as a literal .message(...) instead of a template");
    }
    for (Language l : Language.values()) {
      Map<String, String> t = templates.get(l);
      for (String rule : ruleIds) {
        boolean has = t.keySet().stream().anyMatch(k -> !k.endsWith(".description")
            && (k.equals(rule) || k.startsWith(rule + ".")));
        if (!has) {
          out.add(rule + " has no template in " + l.code());
        }
      }
      for (var e : uses.byKey.entrySet()) {
        String key = e.getKey();
        String template = t.get(key);
        if (template == null) {
          out.add(key + " (given by " + uses.where.get(key) + ") has no template in " + l.code());
          continue;
        }
        Set<String> named = Messages.argumentNames(template);
        for (Set<String> given : e.getValue()) {
          for (String n : named) {
            if (!given.contains(n)) {
              out.add(key + " in " + l.code() + " names {" + n + "}, which "
                  + uses.where.get(key) + " does not give (it gives " + given + ")");
            }
          }
          for (String g : given) {
            if (!named.contains(g)) {
              out.add(key + " in " + l.code() + " does not use the argument " + g + " that "
                  + uses.where.get(key) + " gives");
            }
          }
        }
      }
      for (String key : t.keySet()) {
        if (key.startsWith("report.") || uses.byKey.containsKey(key)) {
          continue;
        }
        String head = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        if (key.endsWith(".description") && ruleIds.contains(head)
            && key.equals(head + ".description")) {
          continue;
        }
        if (!ruleIds.contains(head) && !key.startsWith("phrase.")) {
          out.add(key + " in " + l.code() + " belongs to no rule of the catalogue");
        } else if (PROBLEM_RULES.contains(head)) {
          out.add(key + " in " + l.code() + " is a reason no reader gives");
        } else if (key.equals(head)) {
          out.add(key + " in " + l.code() + " is given by no rule fixture (no fixture's finding"
              + " uses it: add a fixture for it, or remove it)");
        } else if (!uses.named.contains(key)
            && !uses.named.contains(key.substring(head.length() + 1))) {
          // a variant no fixture exercises must at least be named by the code that gives it
          out.add(key + " in " + l.code() + " is a variant no rule gives (no fixture's finding"
              + " uses it and no code names it)");
        }
      }
    }
    Map<String, String> nl = templates.get(Language.NL);
    for (String rule : ruleIds) {
      if (!nl.containsKey(rule + ".description")) {
        out.add(rule + " has no Dutch description (" + rule + ".description in nl)");
      }
    }
    if (templates.get(Language.EN).keySet().stream().anyMatch(k -> k.endsWith(".description"))) {
      out.add("English descriptions are the rules' @description, not templates");
    }
    // The words of the reports: the same keys and arguments in every language.
    Map<String, String> en = templates.get(Language.EN);
    for (Language l : Language.values()) {
      for (String key : templates.get(l).keySet()) {
        if (key.startsWith("report.")) {
          String other = l == Language.EN ? nl.get(key) : en.get(key);
          Language o = l == Language.EN ? Language.NL : Language.EN;
          if (other == null) {
            out.add(key + " is in " + l.code() + " but not in " + o.code());
          } else if (!new TreeSet<>(Messages.argumentNames(other))
              .equals(new TreeSet<>(Messages.argumentNames(templates.get(l).get(key))))) {
            out.add(key + " names other arguments in " + l.code() + " than in " + o.code());
          }
        }
      }
    }
    return List.copyOf(new LinkedHashSet<>(out));
  }

  @Test
  void everyRuleOfTheCatalogueHasTemplatesThatNameExactlyTheArgumentsItGives() {
    assertFalse(uses.byKey.isEmpty(), "no finding was observed");
    assertTrue(uses.byKey.keySet().stream().anyMatch(k -> k.startsWith("parse-error.")),
        "no reader problem was found in the code");
    assertEquals("", String.join("\n", problems(templates, uses, ruleIds)));
  }

  @Test
  void everyRuleHasADescriptionInBothLanguages() {
    RuleBase rules = RuleBase.defaults();
    for (RuleInfo r : rules.rules()) {
      String en = rules.description(r, Language.EN);
      String nl = rules.description(r, Language.NL);
      assertFalse(en.isBlank(), r.id());
      assertFalse(nl.isBlank(), r.id());
      assertFalse(nl.equals(en), () -> r.id() + " has no Dutch description of its own: " + nl);
    }
  }

  // The negative cases: the same check on the real catalogue with one thing broken at a time.

  /** The problems of broken templates that the catalogue as committed does not have. */
  private static List<String> added(Map<Language, Map<String, String>> broken, Set<String> ids) {
    List<String> before = problems(templates, uses, ruleIds);
    return problems(broken, uses, ids).stream().filter(p -> !before.contains(p)).toList();
  }

  private static Map<Language, Map<String, String>> copy() {
    Map<Language, Map<String, String>> m = new EnumMap<>(Language.class);
    templates.forEach((l, t) -> m.put(l, new TreeMap<>(t)));
    return m;
  }

  @Test
  void aMissingDutchTemplateFails() {
    Map<Language, Map<String, String>> t = copy();
    t.get(Language.NL).remove("pm-entry");
    assertEquals(List.of("pm-entry has no template in nl",
            "pm-entry (given by " + uses.where.get("pm-entry") + ") has no template in nl"),
        added(t, ruleIds));
  }

  @Test
  void aTemplateNamingAnArgumentTheRuleDoesNotGiveFails() {
    Map<Language, Map<String, String>> t = copy();
    t.get(Language.EN).put("pm-entry", "PM in {column} of {year}");
    List<String> p = added(t, ruleIds);
    assertFalse(p.isEmpty());
    assertTrue(p.stream().allMatch(s -> s.startsWith("pm-entry in en names {year}")), p::toString);
  }

  @Test
  void anArgumentNoTemplateUsesFails() {
    Map<Language, Map<String, String>> t = copy();
    t.get(Language.NL).put("pm-entry", "PM (bedrag nog niet bekend)");
    List<String> p = added(t, ruleIds);
    assertFalse(p.isEmpty());
    assertTrue(p.stream().allMatch(s -> s.startsWith("pm-entry in nl does not use the argument "
        + "column")), p::toString);
  }

  @Test
  void aKeyWithoutARuleFails() {
    Map<Language, Map<String, String>> t = copy();
    t.get(Language.EN).put("no-such-rule", "never said");
    t.get(Language.NL).put("pm-entry.nooit-gegeven", "nooit gezegd");
    t.get(Language.NL).put("parse-error.no-such-reason", "nooit gezegd");
    assertEquals(List.of("no-such-rule in en belongs to no rule of the catalogue",
            "parse-error.no-such-reason in nl is a reason no reader gives",
            "pm-entry.nooit-gegeven in nl is a variant no rule gives (no fixture's finding uses"
                + " it and no code names it)"),
        added(t, ruleIds));
  }

  @Test
  void aMissingDutchDescriptionFails() {
    Map<Language, Map<String, String>> t = copy();
    t.get(Language.NL).remove("pm-entry.description");
    assertEquals(List.of("pm-entry has no Dutch description (pm-entry.description in nl)"),
        added(t, ruleIds));
  }

  @Test
  void aRuleThatIsNotInTheCatalogueFailsWhenItHasNoTemplate() {
    Set<String> more = new TreeSet<>(ruleIds);
    more.add("unwritten-rule");
    assertEquals(List.of("unwritten-rule has no template in en",
            "unwritten-rule has no template in nl",
            "unwritten-rule has no Dutch description (unwritten-rule.description in nl)"),
        added(templates, more));
  }

  /** Through the engine: a rule that gives a literal message, or arguments its template lacks. */
  @Test
  void whatARuleGivesIsLearntByRunningIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("demo.drl"), """
        package demo;
        import org.agendacheck.engine.Finding;
        import org.agendacheck.model.Cell;
        import org.agendacheck.model.Row;
        rule "demo-pm"
          @id("demo-pm") @severity("warning") @description("a PM cell")
        when
          $r : Row( anyPm ) $c : Cell( pm ) from $r.amountCells
        then
          insert(Finding.on(drools, $c).arg("column", $c.getColumn().getKey()).arg("row", $r.getLabel()));
        end
        rule "demo-literal"
          @id("demo-literal") @severity("info") @description("a total row")
        when
          $r : Row( total )
        then
          insert(Finding.on(drools, $r).message("a total"));
        end
        """);
    AgendaCheck check = AgendaCheck.withRules(List.of(dir.resolve("demo.drl")), false);
    Uses seen = new Uses();
    check.validatePaths(List.of(Path.of("samples/nds-investeringsagenda-2025.json"))).findings()
        .forEach(f -> seen.addFinding(f, "demo"));
    Map<Language, Map<String, String>> t = new EnumMap<>(Language.class);
    t.put(Language.EN, new TreeMap<>(Map.of("demo-pm", "PM in {column}", "demo-literal", "x",
        "demo-pm.description", "a PM cell")));
    t.put(Language.NL, new TreeMap<>(Map.of("demo-pm", "PM in {column} van {year}",
        "demo-literal", "x", "demo-pm.description", "een PM-cel",
        "demo-literal.description", "een totaalregel")));
    assertEquals(List.of("demo-literal builds its message as a literal .message(...) instead of a"
            + " template",
            "demo-pm in en does not use the argument row that demo gives",
            "demo-literal in en is given by no rule fixture (no fixture's finding uses it: add a"
                + " fixture for it, or remove it)",
            "demo-pm in nl names {year}, which demo does not give (it gives [column, row])",
            "demo-pm in nl does not use the argument row that demo gives",
            "demo-literal in nl is given by no rule fixture (no fixture's finding uses it: add a"
                + " fixture for it, or remove it)",
            "English descriptions are the rules' @description, not templates"),
        problems(t, seen, Set.of("demo-pm", "demo-literal")));
  }
}
