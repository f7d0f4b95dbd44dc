package org.agendacheck.read;

import java.util.Locale;
import java.util.Objects;

/**
 * How sources are read: the number locale, a format that overrides the file extension, and table
 * metadata that overrides what a source says (from a sidecar {@code NAME.meta.json} or the caller).
 *
 * @param locale how numbers written as text are read; nl unless told
 * @param format the input format for every source (json, csv, txt, xlsx, docx), or null to go by
 *     each file's extension
 * @param meta metadata for the tables read, or null
 */
public record ReadOptions(NumberLocale locale, String format, TableMeta meta) {
  /** Dutch numbers, format by extension, no metadata. */
  public static final ReadOptions DEFAULTS = new ReadOptions(NumberLocale.NL, null, null);

  public ReadOptions {
    Objects.requireNonNull(locale, "locale");
    format = format == null ? null : format.trim().toLowerCase(Locale.ROOT);
  }

  /** These options with another locale. */
  public ReadOptions withLocale(NumberLocale l) {
    return new ReadOptions(l, format, meta);
  }

  /** These options with a format for every source (null: by extension). */
  public ReadOptions withFormat(String f) {
    return new ReadOptions(locale, f, meta);
  }

  /** These options with table metadata. */
  public ReadOptions withMeta(TableMeta m) {
    return new ReadOptions(locale, format, m);
  }
}
