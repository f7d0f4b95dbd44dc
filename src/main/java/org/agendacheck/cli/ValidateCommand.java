package org.agendacheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendacheck.AgendaCheck;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.read.NumberLocale;
import org.agendacheck.read.ReadOptions;
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

  // read options (issue 4): --input-format and --locale
  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read every file as this format: json, csv, txt, xlsx or docx "
          + "(default: by file extension).")
  String inputFormat;

  @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "nl",
      description = "How numbers written as text are read: nl (default; 1.110,5) or en (1,110.5).")
  String locale;

  ReadOptions readOptions() {
    NumberLocale l = NumberLocale.parse(locale);
    if (l == null) {
      throw new UsageException("unknown --locale '" + locale + "'; use nl or en");
    }
    if (inputFormat != null && !Sources.isFormat(inputFormat)) {
      throw new UsageException("unknown --input-format '" + inputFormat + "'; use one of "
          + String.join(", ", Sources.formats()));
    }
    return ReadOptions.DEFAULTS.withLocale(l).withFormat(inputFormat);
  }

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
      result = AgendaCheck.withDefaultRules().validatePaths(paths, readOptions());
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
