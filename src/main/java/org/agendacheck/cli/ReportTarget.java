package org.agendacheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendacheck.report.ReportWriter;
import org.agendacheck.report.Reports;
import picocli.CommandLine.Option;

/**
 * One {@code --format}/{@code --output} pair of the validate command. A pair without {@code
 * --output} writes to stdout; one without {@code --format} writes text.
 */
final class ReportTarget {
  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Report format: text (default), json, sarif, junit, github or html (one "
          + "self-contained page with the tables and their marked cells; it serves every input "
          + "format, annotated copies are for .xlsx and .docx only). Repeat with "
          + "--output to write several reports in one run.")
  String format = "text";

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report of the preceding --format to FILE (atomically) instead of "
          + "stdout; a one-line summary goes to stderr.")
  Path output;

  /**
   * A checked pair: its writer, where it goes (null: stdout) and that file as it was given.
   */
  record Resolved(String format, ReportWriter writer, Path output, String given) {}

  /**
   * Checks the pairs of a command line: known formats, at most one report on stdout, no file named
   * twice, and folders that exist. No pair at all means text on stdout.
   */
  static List<Resolved> resolve(List<ReportTarget> targets, Path workingDirectory) {
    List<ReportTarget> all = targets.isEmpty() ? List.of(new ReportTarget()) : targets;
    List<Resolved> out = new ArrayList<>();
    Set<Path> files = new HashSet<>();
    int toStdout = 0;
    for (ReportTarget t : all) {
      ReportWriter w = Reports.forName(t.format);
      if (w == null) {
        throw new UsageException("unknown --format '" + t.format + "'; use one of "
            + String.join(", ", Reports.names()));
      }
      Path file = t.output == null ? null : workingDirectory.resolve(t.output);
      if (file == null) {
        toStdout++;
      } else {
        Path key = file.toAbsolutePath().normalize();
        if (!files.add(key)) {
          throw new UsageException("--output " + t.output + " is named twice");
        }
        Path dir = key.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
          throw new UsageException("cannot write --output " + t.output + ": its folder does not "
              + "exist");
        }
        if (Files.isDirectory(key)) {
          throw new UsageException("cannot write --output " + t.output + ": it is a folder");
        }
      }
      out.add(new Resolved(t.format, w, file, t.output == null ? null : t.output.toString()));
    }
    if (toStdout > 1) {
      throw new UsageException("only one report can go to stdout; give the others --output FILE");
    }
    return out;
  }
}
