package org.agendacheck.cli;

import org.agendacheck.read.NumberLocale;
import org.agendacheck.read.ReadOptions;
import org.agendacheck.read.Sources;
import picocli.CommandLine.Option;

/** How documents are read: {@code --input-format} and {@code --locale}, shared by the commands. */
final class ReadOptionsMixin {
  /** The --locale a command line without it reads numbers in. */
  static final String DEFAULT_LOCALE = "nl";

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read every file as this format: json, csv, txt, xlsx or docx "
          + "(default: by file extension).")
  String inputFormat;

  @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = DEFAULT_LOCALE,
      description = "How numbers written as text are read: nl (default; 1.110,5) or en (1,110.5).")
  String locale;

  /** The options as the library takes them; a usage error for an unknown value. */
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
}
