package org.agendacheck.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.RoundingMode;

/**
 * Table metadata given beside a source rather than in it: a sidecar {@code NAME.meta.json} next to
 * {@code NAME.csv} (or any other non-JSON source) holding
 * {@code {"id": "...", "title": "...", "unit": "EUR mln", "rounding": {"step": 5, "mode": "up"},
 * "references": [...]}}. Every field is optional; what is given overrides what the reader finds in
 * the source. {@code references} declares rows (or the whole table) as republishing rows of other
 * documents ({@link DeclaredReferences}).
 *
 * @param id the table id, or null
 * @param title the title, or null
 * @param unit the unit, or null
 * @param rounding the rounding, or null
 * @param origin where the metadata came from (shown as the rounding's source)
 * @param references the references declared for the source's tables (empty for none)
 */
public record TableMeta(String id, String title, String unit, Rounding rounding, String origin,
    java.util.List<org.agendacheck.model.RefDeclaration> references) {
  public TableMeta {
    references = references == null ? java.util.List.of() : java.util.List.copyOf(references);
  }

  /** Metadata without declared references. */
  public TableMeta(String id, String title, String unit, Rounding rounding, String origin) {
    this(id, title, unit, rounding, origin, java.util.List.of());
  }

  /** Made when the first sidecar is read, not when a reader first asks where one would be. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  /** The sidecar file that belongs to a source: {@code NAME.meta.json} beside {@code NAME.ext}. */
  public static Path sidecarOf(Path source) {
    return source.resolveSibling(Sources.baseName(source) + ".meta.json");
  }

  /**
   * Reads a sidecar file.
   *
   * @throws IOException with a one-line message when the file is not valid metadata
   */
  public static TableMeta read(Path file) throws IOException {
    try {
      return readFile(file);
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage());
      if (m.indexOf('\n') < 0 && m.indexOf('\r') < 0) {
        throw e;
      }
      // a key or value of the file holding a line break must not break the one-line error
      throw new IOException(m.replace("\r", "\\r").replace("\n", "\\n"), e);
    }
  }

  private static TableMeta readFile(Path file) throws IOException {
    JsonNode n;
    try {
      n = Json.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file.getFileName() + " is not valid JSON: "
          + String.valueOf(e.getMessage()).split("\\R")[0]);
    }
    if (n == null || !n.isObject()) {
      throw new IOException(file.getFileName() + " must hold a JSON object");
    }
    Rounding rounding = null;
    JsonNode r = n.get("rounding");
    if (r != null && !r.isNull()) {
      RoundingMode mode = r.hasNonNull("mode") ? RoundingMode.parse(r.get("mode").asText()) : null;
      if (mode == null) {
        throw new IOException(file.getFileName()
            + ": \"rounding.mode\" must be up, down, nearest or none");
      }
      if (mode == RoundingMode.NONE) {
        rounding = Rounding.NONE;
      } else {
        JsonNode step = r.get("step");
        if (step == null || !step.isNumber() || step.decimalValue().signum() <= 0) {
          throw new IOException(file.getFileName() + ": \"rounding.step\" must be a positive number");
        }
        rounding = new Rounding(mode, step.decimalValue());
        JsonNode totals = r.get("totals");
        if (totals != null && !totals.isNull()) {
          Boolean exact = totals.isTextual() ? Rounding.parseTotals(totals.asText()) : null;
          if (exact == null) {
            throw new IOException(file.getFileName()
                + ": \"rounding.totals\" must be exact or interval");
          }
          rounding = rounding.withExactTotals(exact);
        }
      }
    }
    String origin = "sidecar " + file.getFileName();
    java.util.List<org.agendacheck.model.RefDeclaration> references;
    try {
      references = DeclaredReferences.parse(n.get("references"), false, origin);
    } catch (IllegalArgumentException e) {
      throw new IOException(file.getFileName() + ": " + e.getMessage());
    }
    return new TableMeta(text(n, "id"), text(n, "title"), text(n, "unit"), rounding, origin,
        references);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
