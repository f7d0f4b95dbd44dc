package org.agendacheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of every reader. {@code mvn verify} replays each one's corpus (the fixtures of its
 * format, and the committed inputs under {@code ReaderFuzzTestInputs/<method>}) as regression
 * tests; {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest#json} fuzzes one target (see the
 * README, Robustness). The properties each input must keep are in {@link ReadProperty}.
 */
class ReaderFuzzTest {
  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void json(byte[] data) {
    ReadProperty.holds("fuzz.json", data);
  }

  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void csv(byte[] data) {
    ReadProperty.holds("fuzz.csv", data);
  }

  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void text(byte[] data) {
    ReadProperty.holds("fuzz.txt", data);
  }

  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void xlsx(byte[] data) {
    ReadProperty.holds("fuzz.xlsx", data);
  }

  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void docx(byte[] data) {
    ReadProperty.holds("fuzz.docx", data);
  }

  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void html(byte[] data) {
    ReadProperty.holds("fuzz.html", data);
  }

  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void pdf(byte[] data) {
    ReadProperty.holds("fuzz.pdf", data);
  }

  /**
   * The bytes as the first worksheet of a well-formed workbook: a mutated zip rarely gets past its
   * checksums, so the sheet XML is fuzzed inside an intact package.
   */
  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void xlsxSheet(byte[] data) {
    ReadProperty.holds("fuzz-sheet.xlsx", OfficePackage.XLSX.with("xl/worksheets/sheet1.xml", data));
  }

  /** The bytes as the shared strings of a well-formed workbook. */
  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void xlsxStrings(byte[] data) {
    ReadProperty.holds("fuzz-strings.xlsx", OfficePackage.XLSX.with("xl/sharedStrings.xml", data));
  }

  /** The bytes as the main part of a well-formed Word document. */
  @FuzzTest(maxDuration = Campaign.PER_TARGET)
  void docxBody(byte[] data) {
    ReadProperty.holds("fuzz-body.docx", OfficePackage.DOCX.with("word/document.xml", data));
  }
}
