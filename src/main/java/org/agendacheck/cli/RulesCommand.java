package org.agendacheck.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.agendacheck.AgendaCheck;
import org.agendacheck.engine.RuleInfo;
import picocli.CommandLine.Command;

/** {@code agendacheck rules}: lists the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists the rule catalogue: id, default severity and description.")
final class RulesCommand implements Callable<Integer> {
  private final Main main;

  RulesCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    List<RuleInfo> rules = AgendaCheck.withDefaultRules().rules().rules();
    int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
    for (RuleInfo r : rules) {
      main.out().printf("%-" + width + "s  %-7s  %s%n", r.id(), r.severity().label(),
          r.description());
    }
    main.out().flush();
    return Main.OK;
  }
}
