package org.agendacheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: maps options onto the library, writes reports, returns the exit code.
 *
 * <p>Exit codes ({@link org.agendacheck.gate.ExitStatus}): 0 when no finding is at or above the
 * fail-on severity, 1 when one is, 2 for a usage error (a one-line message on stderr), 3 for an
 * internal error (a defect of the tool; the message names what broke). Only {@link #main} calls {@link System#exit}, so tests run
 * the command line in-process through {@link #run}.
 */
@Command(name = "agendacheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Validates multi-year budget and investment-agenda tables.")
public final class Main implements Runnable {
  /** No finding at or above the fail-on severity. */
  public static final int OK = org.agendacheck.gate.ExitStatus.OK;
  /** A finding at or above the fail-on severity. */
  public static final int FINDINGS = org.agendacheck.gate.ExitStatus.FINDINGS;
  /** The command line, a configuration or a rule file is wrong. */
  public static final int USAGE = org.agendacheck.gate.ExitStatus.USAGE;
  /** The tool itself failed. */
  public static final int INTERNAL = org.agendacheck.gate.ExitStatus.INTERNAL;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Path workingDirectory;

  /**
   * @param out where reports go (stdout)
   * @param err where messages and summaries go (stderr)
   */
  public Main(PrintWriter out, PrintWriter err) {
    this(out, err, Path.of(""));
  }

  /**
   * @param out where reports go (stdout)
   * @param err where messages and summaries go (stderr)
   * @param workingDirectory where {@code agendacheck.json} is looked up and what report paths are
   *     relative to (input paths on the command line still resolve against the process's)
   */
  public Main(PrintWriter out, PrintWriter err, Path workingDirectory) {
    this.out = out;
    this.err = err;
    this.workingDirectory = workingDirectory;
  }

  Path workingDirectory() {
    return workingDirectory;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Show the Office and PDF libraries' own logging (silenced by default: what "
          + "they log about a bad file is its parse-error) and the stack trace of an internal error.")
  void debug(boolean on) {
    if (on) {
      Debug.enable();
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is needed: validate, rules or extract");
  }

  /** The subcommands, by name, in the order the usage lists them. */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("validate", ValidateCommand.class);
    m.put("rules", RulesCommand.class);
    m.put("extract", ExtractCommand.class);
    return m;
  }

  /** Runs one command line and returns its exit code; never exits the process. */
  public int run(String... args) {
    try {
      List<Path> plain = plainValidate(args);
      if (plain == null) {
        return parsed(args);
      }
      // Nothing for picocli to parse: building its model of the command (reading the annotations
      // of every option, about 40 ms of a cold start on JDK 25) is skipped.
      Timing.mark("command line model built");
      try {
        return ValidateCommand.ofPaths(this, plain).call();
      } catch (Exception e) {
        return failed(e);
      }
    } finally {
      Timing.mark("command done");
      out.flush();
      err.flush();
    }
  }

  /** Runs a command line through picocli. */
  private int parsed(String... args) {
    Factory factory = new Factory(this);
    CommandLine cl = new CommandLine(this, factory);
    // picocli reads a command's annotations when the command is added: a command line that names
    // its subcommand gets that one alone (the others would cost start-up and never run); any
    // other (none named, --help, a misspelt one) gets all, for the usage and its suggestions.
    String named = null;
    for (String a : args) {
      if (!a.startsWith("-")) {
        named = SUBCOMMANDS.containsKey(a) ? a : null;
        break;
      }
    }
    for (Map.Entry<String, Class<?>> e : SUBCOMMANDS.entrySet()) {
      if (named == null || named.equals(e.getKey())) {
        try {
          cl.addSubcommand(e.getKey(), factory.create(e.getValue()));
        } catch (Exception x) {
          throw new IllegalStateException(x);
        }
      }
    }
    Timing.mark("command line model built");
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((e, a) -> {
      err.println("agendacheck: " + oneLine(e.getMessage())
          + " (agendacheck --help shows the usage)");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((e, c, p) -> failed(e));
    return cl.execute(args);
  }

  /** The exit code of a command that threw, after saying why in one line. */
  private int failed(Exception e) {
    if (e instanceof UsageException u) {
      err.println("agendacheck: " + oneLine(u.getMessage()));
      return USAGE;
    }
    err.println("agendacheck: internal error: " + oneLine(String.valueOf(e)));
    return INTERNAL;
  }

  /**
   * The paths of a command line that is {@code validate} and paths alone, else null: no option,
   * no {@code --}, no {@code @file} argument and nothing picocli would read otherwise, so that
   * picocli would set up the command exactly as {@link ValidateCommand#ofPaths} does.
   */
  static List<Path> plainValidate(String... args) {
    if (args.length < 2 || !args[0].equals("validate")
        || System.getProperty("picocli.trimQuotes") != null) {
      return null;
    }
    List<Path> paths = new ArrayList<>(args.length - 1);
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.isEmpty() || a.startsWith("-") || a.startsWith("@")) {
        return null;
      }
      try {
        paths.add(Path.of(a));
      } catch (java.nio.file.InvalidPathException e) {
        return null;
      }
    }
    return paths;
  }

  static String oneLine(String s) {
    return s == null ? "" : org.agendacheck.report.Controls.escape(s.replaceAll("\\s*\\R\\s*", " ").trim());
  }

  /** The process entry point. */
  public static void main(String[] args) {
    Timing.begin();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code;
    try {
      if (args.length > 0 && args[0].equals("validate")) {
        // The rules load while the command line is parsed: on two cores the start-up overlaps.
        org.agendacheck.engine.RuleBase.preloadDefaults(() -> Timing.mark("rules built"));
      }
      code = new Main(out, err).run(args);
    } catch (LinkageError e) {
      // A jar run without the libraries its manifest names (target/lib): say so in one line.
      err.println("agendacheck: incomplete installation: " + oneLine(String.valueOf(e))
          + " (the jar needs the lib folder that mvn package writes beside it)");
      code = INTERNAL;
    }
    err.flush();
    Timing.print(err);
    System.exit(code);
  }

  /** Gives subcommands the streams of this run. */
  private static final class Factory implements CommandLine.IFactory {
    private final Main main;

    Factory(Main main) {
      this.main = main;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == ValidateCommand.class) {
        return cls.cast(new ValidateCommand(main));
      }
      if (cls == RulesCommand.class) {
        return cls.cast(new RulesCommand(main));
      }
      if (cls == ExtractCommand.class) {
        return cls.cast(new ExtractCommand(main));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
