package org.agendacheck.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layering as a test: model at the bottom, readers and engine on it, reports above. */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.agendacheck");
  }

  @Test
  void theModelImportsNothingOfTheProject() {
    noClasses().that().resideInAPackage("org.agendacheck.model..")
        .should().dependOnClassesThat().resideOutsideOfPackages("org.agendacheck.model..", "java..")
        .check(classes);
  }

  @Test
  void readersUseOnlyTheModel() {
    noClasses().that().resideInAPackage("org.agendacheck.read..")
        .should().dependOnClassesThat().resideInAnyPackage("org.agendacheck", "org.agendacheck.engine..",
            "org.agendacheck.report..", "org.agendacheck.baseline..", "org.agendacheck.config..",
            "org.agendacheck.cli..", "org.agendacheck.gate..", "org.agendacheck.annotate..")
        .check(classes);
  }

  @Test
  void theEngineUsesOnlyTheModel() {
    noClasses().that().resideInAPackage("org.agendacheck.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("org.agendacheck", "org.agendacheck.read..",
            "org.agendacheck.report..", "org.agendacheck.baseline..", "org.agendacheck.config..",
            "org.agendacheck.cli..", "org.agendacheck.gate..", "org.agendacheck.annotate..")
        .check(classes);
  }

  @Test
  void reportsNeverUseTheCommandLineOrTheFacade() {
    noClasses().that().resideInAPackage("org.agendacheck.report..")
        .should().dependOnClassesThat().resideInAnyPackage("org.agendacheck", "org.agendacheck.cli..")
        .check(classes);
  }

  @Test
  void baselinesNeverUseReports() {
    noClasses().that().resideInAPackage("org.agendacheck.baseline..")
        .should().dependOnClassesThat().resideInAnyPackage("org.agendacheck.report..",
            "org.agendacheck.cli..")
        .check(classes);
  }
}
