package org.agendacheck.baseline;

/**
 * One accepted finding in a baseline: its fingerprint, what it was when it was recorded, and why it
 * is accepted.
 *
 * @param fingerprint the finding's fingerprint (see {@link Fingerprints})
 * @param file the file path the finding was in, relative to the working directory
 * @param rule the rule id
 * @param table the table id, or null
 * @param row the row label, or null
 * @param column the column key, or null
 * @param message the finding's message when it was recorded
 * @param reason why the finding is accepted, or null
 * @param owner who accepted it, or null
 * @param line the 1-based line of the entry in the baseline file, or 0
 */
public record BaselineEntry(String fingerprint, String file, String rule, String table, String row,
    String column, String message, String reason, String owner, int line) {

  /** The reason and owner as a report shows them ("" when there are none). */
  public String justification() {
    StringBuilder b = new StringBuilder();
    if (reason != null && !reason.isBlank()) {
      b.append(reason.trim());
    }
    if (owner != null && !owner.isBlank()) {
      b.append(b.length() > 0 ? " " : "").append("(owner: ").append(owner.trim()).append(')');
    }
    return b.toString();
  }
}
