package org.agendacheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.agendacheck.engine.RuleInfo;

/**
 * The rule reference, rendered from the rules' own metadata ({@code @id}, {@code @severity},
 * {@code @description}) so that the documentation cannot drift from the catalogue.
 */
public final class RuleDoc {
  /** The formats {@link #render} knows, in the order the usage lists them. */
  public static final List<String> FORMATS = List.of("text", "markdown", "json");

  private RuleDoc() {}

  /**
   * Renders the rules in a format.
   *
   * @param format text, markdown or json
   * @param rules the rules, in the order to show them
   * @return the rendering, ending in a newline, or null when the format is unknown
   */
  public static String render(String format, List<RuleInfo> rules) {
    return render(format, rules, false);
  }

  /**
   * Renders the rules in a format, with where each comes from ("default", or the user rule file)
   * when {@code withOrigin} is set.
   */
  public static String render(String format, List<RuleInfo> rules, boolean withOrigin) {
    return switch (format) {
      case "text" -> text(rules, withOrigin);
      case "markdown" -> markdown(rules, withOrigin);
      case "json" -> json(rules, withOrigin);
      default -> null;
    };
  }

  /** Aligned columns: id, severity, (origin,) description; one rule per line. */
  public static String text(List<RuleInfo> rules, boolean withOrigin) {
    int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
    int originWidth = rules.stream().mapToInt(r -> r.origin().length()).max().orElse(0);
    StringBuilder b = new StringBuilder();
    for (RuleInfo r : rules) {
      String line = withOrigin
          ? String.format("%-" + width + "s  %-7s  %-" + originWidth + "s  %s", r.id(),
              r.severity().label(), r.origin(), r.description())
          : String.format("%-" + width + "s  %-7s  %s", r.id(), r.severity().label(),
              r.description());
      b.append(line.stripTrailing()).append('\n');
    }
    return b.toString();
  }

  /** A Markdown table {@code | id | severity | (origin |) description |}, one row per rule. */
  public static String markdown(List<RuleInfo> rules, boolean withOrigin) {
    StringBuilder b = new StringBuilder(withOrigin
        ? "| id | severity | origin | description |\n|---|---|---|---|\n"
        : "| id | severity | description |\n|---|---|---|\n");
    for (RuleInfo r : rules) {
      b.append("| `").append(r.id()).append("` | ").append(r.severity().label()).append(" | ");
      if (withOrigin) {
        b.append(cell(r.origin())).append(" | ");
      }
      b.append(cell(r.description())).append(" |\n");
    }
    return b.toString();
  }

  /** {@code {"rules": [{"id", "severity", ("origin",) "description"}, ...]}}. */
  public static String json(List<RuleInfo> rules, boolean withOrigin) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeArrayFieldStart("rules");
      for (RuleInfo r : rules) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("severity", r.severity().label());
        if (withOrigin) {
          g.writeStringField("origin", r.origin());
        }
        g.writeStringField("description", r.description());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** A description as a table cell: a pipe would end the cell, a line break the row. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
  }
}
