package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A command line of {@code validate} and paths alone runs without picocli's model (a cold start
 * costs less): it must do what the same command line parsed by picocli does.
 */
class PlainValidateTest {
  private static final Path CASES = Path.of("src/test/resources/cli/plain-validate/cases.tsv");

  record Case(int exit, List<String> paths) {
    @Override
    public String toString() {
      return String.join(" ", paths) + " -> " + exit;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(CASES)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      out.add(new Case(Integer.parseInt(f[0]), List.of(f).subList(1, f.length)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesWhatPicocliGives(Case c) {
    List<String> plain = new ArrayList<>(List.of("validate"));
    plain.addAll(c.paths());
    List<String> parsed = new ArrayList<>(List.of("validate", "--"));
    parsed.addAll(c.paths());
    String[] plainArgs = plain.toArray(String[]::new);
    String[] parsedArgs = parsed.toArray(String[]::new);
    assertNotNull(Main.plainValidate(plainArgs), "not taken as plain");
    assertNull(Main.plainValidate(parsedArgs), "'--' is for picocli");
    Run a = Run.of(plainArgs);
    Run b = Run.of(parsedArgs);
    assertEquals(c.exit(), a.exit(), a::err);
    assertEquals(b.exit(), a.exit(), a::err);
    assertEquals(b.out(), a.out());
    assertEquals(b.err(), a.err());
    assertTrue(a.clean(), a::err);
  }

  @Test
  void anythingPicocliWouldReadIsLeftToIt() {
    assertNull(Main.plainValidate("validate"));
    assertNull(Main.plainValidate("validate", "--format", "sarif", "samples"));
    assertNull(Main.plainValidate("validate", "samples", "--fail-on", "warning"));
    assertNull(Main.plainValidate("validate", "-h"));
    assertNull(Main.plainValidate("validate", "@args.txt"));
    assertNull(Main.plainValidate("validate", ""));
    assertNull(Main.plainValidate("rules", "samples"));
    assertNull(Main.plainValidate("--debug", "validate", "samples"));
    assertEquals(List.of(Path.of("samples"), Path.of("rules")),
        Main.plainValidate("validate", "samples", "rules"));
  }

  /**
   * Every option and parameter field of the command (its mixins and groups too) holds on the
   * command {@link ValidateCommand#ofPaths} makes what picocli sets for a command line of a path.
   */
  @Test
  void optionsAreAtPicocliDefaults() throws IllegalAccessException {
    Main main = new Main(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    ValidateCommand parsed = new ValidateCommand(main);
    new CommandLine(parsed).parseArgs("samples");
    ValidateCommand plain = ValidateCommand.ofPaths(main, List.of(Path.of("samples")));
    List<String> compared = new ArrayList<>();
    compare(ValidateCommand.class, parsed, plain, "", compared);
    assertTrue(compared.containsAll(List.of("failOn", "paths", "reports", "read.locale",
        "read.inputFormat", "ruleOptions.rules", "lang")), compared::toString);
  }

  private static void compare(Class<?> type, Object parsed, Object plain, String prefix,
      List<String> compared) throws IllegalAccessException {
    for (Field f : type.getDeclaredFields()) {
      String name = prefix + f.getName();
      if (f.isAnnotationPresent(CommandLine.Mixin.class)) {
        f.setAccessible(true);
        compare(f.getType(), f.get(parsed), f.get(plain), name + ".", compared);
      } else if (f.isAnnotationPresent(CommandLine.Option.class)
          || f.isAnnotationPresent(CommandLine.Parameters.class)
          || f.isAnnotationPresent(CommandLine.ArgGroup.class)) {
        f.setAccessible(true);
        assertEquals(f.get(parsed), f.get(plain), name);
        compared.add(name);
      }
    }
  }
}
