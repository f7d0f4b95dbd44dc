package org.agendacheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;

/**
 * A compiled rule catalogue: the Drools knowledge base and the metadata of every rule in it.
 * Compiling is the expensive part of a run; build one rule base per process and reuse it.
 */
public final class RuleBase {
  /** Where the default catalogue's DRL files are packed, on the class path. */
  public static final String DEFAULT_RULES = "org/agendacheck/rules/";

  /** Drools files {@code @description} under the name of its own Description annotation. */
  private static final String DESCRIPTION_KEY = "org.kie.api.definition.type.Description";
  private static final String RESOURCES = "src/main/resources/";
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static volatile RuleBase defaults;

  /**
   * The rule network, built once: by the first caller of {@link #kieBase()}, or beforehand by the
   * thread {@link #preloadDefaults} starts. The rules' metadata is known before it is built, so a
   * run reads its files while the network is made.
   */
  private final FutureTask<KieBase> network;
  private final Map<String, RuleInfo> rules;
  private final boolean documentLocal;
  /** Null for the catalogue's own, whose class is loaded when they are first needed. */
  private final Messages messages;

  RuleBase(KieBase kieBase, Map<String, RuleInfo> rules) {
    this(built(kieBase), rules, false, null);
  }

  /** A rule base whose network is built when it is first needed. */
  RuleBase(Callable<KieBase> network, Map<String, RuleInfo> rules) {
    this(new FutureTask<>(network), rules, false, null);
  }

  private RuleBase(FutureTask<KieBase> network, Map<String, RuleInfo> rules,
      boolean documentLocal, Messages messages) {
    this.network = network;
    this.rules = rules;
    this.documentLocal = documentLocal;
    this.messages = messages;
  }

  private static FutureTask<KieBase> built(KieBase base) {
    FutureTask<KieBase> t = new FutureTask<>(() -> base);
    t.run();
    return t;
  }

  /**
   * The message templates of this rule base: the catalogue's, and those user rules ship beside
   * their rule files ({@code messages_nl.properties}), which are looked up first.
   */
  public Messages messages() {
    return messages != null ? messages : Messages.builtIn();
  }

  /**
   * A rule's description in a language: the template {@code <rule-id>.description} where there is
   * one, else the rule's own {@code @description}.
   */
  public String description(RuleInfo rule, Language lang) {
    String t = messages().template(lang, rule.id() + ".description");
    return t != null ? t : rule.description();
  }

  /**
   * True when no rule joins facts of two documents, so documents may be validated in separate
   * sessions: known of the default catalogue (references arrive as derived pair facts); user rules
   * may join anything, so a rule base with them runs one session.
   */
  public boolean isDocumentLocal() {
    return documentLocal;
  }

  /**
   * The default catalogue, once per process: as the build precompiled it when that matches the DRL
   * on the class path, else compiled from the DRL.
   */
  public static RuleBase defaults() {
    RuleBase r = defaults;
    if (r == null) {
      synchronized (RuleBase.class) {
        r = defaults;
        if (r == null) {
          try {
            r = PrecompiledRules.loadPacked();
            if (r == null) {
              List<RuleSource> sources = defaultSources();
              r = PrecompiledRules.load(sources);
              if (r == null) {
                r = compile(sources);
              }
            }
            r = new RuleBase(r.network, r.rules, true, null);
          } catch (RuleBuildException e) {
            throw new IllegalStateException("the default rule catalogue does not build:\n"
                + e.getMessage(), e);
          }
          defaults = r;
        }
      }
    }
    return r;
  }

  /**
   * Starts loading the default catalogue on a background thread, so that it is ready (or nearly)
   * when {@link #defaults()} is first called; a process that starts with other work (parsing its
   * command line, reading files) overlaps the two. A failure is left for that call to report.
   */
  public static void preloadDefaults() {
    preloadDefaults(() -> { });
  }

  /** As {@link #preloadDefaults()}, running {@code whenDone} on that thread once it ends. */
  public static void preloadDefaults(Runnable whenDone) {
    Thread t = new Thread(() -> {
      try {
        defaults().kieBase();
      } catch (RuntimeException | LinkageError e) {
        // defaults() fails the same way when the run asks for the rules, and says why there
      }
      whenDone.run();
    }, "agendacheck-rules");
    t.setDaemon(true);
    t.start();
    // The message templates (two property files) load on a thread of their own, beside the
    // network, which a cold start waits for.
    Thread m = new Thread(Messages::builtIn, "agendacheck-messages");
    m.setDaemon(true);
    m.start();
  }

  /** The DRL files of the default catalogue, sorted by name. */
  public static List<RuleSource> defaultSources() {
    List<RuleSource> out = new ArrayList<>();
    try {
      // Every class-path entry that holds the package folder is searched: test classes share it.
      for (URL url : java.util.Collections.list(
          RuleBase.class.getClassLoader().getResources(DEFAULT_RULES))) {
        URI uri = url.toURI();
        if ("jar".equals(uri.getScheme())) {
          FileSystem fs;
          try {
            fs = FileSystems.getFileSystem(uri);
          } catch (FileSystemNotFoundException e) {
            fs = FileSystems.newFileSystem(uri, Map.of());
          }
          out.addAll(readDrl(fs.getPath(DEFAULT_RULES)));
        } else {
          out.addAll(readDrl(Path.of(uri)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("the default rules are missing from the class path");
    }
    out.sort(Comparator.comparing(RuleSource::name));
    return out;
  }

  private static List<RuleSource> readDrl(Path dir) throws IOException {
    List<RuleSource> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".drl"))
          .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList()) {
        try (InputStream in = Files.newInputStream(p)) {
          out.add(new RuleSource(p.getFileName().toString(), "default", in.readAllBytes()));
        }
      }
    }
    return out;
  }

  /**
   * Compiles rule files into one rule base: DRL files, and decision tables (.xlsx, .xls, .csv in
   * Drools' decision-table format), which are compiled to DRL the way Drools does it.
   *
   * @throws RuleBuildException when a file does not compile, or a rule lacks its id, severity or
   *     description, or two rules share an id; each problem names the file and line (for a table:
   *     the row, and the cell the rule's values start at)
   */
  public static RuleBase compile(List<RuleSource> sources) throws RuleBuildException {
    List<String> problems = new ArrayList<>();
    List<RuleText> texts = new ArrayList<>();
    for (RuleSource s : sources) {
      try {
        texts.add(RuleText.of(s));
      } catch (RuleBuildException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleBuildException(problems);
    }
    KieServices ks = KieServices.Factory.get();
    Map<String, RuleText> byPath = new HashMap<>();
    KieBuilder builder = ks.newKieBuilder(fileSystem(ks, texts, byPath)).buildAll();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      RuleText t = textAt(byPath, m.getPath());
      String where = t == null ? Objects.toString(m.getPath(), "rules") + ":"
          + Math.max(m.getLine(), 0) + ": " : t.where(t.lineOf(m.getLine(), m.getText()));
      problems.add(where + oneLine(m.getText()));
    }
    if (!problems.isEmpty()) {
      throw new RuleBuildException(problems);
    }
    KieBase base = ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    return new RuleBase(base, describe(base, byPath, texts));
  }

  /**
   * Compiles the rule files under the given paths, with or without the default catalogue, into one
   * rule base. A path is a rule file, or a folder searched recursively (in sorted order) for
   * .drl files and decision tables (.xlsx, .xls, .csv).
   *
   * @throws RuleFiles.NoRuleFileException when a path does not exist or holds no rule file
   * @throws RuleBuildException when the rules do not compile or their metadata is wrong
   */
  public static RuleBase load(List<Path> paths, boolean withDefaults)
      throws IOException, RuleBuildException {
    List<RuleSource> sources = new ArrayList<>();
    if (withDefaults) {
      sources.addAll(defaultSources());
    }
    sources.addAll(RuleFiles.read(paths));
    RuleBase compiled = compile(sources);
    List<Path> folders = new ArrayList<>();
    for (Path p : paths) {
      Path folder = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
      if (folder != null && !folders.contains(folder)) {
        folders.add(folder);
      }
    }
    return new RuleBase(compiled.network, compiled.rules, false,
        Messages.builtIn().withFolders(folders));
  }

  /**
   * The rule files as Drools' builder takes them, each at a path in its package's folder; fills
   * {@code byPath} with the file at each path.
   */
  static KieFileSystem fileSystem(KieServices ks, List<RuleText> texts,
      Map<String, RuleText> byPath) {
    KieFileSystem kfs = ks.newKieFileSystem();
    for (RuleText t : texts) {
      String path = pathFor(t, byPath.size());
      byPath.put(path, t);
      kfs.write(RESOURCES + path, ks.getResources()
          .newByteArrayResource(t.drl().getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .setResourceType(ResourceType.DRL).setSourcePath(path));
    }
    return kfs;
  }

  private static RuleText textAt(Map<String, RuleText> byPath, String path) {
    if (path == null) {
      return null;
    }
    String p = path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    return byPath.get(p);
  }

  /** A path in the package's folder, as Drools expects, made unique by the file's position. */
  private static String pathFor(RuleText t, int n) {
    java.util.regex.Matcher m = PACKAGE.matcher(t.drl());
    String folder = m.find() ? m.group(1).replace('.', '/') + "/" : "";
    return folder + n + "-" + t.source().family().replaceAll("[^A-Za-z0-9._-]", "_") + ".drl";
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  private static Map<String, RuleInfo> describe(KieBase base, Map<String, RuleText> byPath,
      List<RuleText> texts) throws RuleBuildException {
    List<String> problems = new ArrayList<>();
    record Described(RuleInfo info, int order, int line, String where, String place) {}
    List<Described> found = new ArrayList<>();
    for (KiePackage pkg : base.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        RuleText src = sourceOf(rule, byPath);
        int drlLine = src == null ? 0 : src.ruleLine(rule.getName());
        String where = (src == null ? "rules: " : src.where(drlLine))
            + "rule \"" + rule.getName() + "\"";
        Map<String, Object> meta = rule.getMetaData();
        String id = text(meta.get("id"));
        Severity severity = Severity.parse(text(meta.get("severity")));
        String description = text(meta.getOrDefault("description", meta.get(DESCRIPTION_KEY)));
        if (id == null || !ID.matcher(id).matches()) {
          problems.add(where + " needs @id(\"lower-case-words\"), has " + meta.get("id"));
          continue;
        }
        if (severity == null) {
          problems.add(where + " needs @severity(\"error\" | \"warning\" | \"info\"), has "
              + meta.get("severity"));
        }
        if (description == null || description.isBlank()) {
          problems.add(where + " needs @description(\"...\")");
        }
        String origin = src == null ? "default" : src.source().origin();
        String family = src == null ? pkg.getName() : src.source().family();
        String place = "default".equals(origin) ? "the default catalogue, " + family + ".drl"
            : origin + ":" + src.line(drlLine);
        found.add(new Described(new RuleInfo(id, severity, description, family, origin),
            src == null ? -1 : texts.indexOf(src), src == null ? 0 : src.line(drlLine), where,
            place));
      }
    }
    // Sorted by id, then by where the rule stands in the files as given: the default catalogue
    // comes first, so a clash is reported at the user's rule, and within a file at the later one.
    found.sort(Comparator.comparing((Described d) -> d.info().id())
        .thenComparingInt(Described::order).thenComparingInt(Described::line)
        .thenComparing(Described::where));
    Map<String, Described> byId = new LinkedHashMap<>();
    for (Described d : found) {
      Described before = byId.putIfAbsent(d.info().id(), d);
      if (before != null) {
        problems.add(d.where() + ": rule id \"" + d.info().id() + "\" is used twice (also in "
            + before.place() + ")");
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleBuildException(problems);
    }
    Map<String, RuleInfo> rules = new LinkedHashMap<>();
    byId.forEach((id, d) -> rules.put(id, d.info()));
    return rules;
  }

  private static RuleText sourceOf(Rule rule, Map<String, RuleText> byPath) {
    if (rule instanceof RuleImpl impl && impl.getResource() != null) {
      return textAt(byPath, impl.getResource().getSourcePath());
    }
    return null;
  }

  private static String text(Object v) {
    if (v == null) {
      return null;
    }
    String s = v.toString();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }

  /**
   * The Drools knowledge base, for embedding callers that open their own sessions; the first call
   * builds it, or waits for the thread that is building it.
   *
   * @throws IllegalStateException when the network cannot be built (a damaged jar)
   */
  public KieBase kieBase() {
    // A no-op when another thread has started or finished the build; get() then waits for it.
    network.run();
    try {
      return network.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the rules were built", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("the rules do not build: " + cause, cause);
    }
  }

  /** Every rule, sorted by id. */
  public List<RuleInfo> rules() {
    return List.copyOf(rules.values());
  }

  /** The rule with the id, or null. */
  public RuleInfo rule(String id) {
    return rules.get(id);
  }
}
