package org.agendacheck.cli;

import java.util.concurrent.Callable;
import org.agendacheck.AgendaCheck;
import org.agendacheck.report.RuleDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code agendacheck rules}: lists the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists the rule catalogue: id, default severity and description.")
final class RulesCommand implements Callable<Integer> {
  private final Main main;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Listing format: text (default), markdown or json.")
  String format;

  RulesCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    String doc = RuleDoc.render(format, AgendaCheck.withDefaultRules().rules().rules());
    if (doc == null) {
      throw new UsageException("unknown --format '" + format + "'; use one of "
          + String.join(", ", RuleDoc.FORMATS));
    }
    main.out().print(doc);
    main.out().flush();
    return Main.OK;
  }
}
