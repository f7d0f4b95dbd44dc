package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every source under {@code src/test/resources/read/<format>/} that has a {@code NAME.model.txt}
 * beside it is read (with its sidecar, as the command line reads it) and its model compared with
 * that file.
 */
class ReaderModelTest {
  static final Path ROOT = Path.of("src/test/resources/read");

  @TestFactory
  Stream<DynamicTest> models() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".model.txt")).sorted().toList()
          .stream().map(expected -> {
            Path input = inputOf(expected, ".model.txt");
            return DynamicTest.dynamicTest(ROOT.relativize(input).toString(), () -> {
              String actual = ModelDump.of(Sources.load(input, optionsOf(input)));
              assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
            });
          });
    }
  }

  /**
   * The read options of a fixture: the defaults, with the locale named in {@code NAME.locale}
   * ("en") when there is one, as {@code --locale} gives it.
   */
  static ReadOptions optionsOf(Path input) throws IOException {
    Path o = input.resolveSibling(Sources.baseName(input) + ".locale");
    if (!Files.isRegularFile(o)) {
      return ReadOptions.DEFAULTS;
    }
    return ReadOptions.DEFAULTS.withLocale(NumberLocale.parse(Files.readString(o).trim()));
  }

  static Path inputOf(Path expected, String suffix) {
    String name = expected.getFileName().toString();
    String base = name.substring(0, name.length() - suffix.length());
    try (Stream<Path> s = Files.list(expected.getParent())) {
      return s.filter(p -> {
        String f = p.getFileName().toString();
        return f.startsWith(base + ".") && !f.endsWith(".model.txt") && !f.endsWith(".meta.json")
            && !f.endsWith(".expected.json") && !f.endsWith(".locale")
            && f.indexOf('.', base.length() + 1) < 0;
      }).findFirst().orElseThrow(() -> new IllegalStateException("no input for " + expected));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
