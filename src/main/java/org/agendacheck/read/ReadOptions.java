package org.agendacheck.read;

import java.util.Locale;
import java.util.Objects;
import org.agendacheck.model.Rounding;

/**
 * How sources are read: the number locale, a format that overrides the file extension, table
 * metadata that overrides what a source says (from a sidecar {@code NAME.meta.json} or the caller),
 * and the rounding of tables whose source declares none (a configuration's {@code rounding}).
 *
 * @param locale how numbers written as text are read; nl unless told
 * @param format the input format for every source (json, csv, txt, xlsx, docx), or null to go by
 *     each file's extension
 * @param meta metadata for the tables read, or null
 * @param defaultRounding the rounding of tables whose source declares none, or null (they are
 *     exact)
 */
public record ReadOptions(NumberLocale locale, String format, TableMeta meta,
    Rounding defaultRounding) {
  /** Dutch numbers, format by extension, no metadata, no default rounding. */
  public static final ReadOptions DEFAULTS = new ReadOptions(NumberLocale.NL, null, null, null);

  /** Options without a default rounding. */
  public ReadOptions(NumberLocale locale, String format, TableMeta meta) {
    this(locale, format, meta, null);
  }

  public ReadOptions {
    Objects.requireNonNull(locale, "locale");
    format = format == null ? null : format.trim().toLowerCase(Locale.ROOT);
  }

  /** These options with another locale. */
  public ReadOptions withLocale(NumberLocale l) {
    return new ReadOptions(l, format, meta, defaultRounding);
  }

  /** These options with a format for every source (null: by extension). */
  public ReadOptions withFormat(String f) {
    return new ReadOptions(locale, f, meta, defaultRounding);
  }

  /** These options with table metadata. */
  public ReadOptions withMeta(TableMeta m) {
    return new ReadOptions(locale, format, m, defaultRounding);
  }

  /** These options with the rounding of tables whose source declares none (null: exact). */
  public ReadOptions withDefaultRounding(Rounding r) {
    return new ReadOptions(locale, format, meta, r);
  }
}
