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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.agendacheck.cli.Main;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.read.Sources;

/**
 * {@code agendacheck bench [--quick]}: generates inputs, runs agendacheck on them and, in the same
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
        err.println("usage: agendacheck bench [--quick] [--keep] [--xmx SIZE]");
        return 2;
      }
      return new Bench(o, out, err).all();
    } catch (IOException | InterruptedException e) {
      err.println("agendacheck bench: " + e);
      return 2;
    }
  }

  /** What to run. */
  record Options(boolean quick, boolean keep, boolean smoke, String xmx, long[] cells,
      int files, int coldRuns) {
    static Options parse(String[] args) {
      boolean quick = false;
      boolean keep = false;
      boolean smoke = false;
      String xmx = "1g";
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--quick" -> quick = true;
          case "--keep" -> keep = true;
          case "--smoke" -> smoke = true;
          case "--xmx" -> {
            if (++i == args.length) {
              return null;
            }
            xmx = args[i];
          }
          default -> {
            return null;
          }
        }
      }
      if (smoke) {
        return new Options(true, keep, true, xmx, new long[] {60, 600}, 300, 0);
      }
      long[] cells = quick ? new long[] {10_000, 100_000}
          : new long[] {10_000, 100_000, 1_000_000, 6_000_000, 10_000_000};
      return new Options(quick, keep, false, xmx, cells, 10_000, quick ? 3 : 5);
    }
  }

  private int all() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("agendacheck-bench");
    try {
      out.printf("agendacheck bench%s: %s, %d cores, Java %s; heap for throughput runs -Xmx%s%n",
          options.quick ? " --quick" : "", cpu(), Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"), options.xmx);
      out.printf("inputs in %s%n%n", dir);
      if (!options.smoke) {
        coldStart(dir);
      }
      smallFiles(dir);
      tables(dir);
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
    List<String> helloCmd = List.of(java(), "-cp", hello.toString(), Hello.class.getName());
    List<String> plain = validate(List.of(), "--format", "json", nds.toString());
    List<String> launcher = validate(launcherOptions(nds), "--format", "json", nds.toString());
    boolean both = !launcherOptions(nds).isEmpty();
    List<Run> hellos = new ArrayList<>();
    List<Run> plains = new ArrayList<>();
    List<Run> launched = new ArrayList<>();
    progress("cold start: " + options.coldRuns + " runs each");
    // Interleaved, so load from other work on the machine falls on every command alike.
    for (int i = 0; i < options.coldRuns; i++) {
      hellos.add(child(helloCmd, dir));
      plains.add(child(plain, dir));
      if (both) {
        launched.add(child(launcher, dir));
      }
    }
    Run h = Run.median(hellos);
    row("bare JVM hello-world (start-up floor)", ms(h.ms), "1.0x", mib(h.hwmKb), "", "");
    List<String> expected = List.of(
        Inputs.key(null, "pm-entry", "IT-sourcing en inkoop", "2029"),
        Inputs.key(null, "pm-entry", "IT-sourcing en inkoop", "2030"));
    Run p = Run.median(plains);
    String found = check("cold validate NDS", expected, findings(p.stdout, false), p.exit, 0);
    row("cold validate NDS sample (java -jar)", ms(p.ms), ratio(p.ms, h.ms), mib(p.hwmKb), found,
        "");
    double best = p.ms;
    if (both) {
      Run l = Run.median(launched);
      found = check("cold validate NDS (launcher)", expected, findings(l.stdout, false), l.exit, 0);
      row("cold validate NDS sample (launcher options)", ms(l.ms), ratio(l.ms, h.ms),
          mib(l.hwmKb), found, String.join(" ", launcherOptions(nds)));
      best = Math.min(best, l.ms);
    }
    verdict("cold start validate NDS <= 5x bare JVM start", best / h.ms, 5, false);
  }

  private void smallFiles(Path dir) throws IOException, InterruptedException {
    Path files = dir.resolve("files");
    progress("writing " + options.files + " small files");
    List<String> expected = Inputs.smallFiles(files, options.files);
    int n = options.files;
    Measure floor = measure("floor", files, 1, options.xmx);
    row(n + " small files: bare parse-and-sum loop", ms(floor.ms), "1.0x", mib(floor.heapKb),
        "", rate(n, floor.ms, "files"));
    Measure in = measure("validate", files, 1, options.xmx);
    String found = check(n + " small files", expected, in.findings, 0, 0);
    row(n + " small files: validate, in one JVM", ms(in.ms), ratio(in.ms, floor.ms),
        mib(in.heapKb), found, rate(n, in.ms, "files"));
    if (options.smoke) {
      return;
    }
    Path one = files.resolve("agenda-00000.json");
    progress("small files: one validate process, and one for a single file, 3 runs each");
    // Start-up is what a process of one file takes; interleaved, medians of three.
    List<Run> singles = new ArrayList<>();
    List<Run> batches = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      singles.add(child(validate(launcherOptions(one), "--format", "json", one.toString()), dir));
      batches.add(child(validate(launcherOptions(files), "--format", "json", files.toString()),
          dir));
      found = check(n + " small files (process)", expected,
          findings(batches.get(i).stdout, true), batches.get(i).exit, 1);
    }
    Run single = Run.median(singles);
    Run batch = Run.median(batches);
    double after = Math.max(batch.ms - single.ms, 1);
    row(n + " small files: one validate process", ms(batch.ms), "", mib(batch.hwmKb), found,
        rate(n, after, "files") + " after start-up (" + ms(single.ms) + " for one file)");
    verdict("10,000 small files >= 10,000 files/s after start-up", n / (after / 1000.0), 10_000,
        true);
  }

  private void tables(Path dir) throws IOException, InterruptedException {
    java.util.Map<Long, Double> timeByCells = new java.util.HashMap<>();
    for (long cells : options.cells) {
      Path file = dir.resolve("table-" + cells + ".json");
      progress("writing a table of " + cells + " cells");
      List<String> expected = Inputs.table(file, cells);
      long rows = Math.max(cells / Inputs.COLUMNS.length, 11);
      // Every size is timed alike: one pass in a fresh JVM (as one command-line run sees it, the
      // rules already loaded), the median of three such JVMs, each beside a floor JVM.
      int rounds = 3;
      // Up to 1M rows the model and the rule engine fit the heap under test; beyond, twice that.
      String heap = cells > 6_000_000 ? "2g" : options.xmx;
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
      String name = String.format(Locale.ROOT, "%,d cells (%,d rows x 6)%s", cells, rows,
          heap.equals(options.xmx) ? "" : ", -Xmx" + heap);
      row(name + ": bare parse-and-sum loop", ms(floor.ms), "1.0x", mib(floor.hwmKb), "",
          rate(rows, floor.ms, "rows"));
      String scaling = "";
      Double tenth = timeByCells.get(cells / 10);
      if (tenth != null && cells % 10 == 0 && !Double.isNaN(tenth) && !Double.isNaN(ac.ms)) {
        scaling = String.format(Locale.ROOT, "; 10x the cells cost %.1fx the time", ac.ms / tenth);
        if (cells >= 1_000_000) {
          verdict(String.format(Locale.ROOT, "10x rows (%,d -> %,d cells) <= 12x time", cells / 10,
              cells), ac.ms / tenth, 12, false);
        }
      }
      row(name + ": validate", ms(ac.ms), ratio(ac.ms, floor.ms), mib(ac.hwmKb)
          + " (heap " + mib(ac.heapKb) + ")", found, rate(rows, ac.ms, "rows") + scaling);
      if (cells == 6_000_000) {
        verdict("1M rows x 6 columns <= 10x the bare loop, -Xmx" + options.xmx, ac.ms / floor.ms,
            10, false);
      }
      timeByCells.put(cells, ac.ms);
    }
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

  private Run child(List<String> command, Path dir) throws IOException, InterruptedException {
    Path stdout = dir.resolve("child.out");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    long t0 = System.nanoTime();
    Process p = pb.start();
    Path status = Path.of("/proc/" + p.pid() + "/status");
    long hwm = 0;
    while (!p.waitFor(2, TimeUnit.MILLISECONDS)) {
      hwm = Math.max(hwm, vmHwm(status));
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    return new Run(ms, hwm, p.exitValue(), Files.readString(stdout));
  }

  /** Measures agendacheck ("validate") or the floor loop ("floor") on a path in a fresh JVM. */
  private Measure measure(String what, Path path, int reps, String heap)
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
    if (what.equals("validate")) {
      cmd.addAll(launcherOptions(path));
    }
    cmd.addAll(List.of("-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
        Bench.class.getName(), "--worker", what, path.toString(), String.valueOf(reps)));
    Run r = child(cmd, path.getParent());
    if (r.exit != 0) {
      mismatch = true;
      verdicts.add("FAILED  " + what + " on " + path.getFileName() + " exited with " + r.exit
          + " (out of memory at -Xmx" + heap + "?)");
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
   * {@code --worker validate|floor PATH REPS}: measures inside this JVM and prints one JSON object:
   * the median time, the peak heap and (for validate) the findings as {@link Inputs#key} strings.
   */
  static int worker(String[] args, PrintStream out) throws IOException {
    String what = args[1];
    Path path = Path.of(args[2]);
    int reps = Integer.parseInt(args[3]);
    if (what.equals("validate")) {
      RuleBase.defaults(); // compiled before the clock starts: throughput is measured, not start-up
    }
    double[] times = new double[reps];
    long heap = 0;
    List<String> found = List.of();
    long sink = 0;
    for (int i = 0; i < reps; i++) {
      resetPeaks();
      long t0 = System.nanoTime();
      if (what.equals("validate")) {
        StringWriter report = new StringWriter();
        StringWriter errors = new StringWriter();
        int code = new Main(new PrintWriter(report), new PrintWriter(errors))
            .run("validate", "--format", "json", "--fail-on", "none", path.toString());
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

  private void verdict(String target, double value, double limit, boolean atLeast) {
    if (Double.isNaN(value)) {
      verdicts.add("missed  " + target + ": no measurement, the run failed");
      return;
    }
    boolean met = atLeast ? value >= limit : value <= limit;
    String v = String.format(Locale.ROOT, atLeast ? "%,.0f" : "%.1fx", value);
    String by = met ? "" : String.format(Locale.ROOT, " (missed by a factor %.1f)",
        atLeast ? limit / value : value / limit);
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
  private static List<String> validate(List<String> jvmOptions, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
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
