package org.agendacheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Command lines as data: each {@code reports/cases/<case>.json} holds {@code {"description",
 * "args": [...], "exit": N}} and optionally the exact {@code "stderr"}, and {@code <case>.stdout}
 * the exact bytes the run must write to stdout. The runs go through the real engine on the fixture agendas under {@code reports/agendas}
 * and the samples.
 */
class ReportCasesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    Path dir = Golden.SOURCE.resolve("cases");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    return files.stream().map(f -> {
      String name = f.getFileName().toString().replaceFirst("\\.json$", "");
      return DynamicTest.dynamicTest(name, f.toUri(), () -> check(name, JSON.readTree(f.toFile())));
    });
  }

  private static void check(String name, JsonNode spec) throws IOException {
    List<String> args = new ArrayList<>();
    spec.path("args").forEach(a -> args.add(a.asText()));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertEquals(spec.path("exit").asInt(), run.exit(), () -> "exit code; stderr: " + run.err());
    if (spec.has("stderr")) {
      assertEquals(spec.path("stderr").asText(), run.err(), "stderr");
    }
    Golden.assertMatches("cases/" + name + ".stdout", run.out());
  }
}
