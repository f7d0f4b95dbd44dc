package org.agendacheck.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.agendacheck.cli.Main;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.read.Sources;

/**
 * {@code agendacheck bench [--quick] [options]} ({@link #USAGE}): generates inputs, runs agendacheck on them and, in the same
 * run, the two references (a bare JVM start and a bare Jackson parse-and-sum loop), then prints the
 * ratios and peak memory of every case and whether the planted defects were found.
 *
 * <p>Cold starts are child processes ({@code java -jar agendacheck.jar validate ...}); throughput is
 * measured inside child JVMs with a fixed heap, so every case gets a fresh, equal JVM. Peak memory
 * of a child is its VmHWM (peak resident set) from {@code /proc}; inside a JVM, the peak use of the
 * heap pools. Exit code: 0 when every case found exactly its planted defects, 1 when one did not, 2
 * for a usage error.
 */
public final class Bench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String NDS = "samples/nds-investeringsagenda-2025.json";

  private final PrintStream out;
  private final PrintStream err;
  private final Options options;
  private final List<String[]> table = new ArrayList<>();
  private final List<String> verdicts = new ArrayList<>();
  private boolean mismatch;

  private Bench(Options options, PrintStream out, PrintStream err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /** The process entry point. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the benchmark (or, with {@code --worker}, one measurement) and returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length > 0 && args[0].equals("--worker")) {
        return worker(args, out);
      }
      Options o = Options.parse(args);
      if (o == null) {
        err.println(USAGE);
        return 2;
      }
      return new Bench(o, out, err).all();
    } catch (IOException | InterruptedException e) {
      err.println("agendacheck bench: " + e);
      return 2;
    }
  }

  static final String USAGE = "usage: agendacheck bench [--quick] [--runs N] [--rounds N]"
      + " [--sizes 10k,100k,1m] [--only startup,files,tables,hostile] [--keep] [--xmx SIZE]";

  /**
   * What to run. {@code coldRuns}: cold starts per JDK (each beside a hello-world); {@code rounds}
   * and {@code bigRounds}: fresh JVMs per table size below and at 1,000,000 rows (each beside a
   * floor JVM); {@code cases}: which of startup, files, tables and hostile run.
   */
  record Options(boolean quick, boolean keep, boolean smoke, String xmx, long[] cells,
      int files, int coldRuns, int rounds, int bigRounds, int chainRows, int workbookRows,
      int digits, java.util.Set<String> cases) {
    static final List<String> CASES = List.of("startup", "files", "tables", "hostile");

    static Options parse(String[] args) {
      boolean quick = false;
      boolean keep = false;
      boolean smoke = false;
      String xmx = "1g";
      Integer runs = null;
      Integer rounds = null;
      long[] cells = null;
      java.util.Set<String> cases = new java.util.LinkedHashSet<>(CASES);
      try {
        for (int i = 0; i < args.length; i++) {
          String a = args[i];
          boolean valued = List.of("--xmx", "--runs", "--rounds", "--sizes", "--only").contains(a);
          if (valued && ++i == args.length) {
            return null;
          }
          switch (a) {
            case "--quick" -> quick = true;
            case "--keep" -> keep = true;
            case "--smoke" -> smoke = true;
            case "--xmx" -> xmx = args[i];
            case "--runs" -> runs = positive(args[i]);
            case "--rounds" -> rounds = positive(args[i]);
            case "--sizes" -> cells = sizes(args[i]);
            case "--only" -> {
              cases = new java.util.LinkedHashSet<>(List.of(args[i].split(",")));
              if (!CASES.containsAll(cases)) {
                return null;
              }
            }
            default -> {
              return null;
            }
          }
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (smoke) {
        // Tiny sizes, and of the hostile inputs only the formula chain: the others test readers.
        return new Options(true, keep, true, xmx, new long[] {60, 600}, 300, 0, 1, 1, 50, 0, 0,
            new java.util.LinkedHashSet<>(List.of("files", "tables", "hostile")));
      }
      // 10,000, 100,000 and 1,000,000 rows of six columns: the last two are the 10x step. Quick
      // (a smoke run for CI or a first look): no 1M rows, no hostile inputs, fewer repetitions.
      if (cells == null) {
        cells = quick ? new long[] {60_000, 600_000} : new long[] {60_000, 600_000, 6_000_000};
      }
      if (quick) {
        cases.remove("hostile");
      }
      int cold = runs != null ? runs : quick ? 3 : 5;
      int small = rounds != null ? rounds : quick ? 1 : 3;
      // The 1M-row pairs cost most of the run; their ratio is a target, so the median of three.
      int big = rounds != null ? rounds : quick ? 1 : 3;
      return new Options(quick, keep, false, xmx, cells, 10_000, cold, small, big, 40_000,
          600_000, 1_200_000, cases);
    }

    private static int positive(String s) {
      int n = Integer.parseInt(s);
      if (n < 1 || n > 100) {
        throw new IllegalArgumentException(s);
      }
      return n;
    }

    /** "10k,100k,1m" (rows of six columns) as cell counts. */
    private static long[] sizes(String s) {
      List<Long> out = new ArrayList<>();
      for (String w : s.toLowerCase(Locale.ROOT).split(",")) {
        long rows = switch (w.trim()) {
          case "10k" -> 10_000;
          case "100k" -> 100_000;
          case "1m" -> 1_000_000;
          default -> throw new IllegalArgumentException(w);
        };
        out.add(rows * Inputs.COLUMNS.length);
      }
      return out.stream().sorted().distinct().mapToLong(Long::longValue).toArray();
    }
  }

  private int all() throws IOException, InterruptedException {
    long start = System.nanoTime();
    Path dir = Files.createTempDirectory("agendacheck-bench");
    try {
      out.printf("agendacheck bench%s: %s, %d cores, Java %s; heap for throughput runs -Xmx%s%n",
          options.quick ? " --quick" : "", cpu(), Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"), options.xmx);
      out.printf("cases %s; %d cold starts per JDK; %d JVM pair(s) per table size below 1M rows,"
          + " %d at 1M; times are whole-process medians%n", String.join(",", options.cases),
          options.coldRuns, options.rounds, options.bigRounds);
      out.printf("inputs in %s%n%n", dir);
      if (options.cases.contains("startup")) {
        coldStart(dir);
      }
      if (options.cases.contains("files")) {
        smallFiles(dir);
      }
      if (options.cases.contains("tables")) {
        tables(dir);
      }
      if (options.cases.contains("hostile")) {
        hostile(dir);
      }
      double minutes = (System.nanoTime() - start) / 6e10;
      if (!options.smoke && !options.quick && options.cases.size() == Options.CASES.size()
          && options.cells.length == 3 && options.coldRuns == 5 && options.rounds == 3
          && options.bigRounds == 3) {
        verdict("the whole benchmark <= 5 minutes", minutes, 5, false,
            "other work on the machine's cores, or the Python reference on a slow machine");
      }
      out.printf(Locale.ROOT, "benchmark run: %.1f minutes%n%n", minutes);
      print();
      return mismatch ? 1 : 0;
    } finally {
      if (options.keep) {
        err.println("kept " + dir);
      } else {
        delete(dir);
      }
    }
  }

  // ---- cases -------------------------------------------------------------------------------

  private void coldStart(Path dir) throws IOException, InterruptedException {
    Path nds = repo().resolve(NDS);
    if (!Files.isRegularFile(nds)) {
      throw new IOException("the NDS sample is missing: " + nds);
    }
    Path hello = dir.resolve("hello");
    Path cls = hello.resolve("org/agendacheck/bench/Hello.class");
    Files.createDirectories(cls.getParent());
    try (InputStream in = Bench.class.getResourceAsStream("Hello.class")) {
      Files.write(cls, in.readAllBytes());
    }
    List<String> expected = List.of(
        Inputs.key(null, "pm-entry", "IT-sourcing en inkoop", "2029"),
        Inputs.key(null, "pm-entry", "IT-sourcing en inkoop", "2030"));
    // Each JDK the launcher found: a hello-world on that JDK beside the launcher on that JDK (which
    // maps its class-data archive, or on JDK 25 and newer its AOT cache).
    for (Path jdk : jdks()) {
      String java = jdk.resolve("bin/java").toString();
      int release = release(jdk);
      List<String> helloCmd = List.of(java, "-cp", hello.toString(), Hello.class.getName());
      // The README's command (paths alone, a text report), and the same with an option, which
      // has picocli build its model of the command.
      List<String> run = launcher() != null
          ? List.of(launcher().toString(), "validate", nds.toString())
          : validate(java, launcherOptions(nds), nds.toString());
      List<String> withOption = launcher() != null
          ? List.of(launcher().toString(), "validate", "--format", "json", nds.toString())
          : validate(java, launcherOptions(nds), "--format", "json", nds.toString());
      Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
      progress("cold start on JDK " + release + ": " + options.coldRuns + " runs each");
      child(run, dir, env, 0); // makes the JDK's archive, when the launcher has none for it yet
      List<Run> hellos = new ArrayList<>();
      List<Run> runs = new ArrayList<>();
      List<Run> optionRuns = new ArrayList<>();
      // Interleaved, so load from other work on the machine falls on every command alike.
      for (int i = 0; i < options.coldRuns; i++) {
        hellos.add(child(helloCmd, dir, Map.of(), 0));
        runs.add(child(run, dir, env, 0));
        optionRuns.add(child(withOption, dir, env, 0));
      }
      Run h = Run.median(hellos);
      Run l = Run.median(runs);
      Run o = Run.median(optionRuns);
      String jdkName = "JDK " + version(jdk);
      row(jdkName + ": bare JVM hello-world (start-up floor)", ms(h.ms), "1.0x", mib(h.hwmKb), "",
          "");
      String found = check("cold validate NDS, JDK " + release, expected,
          textFindings(l.stdout), l.exit, 0);
      String archive = release >= 25 ? "AOT cache" : "class-data archive";
      row(jdkName + ": cold validate NDS sample (launcher, " + archive + ")", ms(l.ms),
          ratio(l.ms, h.ms), mib(l.hwmKb), found, "");
      String foundJson = check("cold validate --format json NDS, JDK " + release, expected,
          findings(o.stdout, false), o.exit, 0);
      row(jdkName + ": the same with --format json", ms(o.ms), ratio(o.ms, h.ms), mib(o.hwmKb),
          foundJson, "an option: picocli builds its model");
      if (release >= 25) {
        verdict("cold start on JDK " + release + " with its AOT cache <= 3x a JDK " + release
            + " hello", l.ms / h.ms, 3, false, START_UP_WHY);
      } else {
        verdict("cold start on JDK " + release + " <= 5x a JDK " + release + " hello",
            l.ms / h.ms, 5, false, START_UP_WHY);
      }
    }
  }

  /** A finding of the text report: "FILE:LINE:COL: SEVERITY RULE: ROW, COLUMN: message". */
  private static final java.util.regex.Pattern TEXT_FINDING = java.util.regex.Pattern.compile(
      "^.*?:\\d+:\\d+: (?:error|warning|info) ([a-z0-9-]+): ([^:]*?), ([^,:]+): .*$");

  /** The findings of a text report on one table's cells, as {@link Inputs#key} strings, sorted. */
  static List<String> textFindings(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      java.util.regex.Matcher m = TEXT_FINDING.matcher(line);
      if (m.matches()) {
        out.add(Inputs.key(null, m.group(1), m.group(2), m.group(3)));
      }
    }
    out.sort(null);
    return out;
  }

  private static final String START_UP_WHY = "about 0.10 s pass in the JVM before main (on JDK "
      + "25 it maps and relocates the AOT cache and loads its 3,400 classes: -Xlog:startuptime "
      + "gives 'Create VM' 0.10 s, 0.05 s without the cache) and about 20 ms in the launcher's "
      + "bash and its one find; after main the rule network is built from the catalogue's "
      + "compiled classes (done at 0.10 to 0.13 s on JDK 25) while the file is read, and the "
      + "session and the report end at 0.11 to 0.15 s; a run with an option also has picocli "
      + "build its model of the command beside the network (the row with --format json); "
      + "-Dagendacheck.timing=true prints the phases";

  private void smallFiles(Path dir) throws IOException, InterruptedException {
    Path files = dir.resolve("files");
    progress("writing " + options.files + " small files");
    List<String> expected = Inputs.smallFiles(files, options.files);
    int n = options.files;
    Measure floor = measure("floor", files, 1, options.xmx);
    String label = String.format(Locale.ROOT, "%,d", n);
    row(label + " small files: bare parse-and-sum loop", ms(floor.ms), "1.0x", mib(floor.heapKb),
        "", rate(n, floor.ms, "files"));
    Measure in = measure("validate", files, 1, options.xmx);
    String found = check(n + " small files", expected, in.findings, 0, 0);
    row(label + " small files: validate, in one JVM", ms(in.ms), ratio(in.ms, floor.ms),
        mib(in.heapKb), found, rate(n, in.ms, "files"));
    if (options.smoke) {
      return;
    }
    Path one = files.resolve("agenda-00000.json");
    progress("small files: one validate process, and one for a single file, 3 runs each");
    // Start-up is what a process of one file takes; interleaved, medians of three.
    List<Run> singles = new ArrayList<>();
    List<Run> batches = new ArrayList<>();
    for (int i = 0; i < Math.min(options.coldRuns, 3); i++) {
      singles.add(child(cold(one), dir, self(), 0));
      batches.add(child(cold(files), dir, self(), 0));
      found = check(n + " small files (process)", expected,
          findings(batches.get(i).stdout, true), batches.get(i).exit, 1);
    }
    Run single = Run.median(singles);
    Run batch = Run.median(batches);
    double after = Math.max(batch.ms - single.ms, 1);
    row(label + " small files: one validate process", ms(batch.ms), "", mib(batch.hwmKb), found,
        rate(n, after, "files") + " after start-up (" + ms(single.ms) + " for one file)");
    verdict("10,000 small files >= 20,000 files/s after start-up", n / (after / 1000.0), 20_000,
        true, "per file, reading it into the document model and deriving its facts cost about as much "
        + "as each other, each more than the rule session (measured in one JVM, second pass), on "
        + "the two cores that the just-in-time compiler shares; the bare parse-and-sum loop above, "
        + "which only parses and adds, reads " + rate(n, floor.ms, "files") + " itself, "
        + (n / (floor.ms / 1000.0) < 20_000 ? "below" : "about") + " the target");
  }

  private void tables(Path dir) throws IOException, InterruptedException {
    java.util.Map<Long, Double> timeByCells = new java.util.HashMap<>();
    Path reference = python(dir);
    for (long cells : options.cells) {
      Path file = dir.resolve("table-" + cells + ".json");
      progress("writing a table of " + cells + " cells");
      List<String> expected = Inputs.table(file, cells);
      long rows = Math.max(cells / Inputs.COLUMNS.length, 11);
      // Every size is timed alike: one pass in a fresh JVM (as one command-line run sees it, the
      // rules already loaded), the median of such JVMs, each beside a floor JVM.
      int rounds = cells >= 6_000_000 ? options.bigRounds : options.rounds;
      String heap = options.xmx;
      List<Measure> floors = new ArrayList<>();
      List<Measure> acs = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        floors.add(measure("floor", file, 1, heap));
        acs.add(measure("validate", file, 1, heap));
      }
      Measure floor = Measure.median(floors);
      Measure ac = Measure.median(acs);
      String found = "";
      for (Measure m : acs) {
        String f = check(cells + " cells", expected, m.findings, 0, 0);
        found = found.equals("MISMATCH") ? found : f;
      }
      String name = String.format(Locale.ROOT, "%,d rows x 6 (%,d cells)", rows, cells);
      row(name + ": bare parse-and-sum loop", ms(floor.ms), "1.0x", mib(floor.hwmKb), "",
          rate(rows, floor.ms, "rows"));
      String scaling = "";
      Double tenth = timeByCells.get(cells / 10);
      if (tenth != null && cells % 10 == 0 && !Double.isNaN(tenth) && !Double.isNaN(ac.ms)) {
        scaling = String.format(Locale.ROOT, "; 10x the rows cost %.1fx the time", ac.ms / tenth);
        if (cells >= 6_000_000) {
          verdict(String.format(Locale.ROOT, "10x the rows (%,d -> %,d) <= 11x the time",
              rows / 10, rows), ac.ms / tenth, 11, false, "garbage collection grows with the "
              + "live set in a fixed heap");
        }
      }
      row(name + ": validate", ms(ac.ms), ratio(ac.ms, floor.ms), mib(ac.hwmKb)
          + " (heap " + mib(ac.heapKb) + ")", found, rate(rows, ac.ms, "rows") + scaling);
      if (reference != null && cells >= 600_000 || options.smoke && reference != null) {
        Run py = child(List.of("python3", reference.toString(), file.toString()), dir, Map.of(),
            0);
        Measure p = py.exit == 0 ? measured(py.stdout, py.hwmKb)
            : new Measure(Double.NaN, 0, py.hwmKb, List.of("(failed)"));
        String pyFound = check(cells + " cells (Python reference)", expected, p.findings, 0, 0);
        row(name + ": Python reference (json + decimal)", ms(p.ms), ratio(p.ms, floor.ms),
            mib(p.hwmKb), pyFound, String.format(Locale.ROOT, "%.1fx validate's time",
                p.ms / ac.ms));
        if (cells == 6_000_000) {
          verdict("1M rows x 6: validate >= 5x faster than the Python reference", p.ms / ac.ms, 5,
              true, TABLE_WHY);
        }
      }
      if (cells == 6_000_000) {
        verdict("1M rows x 6 columns <= 5x the bare parse-and-sum loop, -Xmx" + options.xmx,
            ac.ms / floor.ms, 5, false, TABLE_WHY);
      }
      timeByCells.put(cells, ac.ms);
    }
  }

  private static final String TABLE_WHY = "every row becomes a row object of six 40-byte cells "
      + "and a fact in the rule engine (about 590 MB live for 1M rows when the rules start: 240 MB "
      + "of cells, 88 MB of rows, 88 MB of fact handles); the serial collector's pauses, copying "
      + "that model into the old generation, take a quarter of the time or more (-Xlog:gc: 1.0 s "
      + "of a 3.6 s run through the launcher, 1.7 s of an 8.2 s one), and the kernel clears each "
      + "page of it the first time it is touched (0.5 s to 2 s of system time, most when huge "
      + "pages are scarce); the Python reference only keeps the parsed JSON for its five checks";

  /** The inputs of the issue that once cost minutes or gigabytes, each within a 1 GiB heap. */
  private void hostile(Path dir) throws IOException, InterruptedException {
    if (options.chainRows == 0) {
      return;
    }
    Path chain = dir.resolve("formula-chain.json");
    progress("writing a chain of " + options.chainRows + " formula rows");
    List<String> expected = Inputs.formulaChain(chain, options.chainRows);
    Measure m = measure("validate", chain, 1, "1g", 120);
    row(String.format(Locale.ROOT, "%,d formula rows, each naming the one before", options.chainRows),
        ms(m.ms), "", mib(m.hwmKb) + " (heap " + mib(m.heapKb) + ")",
        check("formula chain", expected, m.findings, 0, 0), "-Xmx1g");
    verdict(String.format(Locale.ROOT, "%,d-row formula chain < 10 s in 1 GiB", options.chainRows),
        m.ms / 1000, 10, false, "");
    // Sized by the chain: a long section of five times its rows, then half as many short ones.
    int longRows = options.chainRows * 5;
    int sections = options.chainRows * 5 / 2;
    Path blocks = dir.resolve("short-sections.json");
    progress("writing a section of " + longRows + " rows and " + sections + " short ones");
    expected = Inputs.shortSections(blocks, longRows, sections);
    m = measure("validate", blocks, 1, "1g", 120);
    row(String.format(Locale.ROOT, "a section of %,d rows, then %,d of one row", longRows,
            sections), ms(m.ms), "", mib(m.hwmKb) + " (heap " + mib(m.heapKb) + ")",
        check("short sections", expected, m.findings, 0, 0), "-Xmx1g");
    verdict(String.format(Locale.ROOT, "%,d rows in %,d sections < 10 s in 1 GiB",
        longRows + sections, sections + 1), m.ms / 1000, 10, false, "");
    Path repeated = dir.resolve("repeated-label.json");
    progress("writing " + sections + " rows of one label");
    expected = Inputs.repeatedLabel(repeated, sections);
    m = measure("validate", repeated, 1, "1g", 120);
    row(String.format(Locale.ROOT, "%,d rows of one label (a finding each)", sections),
        ms(m.ms), "", mib(m.hwmKb) + " (heap " + mib(m.heapKb) + ")",
        check("repeated label", expected, m.findings, 0, 0), "-Xmx1g");
    verdict(String.format(Locale.ROOT, "%,d findings < 10 s in 1 GiB", expected.size()),
        m.ms / 1000, 10, false, "");
    // A quarter of the chain's rows: each finding is a note, a coloured cell and a row of the
    // copy's findings sheet.
    int marks = Math.max(options.chainRows / 4, 10);
    Path marked = dir.resolve("repeated-label.xlsx");
    progress("writing a workbook of " + marks + " rows of one label");
    expected = Inputs.repeatedLabelWorkbook(marked, marks);
    m = measure("annotate", marked, 1, "1g", 120);
    row(String.format(Locale.ROOT, "annotated copy of a workbook with %,d findings",
            expected.size()), ms(m.ms), "", mib(m.hwmKb) + " (heap " + mib(m.heapKb) + ")",
        check("annotated workbook", expected, m.findings, 0, 0), "-Xmx1g");
    verdict(String.format(Locale.ROOT, "annotated copy with %,d findings < 10 s in 1 GiB",
        expected.size()), m.ms / 1000, 10, false, "");
    if (options.workbookRows == 0) {
      return;
    }
    Path book = dir.resolve("workbook.xlsx");
    progress("writing a workbook of " + options.workbookRows + " rows");
    expected = Inputs.workbook(book, options.workbookRows);
    m = measure("validate", book, 1, "1g", 120);
    row(String.format(Locale.ROOT, "%,d-row workbook (%.0f MB .xlsx)", options.workbookRows,
            Files.size(book) / 1e6), ms(m.ms), "", mib(m.hwmKb) + " (heap " + mib(m.heapKb) + ")",
        check("workbook", expected, m.findings, 0, 0), "-Xmx1g");
    verdict(String.format(Locale.ROOT, "%,d-row workbook < 10 s in 1 GiB", options.workbookRows),
        m.ms / 1000, 10, false, "the StAX read of the sheet's XML (182 MB inflated) and the collection of a heap near its "
        + "1 GiB limit: the sheet's non-empty cells are held as a grid while its tables are found "
        + "(a table's rows leave it before the table is built)");
    for (String format : List.of("json", "csv", "txt", "xlsx")) {
      Path sub = Files.createDirectories(dir.resolve("digits-" + format));
      // A workbook cell holds at most 32,767 characters (Excel's limit, which POI enforces).
      int digits = format.equals("xlsx") ? Math.min(options.digits, 32_767) : options.digits;
      Path file = Inputs.longNumber(sub, format, digits);
      m = measure("validate", file, 1, "1g", 120);
      String refused = m.findings.stream().filter(f -> f.startsWith("parse-error")
          || f.equals(Inputs.key(null, "invalid-value", "Post 2", "2027"))).findFirst()
          .map(f -> "refused: " + f.substring(0, f.indexOf(' '))).orElse("NOT REFUSED");
      if (refused.equals("NOT REFUSED")) {
        verdicts.add("missed  a number of " + digits + " digits in ." + format
            + " is refused (as an invalid cell or a parse error): it was read as a number "
            + shortDigits(m.findings.toString()));
      }
      row(String.format(Locale.ROOT, "a number of %,d digits in .%s", digits, format),
          ms(m.ms), "", mib(m.hwmKb), refused, "-Xmx1g");
      verdict(String.format(Locale.ROOT, "%,d-digit number in .%s < 10 s in 1 GiB", digits,
          format), m.ms / 1000, 10, false, "the reader does exact arithmetic on the digits before "
          + "it checks their number");
    }
  }

  /** Long runs of digits as their count: a finding that quotes the hostile number stays a line. */
  static String shortDigits(String s) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{40,}").matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String run = m.group();
      m.appendReplacement(b, run.substring(0, 3) + String.format(Locale.ROOT, "...(%,d digits)",
          run.length()));
    }
    return m.appendTail(b).toString();
  }

  // ---- measuring ---------------------------------------------------------------------------

  /** One child process: wall time, peak resident set, exit code and what it printed. */
  record Run(double ms, long hwmKb, int exit, String stdout) {
    static Run median(List<Run> runs) {
      List<Run> sorted = new ArrayList<>(runs);
      sorted.sort(Comparator.comparingDouble(Run::ms));
      return sorted.get(sorted.size() / 2);
    }
  }

  /** One measurement inside a JVM: median time of the repetitions, peaks, last findings. */
  record Measure(double ms, long heapKb, long hwmKb, List<String> findings) {
    static Measure median(List<Measure> all) {
      List<Measure> sorted = new ArrayList<>(all);
      sorted.sort(Comparator.comparingDouble(Measure::ms));
      return sorted.get(sorted.size() / 2);
    }
  }

  /**
   * Runs a child process with extra environment variables; a time limit in seconds (0: none) stops
   * it, and the run then counts as failed.
   */
  private Run child(List<String> command, Path dir, Map<String, String> env, int limitSeconds)
      throws IOException, InterruptedException {
    Path stdout = dir.resolve("child.out");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    long t0 = System.nanoTime();
    Process p = pb.start();
    Path status = Path.of("/proc/" + p.pid() + "/status");
    long hwm = 0;
    while (!p.waitFor(2, TimeUnit.MILLISECONDS)) {
      hwm = Math.max(hwm, vmHwm(status));
      if (limitSeconds > 0 && System.nanoTime() - t0 > limitSeconds * 1e9) {
        p.destroyForcibly();
        p.waitFor();
        return new Run(Double.NaN, hwm, -1, "");
      }
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    return new Run(ms, hwm, p.exitValue(), Files.readString(stdout));
  }

  /** Measures agendacheck ("validate") or the floor loop ("floor") on a path in a fresh JVM. */
  private Measure measure(String what, Path path, int reps, String heap)
      throws IOException, InterruptedException {
    return measure(what, path, reps, heap, 0);
  }

  private Measure measure(String what, Path path, int reps, String heap, int limitSeconds)
      throws IOException, InterruptedException {
    progress(what + " " + path.getFileName() + (reps > 1 ? " x" + reps : ""));
    if (options.smoke) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      int code = worker(new String[] {"--worker", what, path.toString(), String.valueOf(reps)},
          new PrintStream(bytes, true, StandardCharsets.UTF_8));
      if (code != 0) {
        throw new IOException("the " + what + " worker failed on " + path);
      }
      return measured(bytes.toString(StandardCharsets.UTF_8), 0);
    }
    // Validate runs get the launcher's JVM options (collector, class-data archive, compiler): they
    // measure agendacheck as the launcher runs it. The floor runs in a default JVM of the same heap.
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    if (what.equals("validate") || what.equals("annotate")) {
      cmd.addAll(launcherOptions(path));
    }
    cmd.addAll(List.of("-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
        Bench.class.getName(), "--worker", what, path.toString(), String.valueOf(reps)));
    Run r = child(cmd, path.getParent(), Map.of(), limitSeconds);
    if (r.exit != 0) {
      mismatch = true;
      verdicts.add("FAILED  " + what + " on " + path.getFileName() + (r.exit == -1
          ? " was stopped after " + limitSeconds + " s" : " exited with " + r.exit
          + " (out of memory at -Xmx" + heap + "?)"));
      return new Measure(Double.NaN, 0, r.hwmKb, List.of("(failed)"));
    }
    return measured(r.stdout, r.hwmKb);
  }

  private static Measure measured(String json, long hwmKb) throws IOException {
    JsonNode n = JSON.readTree(json);
    List<String> found = new ArrayList<>();
    n.path("findings").forEach(f -> found.add(f.asText()));
    return new Measure(n.path("ms").asDouble(), n.path("heapKb").asLong(), hwmKb, found);
  }

  /**
   * {@code --worker validate|annotate|floor PATH REPS}: measures inside this JVM and prints one
   * JSON object: the median time, the peak heap and (for validate) the findings as {@link Inputs#key} strings.
   */
  static int worker(String[] args, PrintStream out) throws IOException {
    String what = args[1];
    Path path = Path.of(args[2]);
    int reps = Integer.parseInt(args[3]);
    boolean validate = what.equals("validate") || what.equals("annotate");
    if (validate) {
      RuleBase.defaults(); // compiled before the clock starts: throughput is measured, not start-up
    }
    double[] times = new double[reps];
    long heap = 0;
    List<String> found = List.of();
    long sink = 0;
    for (int i = 0; i < reps; i++) {
      resetPeaks();
      long t0 = System.nanoTime();
      if (validate) {
        StringWriter report = new StringWriter();
        StringWriter errors = new StringWriter();
        List<String> command = new ArrayList<>(List.of("validate", "--format", "json",
            "--fail-on", "none"));
        if (what.equals("annotate")) {
          // The annotated copy goes beside the input (the inputs' folder is removed at the end).
          command.addAll(List.of("--annotate", path.toAbsolutePath().getParent()
              .resolve("annotated").toString()));
        }
        command.add(path.toString());
        int code = new Main(new PrintWriter(report), new PrintWriter(errors))
            .run(command.toArray(new String[0]));
        times[i] = (System.nanoTime() - t0) / 1e6;
        if (code != 0) {
          System.err.println(errors);
          return 1;
        }
        found = findings(report.toString(), Files.isDirectory(path));
      } else {
        sink += floor(path);
        times[i] = (System.nanoTime() - t0) / 1e6;
      }
      heap = Math.max(heap, peakHeapKb());
    }
    Arrays.sort(times);
    var node = JSON.createObjectNode();
    node.put("ms", times[reps / 2]);
    node.put("heapKb", heap);
    node.put("sink", sink);
    found.forEach(node.putArray("findings")::add);
    out.println(node);
    out.flush();
    return 0;
  }

  /**
   * The floor: a Jackson streaming parse of every file under the path that sums each column's
   * numbers as BigDecimal, the least any validator of the same bytes must do.
   *
   * @return a digest of the sums, so the work cannot be skipped
   */
  static long floor(Path path) throws IOException {
    List<Path> files = Files.isDirectory(path) ? Sources.expand(List.of(path)) : List.of(path);
    long digest = 0;
    for (Path f : files) {
      BigDecimal[] sums = new BigDecimal[Inputs.COLUMNS.length];
      Arrays.fill(sums, BigDecimal.ZERO);
      try (JsonParser p = FACTORY.createParser(f.toFile())) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.FIELD_NAME && "values".equals(p.currentName())) {
            p.nextToken();
            int c = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              if (t.isNumeric() && c < sums.length) {
                sums[c] = sums[c].add(p.getDecimalValue());
              }
              c++;
            }
          }
        }
      }
      for (BigDecimal s : sums) {
        digest = digest * 31 + s.hashCode();
      }
    }
    return digest;
  }

  static List<String> findings(String json, boolean withFile) throws IOException {
    List<String> out = new ArrayList<>();
    if (json.isBlank()) {
      return out;
    }
    for (JsonNode f : JSON.readTree(json).path("findings")) {
      String file = withFile ? Path.of(f.path("file").asText()).getFileName().toString() : null;
      out.add(Inputs.key(file, f.path("rule").asText(), text(f.path("row")),
          text(f.path("column"))));
    }
    out.sort(null);
    return out;
  }

  private static String text(JsonNode n) {
    return n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peak use since the last reset, in KiB. */
  private static long peakHeapKb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / 1024;
  }

  private static long vmHwm(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between two looks: the last reading stands
    }
    return 0;
  }

  // ---- reporting ---------------------------------------------------------------------------

  private String check(String name, List<String> expected, List<String> actual, int exit,
      int expectedExit) {
    if (expected.equals(actual) && exit == expectedExit) {
      return "all " + expected.size() + " planted";
    }
    mismatch = true;
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(actual);
    List<String> extra = new ArrayList<>(actual);
    extra.removeAll(expected);
    verdicts.add("MISMATCH " + name + ": exit " + exit + " (expected " + expectedExit
        + "); missing " + missing + "; unexpected " + extra);
    return "MISMATCH";
  }

  /** A target met, or missed by how much and, when it is known, why. */
  private void verdict(String target, double value, double limit, boolean atLeast, String why) {
    if (Double.isNaN(value)) {
      verdicts.add("missed  " + target + ": no measurement, the run failed");
      return;
    }
    boolean met = atLeast ? value >= limit : value <= limit;
    String v = String.format(Locale.ROOT, atLeast && limit > 100 ? "%,.0f" : "%.1f", value)
        + (limit > 100 || target.contains(" s ") || target.contains("minutes") ? "" : "x");
    String by = met ? "" : String.format(Locale.ROOT, " (missed by a factor %.1f%s)",
        atLeast ? limit / value : value / limit, why.isEmpty() ? "" : ": " + why);
    verdicts.add((met ? "met     " : "missed  ") + target + ": " + v + by);
  }

  private void row(String... cells) {
    table.add(cells);
  }

  private void print() {
    String[] head = {"case", "time", "ratio", "peak memory", "planted defects", "notes"};
    int[] w = new int[head.length];
    for (String[] r : prepend(head)) {
      for (int i = 0; i < r.length; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    for (String[] r : prepend(head)) {
      StringBuilder b = new StringBuilder("|");
      for (int i = 0; i < r.length; i++) {
        b.append(' ').append(r[i]).append(" ".repeat(w[i] - r[i].length())).append(" |");
      }
      out.println(b);
      if (r == head) {
        StringBuilder sep = new StringBuilder("|");
        for (int x : w) {
          sep.append("-".repeat(x + 2)).append('|');
        }
        out.println(sep);
      }
    }
    out.println();
    out.println("Ratios: time over the reference above it (bare JVM start, bare parse-and-sum loop).");
    out.println("Peak memory: resident set (VmHWM) of the process; heap: peak use of the heap pools.");
    out.println();
    for (String v : verdicts) {
      out.println(v);
    }
    out.println(mismatch ? "FAILED: a case did not find exactly its planted defects"
        : "every case found exactly its planted defects");
    out.flush();
  }

  private List<String[]> prepend(String[] head) {
    List<String[]> all = new ArrayList<>();
    all.add(head);
    all.addAll(table);
    return all;
  }

  private void progress(String what) {
    err.println("bench: " + what);
  }

  private static String ms(double ms) {
    return Double.isNaN(ms) ? "failed" : ms >= 10_000
        ? String.format(Locale.ROOT, "%.1f s", ms / 1000)
        : String.format(Locale.ROOT, "%.0f ms", ms);
  }

  private static String ratio(double a, double b) {
    return Double.isNaN(a) ? "" : String.format(Locale.ROOT, "%.1fx", a / b);
  }

  private static String mib(long kb) {
    return kb <= 0 ? "?" : String.format(Locale.ROOT, "%.0f MiB", kb / 1024.0);
  }

  private static String rate(long n, double ms, String unit) {
    return Double.isNaN(ms) ? "" : String.format(Locale.ROOT, "%,.0f %s/s", n / (ms / 1000), unit);
  }

  // ---- environment -------------------------------------------------------------------------

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The JVM options the launcher runs validate with (it passes them on), or none. */
  private static List<String> launcherOptions() {
    return words(System.getProperty("agendacheck.java.opts", ""));
  }

  /** The launcher's options for validating a path: it adds some for inputs below a size. */
  private static List<String> launcherOptions(Path input) {
    List<String> opts = new ArrayList<>(launcherOptions());
    long limit = Long.getLong("agendacheck.short.bytes", 0);
    opts.addAll(words(System.getProperty(size(input) < limit ? "agendacheck.java.short.opts"
        : "agendacheck.java.long.opts", "")));
    return opts;
  }

  private static List<String> words(String text) {
    return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
  }

  private static long size(Path p) {
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  /** A child command line running agendacheck validate, as the jar or from the class path. */
  private static List<String> validate(String java, List<String> jvmOptions, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(jvmOptions);
    Path jar = repo().resolve("target/agendacheck.jar");
    if (Files.isRegularFile(jar)) {
      cmd.add("-jar");
      cmd.add(jar.toString());
    } else {
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(Main.class.getName());
    }
    cmd.add("validate");
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** A cold validate of a path as a user runs it: through the launcher when there is one. */
  private static List<String> cold(Path input) {
    return launcher() != null
        ? List.of(launcher().toString(), "validate", "--format", "json", input.toString())
        : validate(java(), launcherOptions(input), "--format", "json", input.toString());
  }

  /** The environment that makes the launcher run the JDK this benchmark runs on. */
  private static Map<String, String> self() {
    return Map.of("JAVA_HOME", System.getProperty("java.home"));
  }

  /** The launcher script ({@code agendacheck}) that started the benchmark, or null. */
  private static Path launcher() {
    String l = System.getProperty("agendacheck.launcher");
    return l == null || !Files.isExecutable(Path.of(l)) ? null : Path.of(l);
  }

  /** The JDKs to time start-up on: those the launcher found (newest of each release), or this one. */
  private static List<Path> jdks() {
    List<Path> out = new ArrayList<>();
    for (String j : System.getProperty("agendacheck.jdks", "").split(":")) {
      if (!j.isBlank() && Files.isExecutable(Path.of(j, "bin", "java"))) {
        out.add(Path.of(j));
      }
    }
    if (out.isEmpty()) {
      out.add(Path.of(System.getProperty("java.home")));
    }
    return out;
  }

  /** A JDK's feature release (17, 25) and its full version, from its release file. */
  private static int release(Path jdk) {
    String v = version(jdk);
    try {
      return Integer.parseInt(v.replaceAll("^(\\d+).*", "$1"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String version(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          return line.substring(line.indexOf('=') + 1).replace("\"", "");
        }
      }
    } catch (IOException e) {
      // no release file: unknown
    }
    return "?";
  }

  /** The Python reference written into the folder, or null when there is no python3. */
  private Path python(Path dir) throws IOException, InterruptedException {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() != 0) {
        return null;
      }
    } catch (IOException e) {
      verdicts.add("missed  Python reference: python3 is not on the PATH");
      return null;
    }
    Path script = dir.resolve("reference.py");
    try (InputStream in = Bench.class.getResourceAsStream("reference.py")) {
      Files.write(script, in.readAllBytes());
    }
    return script;
  }

  private static Path codeSource() {
    try {
      return Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The project folder: the benchmark's classes are target/test-classes, the jar target/agendacheck.jar. */
  private static Path repo() {
    return codeSource().toAbsolutePath().getParent().getParent();
  }

  private static String cpu() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    } catch (IOException | RuntimeException e) {
      return "unknown CPU";
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
