package org.agendacheck.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.agendacheck.engine.RuleInfo;
import org.agendacheck.report.RuleDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agendacheck rules}: lists the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists the rule catalogue: id, default severity and description; with --rules, "
        + "also the user's rules and (in text) where each rule comes from.")
final class RulesCommand implements Callable<Integer> {
  private final Main main;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Listing format: text (default), markdown or json.")
  String format;

  @Mixin
  RuleOptions ruleOptions = new RuleOptions();

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of the descriptions: en (default) or nl.")
  String lang;

  RulesCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    if (RuleDoc.render(format, List.of()) == null) {
      throw new UsageException("unknown --format '" + format + "'; use one of "
          + String.join(", ", RuleDoc.FORMATS));
    }
    List<java.nio.file.Path> configured;
    try {
      configured = org.agendacheck.config.Config.rulePaths(null, main.workingDirectory());
    } catch (org.agendacheck.config.ConfigException e) {
      throw new UsageException(e.getMessage());
    }
    org.agendacheck.engine.Language language = lang == null
        ? org.agendacheck.engine.Language.EN : ValidateCommand.language(lang);
    org.agendacheck.engine.RuleBase base = ruleOptions.checker(configured).rules();
    List<RuleInfo> rules = base.rules().stream().map(r -> new RuleInfo(r.id(), r.severity(),
        base.description(r, language), r.family(), r.origin())).toList();
    boolean userRules = !ruleOptions.rules.isEmpty() || !configured.isEmpty();
    main.out().print(RuleDoc.render(format, rules, userRules));
    main.out().flush();
    return Main.OK;
  }
}
