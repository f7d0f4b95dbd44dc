package org.agendacheck.read;

import java.util.Locale;
import java.util.Objects;
import org.agendacheck.model.Rounding;

/**
 * How sources are read: the number locale, a format that overrides the file extension, and table
 * metadata that overrides what a source says (from a sidecar {@code NAME.meta.json} or the caller).
 *
 * @param locale how numbers written as text are read; nl unless told
 * @param format the input format for every source (json, csv, txt, xlsx, docx), or null to go by
 *     each file's extension
 * @param meta metadata for the tables read, or null
 * @param defaultRounding the rounding for tables whose source declares none (a configuration's
 *     {@code rounding}), or null: such tables are exact
 * @param defaultRoundingSource where the default rounding comes from ("agendacheck.json"), or null
 * @param references references declared for tables by id (a configuration's {@code references}),
 *     given to the tables they name as they are read
 */
public record ReadOptions(NumberLocale locale, String format, TableMeta meta,
    Rounding defaultRounding, String defaultRoundingSource,
    java.util.List<org.agendacheck.model.RefDeclaration> references) {
  /** Dutch numbers, format by extension, no metadata. */
  public static final ReadOptions DEFAULTS = new ReadOptions(NumberLocale.NL, null, null);

  public ReadOptions {
    Objects.requireNonNull(locale, "locale");
    references = references == null ? java.util.List.of() : java.util.List.copyOf(references);
    format = format == null ? null : format.trim().toLowerCase(Locale.ROOT);
  }

  /** Options without a default rounding. */
  public ReadOptions(NumberLocale locale, String format, TableMeta meta) {
    this(locale, format, meta, null, null);
  }

  /** Options without declared references. */
  public ReadOptions(NumberLocale locale, String format, TableMeta meta, Rounding defaultRounding,
      String defaultRoundingSource) {
    this(locale, format, meta, defaultRounding, defaultRoundingSource, java.util.List.of());
  }

  /** These options with references declared for tables by id (each naming its table). */
  public ReadOptions withReferences(java.util.List<org.agendacheck.model.RefDeclaration> r) {
    return new ReadOptions(locale, format, meta, defaultRounding, defaultRoundingSource, r);
  }

  /**
   * These options with a default rounding, which the text, CSV and Word readers give every table
   * whose source declares none, naming where it came from as the table's rounding source.
   */
  public ReadOptions withDefaultRounding(Rounding r, String source) {
    return new ReadOptions(locale, format, meta, r, r == null ? null : source, references);
  }

  /** These options with a default rounding from "the default rounding" (null: exact). */
  public ReadOptions withDefaultRounding(Rounding r) {
    return withDefaultRounding(r, "the default rounding");
  }

  /** These options with another locale. */
  public ReadOptions withLocale(NumberLocale l) {
    return new ReadOptions(l, format, meta, defaultRounding, defaultRoundingSource, references);
  }

  /** These options with a format for every source (null: by extension). */
  public ReadOptions withFormat(String f) {
    return new ReadOptions(locale, f, meta, defaultRounding, defaultRoundingSource, references);
  }

  /** These options with table metadata. */
  public ReadOptions withMeta(TableMeta m) {
    return new ReadOptions(locale, format, m, defaultRounding, defaultRoundingSource, references);
  }
}
