package org.agendacheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.agendacheck.AgendaCheck;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The SARIF of the samples, of every rule fixture and of the report fixtures validates against the
 * official SARIF 2.1.0 schema (a copy under {@code src/test/resources/sarif}), and names every rule
 * of the catalogue once, in order.
 */
class SarifSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AgendaCheck CHECK = AgendaCheck.withDefaultRules();
  private static final JsonSchema SCHEMA = schema();

  private static JsonSchema schema() {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream(
        "/sarif/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> sarifValidates() throws IOException {
    List<List<Path>> inputs = new ArrayList<>();
    inputs.add(List.of(Path.of("samples")));
    inputs.add(List.of(Path.of("src/test/resources/reports/agendas")));
    Path rules = Path.of("src/test/resources/rules");
    try (Stream<Path> folders = Files.list(rules)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(folder)) {
          files.filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
              .filter(p -> !p.getFileName().toString().endsWith(".baseline.json"))
              .sorted().forEach(p -> inputs.add(List.of(p)));
        }
      }
    }
    return inputs.stream().map(in -> DynamicTest.dynamicTest(in.toString(), () -> validate(in)));
  }

  /** The schema check can fail: a level SARIF does not know is caught. */
  @org.junit.jupiter.api.Test
  void schemaRejectsAnUnknownLevel() throws IOException {
    String log = Files.readString(Golden.SOURCE.resolve("cases/sarif-mixed.stdout"))
        .replace("\"level\": \"note\"", "\"level\": \"info\"");
    assertTrue(!SCHEMA.validate(JSON.readTree(log)).isEmpty());
  }

  private static void validate(List<Path> inputs) throws IOException {
    ValidationResult result = CHECK.validatePaths(inputs);
    StringWriter out = new StringWriter();
    new SarifReport().write(ReportInput.of(result, CHECK.rules().rules(), Severity.ERROR,
        Path.of("")), out);
    JsonNode log = JSON.readTree(out.toString());
    Set<ValidationMessage> problems = SCHEMA.validate(log);
    assertTrue(problems.isEmpty(), () -> "schema violations: " + problems + "\n" + out);
    JsonNode rules = log.path("runs").path(0).path("tool").path("driver").path("rules");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.path("id").asText()));
    assertEquals(CHECK.rules().rules().stream().map(r -> r.id()).toList(), ids);
    JsonNode results = log.path("runs").path(0).path("results");
    assertEquals(result.findings().size(), results.size());
    for (JsonNode r : results) {
      assertEquals(r.path("ruleId").asText(),
          rules.path(r.path("ruleIndex").asInt()).path("id").asText(), "ruleIndex points at ruleId");
    }
  }
}
