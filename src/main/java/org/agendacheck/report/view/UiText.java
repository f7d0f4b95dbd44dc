package org.agendacheck.report.view;

import java.util.Locale;
import java.util.Map;

/** The words of the visual reports, in English and Dutch. */
public final class UiText {
  private static final Map<String, String[]> WORDS = Map.ofEntries(
      Map.entry("title", new String[] {"agendacheck report", "agendacheck-rapport"}),
      Map.entry("summary", new String[] {"Summary", "Samenvatting"}),
      Map.entry("files", new String[] {"Files", "Bestanden"}),
      Map.entry("errors", new String[] {"Errors", "Fouten"}),
      Map.entry("warnings", new String[] {"Warnings", "Waarschuwingen"}),
      Map.entry("infos", new String[] {"Notes", "Opmerkingen"}),
      Map.entry("suppressed", new String[] {"Suppressed by the baseline",
          "Onderdrukt door de baseline"}),
      Map.entry("verdict", new String[] {"Verdict", "Oordeel"}),
      Map.entry("pass", new String[] {"PASSES", "GOEDGEKEURD"}),
      Map.entry("fail", new String[] {"FAILS", "AFGEKEURD"}),
      Map.entry("failOn", new String[] {"fails on %s and more serious", "afgekeurd bij %s en ernstiger"}),
      Map.entry("failOnNone", new String[] {"--fail-on none: never fails",
          "--fail-on none: nooit afgekeurd"}),
      Map.entry("findings", new String[] {"Findings", "Bevindingen"}),
      Map.entry("noFindings", new String[] {"No findings.", "Geen bevindingen."}),
      Map.entry("severity", new String[] {"Severity", "Ernst"}),
      Map.entry("rule", new String[] {"Rule", "Regel"}),
      Map.entry("message", new String[] {"Message", "Melding"}),
      Map.entry("place", new String[] {"Place", "Plaats"}),
      Map.entry("file", new String[] {"File", "Bestand"}),
      Map.entry("error", new String[] {"error", "fout"}),
      Map.entry("warning", new String[] {"warning", "waarschuwing"}),
      Map.entry("info", new String[] {"note", "opmerking"}),
      Map.entry("filterSeverity", new String[] {"Show severities", "Toon ernst"}),
      Map.entry("filterRule", new String[] {"Show rules", "Toon regels"}),
      Map.entry("published", new String[] {"published", "gepubliceerd"}),
      Map.entry("computed", new String[] {"computed", "berekend"}),
      Map.entry("difference", new String[] {"difference", "verschil"}),
      Map.entry("tolerance", new String[] {"tolerance", "marge"}),
      Map.entry("contributing", new String[] {"cells taking part", "betrokken cellen"}),
      Map.entry("documents", new String[] {"Documents", "Documenten"}),
      Map.entry("table", new String[] {"Table", "Tabel"}),
      Map.entry("unit", new String[] {"Unit", "Eenheid"}),
      Map.entry("rounding", new String[] {"Rounding", "Afronding"}),
      Map.entry("roundingNone", new String[] {"none (exact figures)", "geen (exacte bedragen)"}),
      Map.entry("declaredAt", new String[] {"declared in", "vermeld in"}),
      Map.entry("declaredWithTable", new String[] {"declared with the table",
          "vermeld bij de tabel"}),
      Map.entry("rows", new String[] {"rows", "rijen"}),
      Map.entry("columns", new String[] {"Columns", "Kolommen"}),
      Map.entry("label", new String[] {"Row", "Regel"}),
      Map.entry("section", new String[] {"Section", "Onderdeel"}),
      Map.entry("skip", new String[] {"Skip to the findings", "Naar de bevindingen"}),
      Map.entry("toList", new String[] {"back to the list", "terug naar de lijst"}),
      Map.entry("toCell", new String[] {"go to the cell", "naar de cel"}),
      Map.entry("notRead", new String[] {"not read", "niet gelezen"}),
      Map.entry("onSource", new String[] {"about the whole file", "over het hele bestand"}),
      Map.entry("onTable", new String[] {"about the whole table", "over de hele tabel"}),
      Map.entry("andMore", new String[] {"\u2026 and %s more", "\u2026 en nog %s"}),
      Map.entry("elided", new String[] {"%s rows without findings not shown (see the JSON report "
          + "for every finding)", "%s rijen zonder bevindingen niet getoond (het JSON-rapport "
          + "bevat elke bevinding)"}),
      Map.entry("summarised", new String[] {"%s rows, %s columns, no findings: not shown in full "
          + "because the run is large", "%s rijen, %s kolommen, geen bevindingen: niet volledig "
          + "getoond omdat de invoer groot is"}),
      Map.entry("moreFindings", new String[] {"and %s more findings: see the JSON report",
          "en nog %s bevindingen: zie het JSON-rapport"}),
      Map.entry("withoutTables", new String[] {"Sources without findings", "Bronnen zonder bevindingen"}),
      Map.entry("keys", new String[] {"Keys: Tab moves through the marked cells and the list; "
          + "Enter follows a link.", "Toetsen: Tab gaat langs de gemarkeerde cellen en de lijst; "
          + "Enter volgt een link."}),
      Map.entry("sheetName", new String[] {"Findings", "Bevindingen"}),
      Map.entry("annotatedBy", new String[] {"Findings of agendacheck", "Bevindingen van agendacheck"}));

  private final int lang;
  private final String code;

  private UiText(String code) {
    this.code = code;
    this.lang = code.equals("nl") ? 1 : 0;
  }

  /** The words for a language: "nl" (Dutch), anything else English. */
  public static UiText of(String language) {
    return new UiText(language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("nl")
        ? "nl" : "en");
  }

  /** The language code: "en" or "nl". */
  public String code() {
    return code;
  }

  /** The word for a key; with arguments, the format filled in. */
  public String get(String key, Object... args) {
    String[] w = WORDS.get(key);
    if (w == null) {
      throw new IllegalArgumentException("no text " + key);
    }
    return args.length == 0 ? w[lang] : String.format(Locale.ROOT, w[lang], args);
  }

  /** The severity's word: "error"/"fout", "warning"/"waarschuwing", "note"/"opmerking". */
  public String severity(org.agendacheck.engine.Severity s) {
    return get(s.label());
  }
}
