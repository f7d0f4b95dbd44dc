package org.agendacheck.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.agendacheck.model.Document;
import org.agendacheck.model.Ref;
import org.agendacheck.model.RefDeclaration;
import org.agendacheck.model.Table;

/**
 * References declared beside documents, as a sidecar's or the configuration's {@code "references"}
 * array reads:
 *
 * <pre>{@code
 * "references": [
 *   {"document": "kernboodschap", "row": "Digitale Overheid", "ref": {"document": "nds", "row": "Totaal"}},
 *   {"document": "nds-kamerbrief", "ref": {"document": "nds"}}
 * ]
 * }</pre>
 *
 * <p>The first says a row republishes a row of another document; the second, without rows, that a
 * whole table republishes another's rows by label. In a sidecar {@code "document"} may be left out:
 * it is the source's first table.
 */
public final class DeclaredReferences {
  private static final Set<String> KEYS = Set.of("document", "row", "ref");

  private DeclaredReferences() {}

  /**
   * Reads a {@code "references"} array.
   *
   * @param node the array, or null for none
   * @param documentRequired true for the configuration, where every entry names its table
   * @param origin where the array was read, kept on each declaration
   * @throws IllegalArgumentException with a one-line message naming the entry and the problem
   */
  public static List<RefDeclaration> parse(JsonNode node, boolean documentRequired, String origin) {
    List<RefDeclaration> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("\"references\" must be an array of {\"document\", "
          + "\"row\", \"ref\": {\"document\", \"row\"}}");
    }
    int i = 0;
    for (JsonNode e : node) {
      String at = "references[" + i++ + "]";
      if (!e.isObject()) {
        throw new IllegalArgumentException(at + " must be an object");
      }
      for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!KEYS.contains(k)) {
          throw new IllegalArgumentException(at + ": unknown key \"" + k
              + "\"; use document, row and ref");
        }
      }
      String document = text(e, "document", at);
      if (documentRequired && document == null) {
        throw new IllegalArgumentException(at + " needs \"document\", the id of the republishing "
            + "table");
      }
      String row = text(e, "row", at);
      JsonNode ref = e.get("ref");
      if (ref == null || !ref.isObject()) {
        throw new IllegalArgumentException(at + " needs \"ref\": {\"document\": ID, \"row\": LABEL}"
            + " (or {\"document\": ID} for a whole table)");
      }
      for (Iterator<String> it = ref.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!k.equals("document") && !k.equals("row")) {
          throw new IllegalArgumentException(at + ".ref: unknown key \"" + k
              + "\"; use document and row");
        }
      }
      String targetDocument = text(ref, "document", at + ".ref");
      String targetRow = text(ref, "row", at + ".ref");
      if (targetDocument == null) {
        throw new IllegalArgumentException(at + ".ref needs \"document\"");
      }
      if ((row == null) != (targetRow == null)) {
        throw new IllegalArgumentException(at + ": give \"row\" both here and in \"ref\" (a row "
            + "republishes a row), or in neither (the whole table republishes rows by label)");
      }
      out.add(new RefDeclaration(document, row, new Ref(targetDocument, targetRow), origin));
    }
    return out;
  }

  private static String text(JsonNode n, String field, String at) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(at + ": \"" + field + "\" must be a non-empty string");
    }
    return v.asText();
  }

  /**
   * Gives the tables of a document the declarations that name them: by id, or (for a sidecar's
   * declarations without a document) the document's first table.
   */
  public static void apply(Document d, List<RefDeclaration> declarations) {
    if (declarations.isEmpty() || d.tables().isEmpty()) {
      return;
    }
    for (Table t : d.tables()) {
      List<RefDeclaration> mine = new ArrayList<>();
      for (RefDeclaration r : declarations) {
        if (r.table() == null ? t == d.tables().get(0) : r.table().equals(t.getId())) {
          mine.add(r);
        }
      }
      t.declareReferences(mine);
    }
  }
}
