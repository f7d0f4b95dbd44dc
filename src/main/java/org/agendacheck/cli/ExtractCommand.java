package org.agendacheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendacheck.model.Document;
import org.agendacheck.model.Problem;
import org.agendacheck.model.Table;
import org.agendacheck.read.CanonicalJson;
import org.agendacheck.read.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code agendacheck extract}: prints the canonical JSON of every table read, so a controller sees
 * what was understood of a document; validating that JSON gives the document's findings.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Prints every table read from the files as agenda JSON (one object, or an array "
        + "for several tables).")
final class ExtractCommand implements Callable<Integer> {
  private final Main main;

  @Mixin
  ReadOptionsMixin read = new ReadOptionsMixin();

  @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*",
      description = "Documents, or directories to search for them (recursively, sorted).")
  List<Path> paths = new ArrayList<>();

  ExtractCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws IOException {
    List<Path> files;
    try {
      files = Sources.expand(paths);
    } catch (Sources.NoSuchSourceException e) {
      throw new UsageException(e.getMessage());
    }
    List<Table> tables = new ArrayList<>();
    int unreadable = 0;
    for (Path f : files) {
      Document d = Sources.load(f, read.readOptions());
      tables.addAll(d.tables());
      for (Problem p : d.problems()) {
        unreadable++;
        main.err().println(d.source() + (p.line() > 0 ? ":" + p.line() : "") + ": "
            + Main.oneLine(org.agendacheck.engine.Messages.builtIn().format(
            org.agendacheck.engine.Language.EN, "parse-error." + p.reason(), p.args())));
      }
    }
    CanonicalJson.write(tables, main.out());
    main.out().flush();
    return unreadable == 0 ? Main.OK : Main.FINDINGS;
  }
}
