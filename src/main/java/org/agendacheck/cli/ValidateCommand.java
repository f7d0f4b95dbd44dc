package org.agendacheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendacheck.AgendaCheck;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.read.Sources;
import org.agendacheck.report.ReportWriter;
import org.agendacheck.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agendacheck validate}: checks documents and reports the findings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validates agenda documents together and reports the findings.")
final class ValidateCommand implements Callable<Integer> {
  private final Main main;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: text (default) or json.")
  String format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Exit 1 when a finding is at or above this severity: error (default), "
          + "warning, info or none.")
  String failOn;

  @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*",
      description = "Agenda files, or directories to search for them (recursively, sorted).")
  List<Path> paths = new ArrayList<>();

  ValidateCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws IOException {
    ReportWriter writer = Reports.forName(format);
    if (writer == null) {
      throw new UsageException("unknown --format '" + format + "'; use one of "
          + String.join(", ", Reports.names()));
    }
    Severity threshold = threshold(failOn);
    ValidationResult result;
    try {
      result = AgendaCheck.withDefaultRules().validatePaths(paths,
          ProgressMeter.forStderr(main.err()));
    } catch (Sources.NoSuchSourceException e) {
      throw new UsageException(e.getMessage());
    }
    writer.write(result, main.out());
    main.out().flush();
    return result.failsAt(threshold) ? Main.FINDINGS : Main.OK;
  }

  static Severity threshold(String name) {
    if ("none".equalsIgnoreCase(name.trim())) {
      return null;
    }
    Severity s = Severity.parse(name);
    if (s == null) {
      throw new UsageException("unknown --fail-on '" + name
          + "'; use error, warning, info or none");
    }
    return s;
  }
}
