package org.agendacheck.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.agendacheck.engine.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code agendacheck rules}: lists the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists the rule catalogue: id, default severity and description; with --rules, "
        + "also the user's rules and where each rule comes from.")
final class RulesCommand implements Callable<Integer> {
  private final Main main;

  @Mixin
  RuleOptions ruleOptions = new RuleOptions();

  RulesCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    List<RuleInfo> rules = ruleOptions.checker().rules().rules();
    int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
    // With user rules, each line also names where its rule comes from.
    boolean origins = !ruleOptions.rules.isEmpty();
    int originWidth = rules.stream().mapToInt(r -> r.origin().length()).max().orElse(0);
    for (RuleInfo r : rules) {
      main.out().printf("%-" + width + "s  %-7s  %s%s%n", r.id(), r.severity().label(),
          origins ? String.format("%-" + originWidth + "s  ", r.origin()) : "", r.description());
    }
    main.out().flush();
    return Main.OK;
  }
}
