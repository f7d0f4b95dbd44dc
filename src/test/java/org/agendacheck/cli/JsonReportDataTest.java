package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON report's findings as data, read back as a portal reads them: exact amounts, the
 * template key and arguments, the cells that took part, messages in the run's language.
 */
class JsonReportDataTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @Test
  void aFailedTotalIsDataWithExactAmountsAndItsItems() throws IOException {
    Run r = Run.of("validate", "--format", "json", "--lang", "nl",
        "src/test/resources/rules/total-sum/down-lower-bound-open.json");
    assertEquals(1, r.exit(), r::err);
    JsonNode f = null;
    for (JsonNode each : JSON.readTree(r.out()).path("findings")) {
      if (each.path("rule").asText().equals("total-sum")
          && each.path("column").asText().equals("2028")) {
        f = each;
      }
    }
    assertTrue(f != null, r::out);
    assertEquals("total-sum.exceeds", f.path("messageKey").asText());
    assertEquals("cell", f.path("subject").asText());
    JsonNode a = f.path("arguments");
    assertTrue(a.path("sum").isNumber(), a::toString);
    assertEquals(new BigDecimal("30"), a.path("sum").decimalValue());
    assertEquals(new BigDecimal("-5.01"), a.path("difference").decimalValue());
    assertEquals(new BigDecimal("24.99"), a.path("published").path("amount").decimalValue());
    assertEquals("Totaal", a.path("published").path("row").asText());
    assertEquals(3, a.path("figures").asInt());
    assertEquals(2, f.path("cells").size(), f.toString());
    assertEquals("Data", f.path("cells").get(0).path("row").asText());
    assertEquals(new BigDecimal("20"), f.path("cells").get(1).path("amount").decimalValue());
    for (JsonNode c : f.path("cells")) {
      assertEquals("2028", c.path("column").asText());
      assertTrue(c.path("line").asInt() > 0, c::toString);
    }
    // the same sentence the text report prints in Dutch
    Run text = Run.of("validate", "--lang", "nl",
        "src/test/resources/rules/total-sum/down-lower-bound-open.json");
    assertTrue(text.out().contains(f.path("message").asText()), f.path("message").asText());
    assertTrue(f.path("message").asText().startsWith("24,99 vermeld"), f.path("message").asText());
    assertFalse(f.path("fingerprint").asText().isEmpty());
  }

  @Test
  void aTotalOfManyItemsNamesTheFirstFiftyAndHowManyTookPart(@TempDir Path dir)
      throws IOException {
    StringBuilder b = new StringBuilder("{\"columns\": [\"2026\"], \"rows\": [\n");
    for (int i = 1; i <= 60; i++) {
      b.append("  {\"label\": \"Post ").append(i).append("\", \"values\": [1]},\n");
    }
    b.append("  {\"label\": \"Totaal\", \"role\": \"total\", \"values\": [61]}\n]}\n");
    Path file = dir.resolve("groot.json");
    Files.writeString(file, b);
    Run r = Run.of("validate", "--format", "json", file.toString());
    JsonNode f = JSON.readTree(r.out()).path("findings").get(0);
    assertEquals("total-sum", f.path("rule").asText(), r::out);
    assertEquals(50, f.path("cells").size());
    assertEquals(60, f.path("cellCount").asInt());
    assertEquals("Post 1", f.path("cells").get(0).path("row").asText());
    assertEquals(new BigDecimal("60"), f.path("arguments").path("sum").decimalValue());
  }
}
