package org.agendacheck.engine;

import java.util.List;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Row;

/**
 * Fact: an evident other reading of a formula row's formula (a range shifted by one or two rows at
 * an end, or as a whole; one term replaced by its neighbouring row) beside how it adds up in each
 * amount column, and in how many columns the formula as printed fails. Rules judge it; it decides
 * nothing itself.
 */
public final class FormulaAlternative {
  /** How the alternative differs from the formula as printed. */
  public enum Change {
    /** The range includes rows the printed one leaves out: the label counts rows short. */
    SHORT,
    /** The range leaves out rows the printed one includes: the label counts rows too many. */
    TOO_MANY,
    /** The whole range moves by the same number of rows. */
    SHIFTED,
    /** One single-row term names the row next to the printed one. */
    NEIGHBOUR
  }

  private final Row row;
  private final String formula;
  private final String alternative;
  private final Change change;
  private final int rows;
  private final String printedTerm;
  private final String alternativeTerm;
  private final int rank;
  private final int compared;
  private final int exact;
  private final int uncompared;
  private final List<SumCheck> checks;

  FormulaAlternative(Row row, String formula, String alternative, Change change, int rows,
      String printedTerm, String alternativeTerm, int rank, int compared, int exact,
      int uncompared, List<SumCheck> checks) {
    this.row = row;
    this.formula = formula;
    this.alternative = alternative;
    this.change = change;
    this.rows = rows;
    this.printedTerm = printedTerm;
    this.alternativeTerm = alternativeTerm;
    this.rank = rank;
    this.compared = compared;
    this.exact = exact;
    this.uncompared = uncompared;
    this.checks = checks;
  }

  /** The formula row. */
  public Row getRow() {
    return row;
  }

  /** The formula as it is checked (the printed one, or its reading when it names its own row). */
  public String getFormula() {
    return formula;
  }

  /** The other formula, written in the printed one's style ("8 t/m 16"). */
  public String getAlternative() {
    return alternative;
  }

  public Change getChange() {
    return change;
  }

  /** By how many rows the alternative differs (1 or 2; 1 for a neighbour). */
  public int getRows() {
    return rows;
  }

  /**
   * The order of preference among a row's alternatives, lower first: one row at one end or a
   * neighbour before a whole range shifted by one, before two rows at one end, before a range
   * shifted by two. Unique within the row.
   */
  public int getRank() {
    return rank;
  }

  /**
   * The amount columns where the alternative can be compared exactly: the published figure is a
   * number or nil, and every part a number, nil or blank.
   */
  public int getCompared() {
    return compared;
  }

  /** Of {@link #getCompared()}, the columns where the alternative's exact sum equals the figure. */
  public int getExact() {
    return exact;
  }

  /** Amount columns with a published number or nil where a part of the alternative is PM, not applicable or invalid. */
  public int getUncompared() {
    return uncompared;
  }

  /** The checks of the formula as checked, one per amount column (shared by its alternatives). */
  public List<SumCheck> getChecks() {
    return checks;
  }

  /**
   * The arguments of the message: the variant by change, the formulas, and the columns of the
   * given checks (those the rule found failing), whose published cells took part.
   */
  public Args args(List<SumCheck> failing) {
    List<String> columns = failing.stream().map(c -> c.getColumn().getKey()).toList();
    List<Cell> cells = failing.stream().map(SumCheck::getPublished).toList();
    Phrase count = Phrase.of(rows == 1 ? "phrase.rows-one" : "phrase.rows-two");
    return Args.of(change.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        "formula", formula, "alternative", alternative, "columns", new Joined(columns, ", "),
        "rows", change == Change.NEIGHBOUR ? null : count, "printedTerm", printedTerm, "alternativeTerm", alternativeTerm)
        .withCells(cells);
  }
}
