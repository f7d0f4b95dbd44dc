package org.agendacheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendacheck.AgendaCheck;
import org.agendacheck.engine.RuleBuildException;
import org.agendacheck.engine.RuleFiles;
import picocli.CommandLine.Option;

/** The options that choose the rules: the user's rule files and whether the defaults run too. */
final class RuleOptions {
  @Option(names = "--rules", paramLabel = "PATH",
      description = "Also run the rules in PATH: a .drl file, a decision table (.xlsx, .xls, .csv) "
          + "or a folder searched for them (recursively, sorted). Repeatable.")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--no-default-rules",
      description = "Run only the rules given with --rules, not the default catalogue.")
  boolean noDefaultRules;

  /**
   * The checker these options ask for, its rules compiled once.
   *
   * @throws UsageException when a rule path is missing or a rule file does not build
   */
  AgendaCheck checker() {
    return checker(List.of());
  }

  /**
   * The checker with the rule paths a configuration names as well, after those of --rules.
   *
   * @throws UsageException when a rule path is missing or a rule file does not build
   */
  AgendaCheck checker(List<Path> configured) {
    List<Path> all = new ArrayList<>(rules);
    all.addAll(configured);
    if (noDefaultRules && all.isEmpty()) {
      throw new UsageException("--no-default-rules needs at least one --rules PATH");
    }
    if (all.isEmpty()) {
      return AgendaCheck.withDefaultRules();
    }
    try {
      return AgendaCheck.withRules(all, !noDefaultRules);
    } catch (RuleFiles.NoRuleFileException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      throw new UsageException("cannot read the rules: " + e.getMessage());
    } catch (RuleBuildException e) {
      List<String> problems = e.problems();
      throw new UsageException(problems.get(0) + (problems.size() == 1 ? ""
          : " (and " + (problems.size() - 1) + " more problem"
              + (problems.size() == 2 ? "" : "s") + ")"));
    }
  }
}
