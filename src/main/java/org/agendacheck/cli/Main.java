package org.agendacheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: maps options onto the library, writes reports, returns the exit code.
 *
 * <p>Exit codes: 0 when no finding is at or above the fail-on severity, 1 when one is, 2 for a usage
 * error (a one-line message on stderr). Only {@link #main} calls {@link System#exit}, so tests run
 * the command line in-process through {@link #run}.
 */
@Command(name = "agendacheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Validates multi-year budget and investment-agenda tables.",
    subcommands = {ValidateCommand.class, RulesCommand.class, ExtractCommand.class})
public final class Main implements Runnable {
  /** No finding at or above the fail-on severity. */
  public static final int OK = 0;
  /** A finding at or above the fail-on severity. */
  public static final int FINDINGS = 1;
  /** The command line, a configuration or a rule file is wrong. */
  public static final int USAGE = 2;

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

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is needed: validate, rules or extract");
  }

  /** Runs one command line and returns its exit code; never exits the process. */
  public int run(String... args) {
    CommandLine cl = new CommandLine(this, new Factory(this));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((e, a) -> {
      err.println("agendacheck: " + oneLine(e.getMessage())
          + " (agendacheck --help shows the usage)");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((e, c, p) -> {
      if (e instanceof UsageException u) {
        err.println("agendacheck: " + oneLine(u.getMessage()));
        return USAGE;
      }
      err.println("agendacheck: internal error: " + oneLine(String.valueOf(e)));
      return USAGE;
    });
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  static String oneLine(String s) {
    return s == null ? "" : org.agendacheck.report.Controls.escape(s.replaceAll("\\s*\\R\\s*", " ").trim());
  }

  /** The process entry point. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("validate")) {
      // The rules load while the command line is parsed: on two cores the start-up overlaps.
      org.agendacheck.engine.RuleBase.preloadDefaults();
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    System.exit(new Main(out, err).run(args));
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
