package org.agendacheck.report.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Language;
import org.agendacheck.engine.FormulaRow;
import org.agendacheck.engine.FormulaTerm;
import org.agendacheck.engine.ReferencePair;
import org.agendacheck.engine.SumCheck;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Column;
import org.agendacheck.model.Document;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;

/** Reads {@link FindingView}s from the engine's findings: the one place that knows their fields. */
public final class FindingViews {
  private static final Pattern SHEET_CELL =
      Pattern.compile("^(?:'((?:[^']|'')+)'|([^!']+))!\\$?([A-Z]{1,3})\\$?(\\d+)$");
  private static final Pattern WORD_CELL =
      Pattern.compile("^table (\\d+), row (\\d+)(?:, cell (\\d+))?$");

  private FindingViews() {}

  /** The findings of a run, in report order, with English messages. */
  public static List<FindingView> of(ValidationResult result) {
    return of(result, Language.EN);
  }

  /** The findings of a run, in report order, with messages in a language. */
  public static List<FindingView> of(ValidationResult result, Language lang) {
    List<FindingView> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      out.add(of(out.size(), f, lang));
    }
    return out;
  }

  /**
   * The documents of a run that hold tables, in the order they were read, then any other document
   * the findings name. Sources read into no table (a parse-error) are named by their findings.
   */
  public static List<Document> documents(ValidationResult result, List<FindingView> views) {
    LinkedHashSet<Document> docs = new LinkedHashSet<>();
    for (Document d : result.documents()) {
      if (!d.tables().isEmpty()) {
        docs.add(d);
      }
    }
    for (FindingView v : views) {
      if (v.document() != null) {
        docs.add(v.document());
      }
    }
    return new ArrayList<>(docs);
  }

  /** One finding as the visual reports show it, in English. */
  public static FindingView of(int index, Finding f) {
    return of(index, f, Language.EN);
  }

  /** One finding as the visual reports show it, its message in a language. */
  public static FindingView of(int index, Finding f, Language lang) {
    Object origin = f.getOrigin();
    Object subject = origin;
    List<Cell> contributing = new ArrayList<>();
    Arithmetic arithmetic = null;
    if (origin instanceof SumCheck s) {
      subject = s.getPublished();
      arithmetic = arithmetic(s);
    } else if (origin instanceof ReferencePair p) {
      subject = p.cell();
      contributing.add(p.target());
      arithmetic = new Arithmetic(p.cell().display(), p.target().display(),
          p.isComparable() ? plain(p.cell().getAmount().subtract(p.target().getAmount())) : null,
          "0");
    } else if (origin instanceof org.agendacheck.engine.ResolvableReference r) {
      subject = r.subject();
    } else if (origin instanceof FormulaTerm t) {
      subject = t.getOwner();
    } else if (origin instanceof FormulaRow r) {
      subject = r.row();
    }
    Cell cell = subject instanceof Cell c && c.getRow() != null ? c : null;
    // the cells the finding says took part; the origin's own are the fallback for user rules
    for (Cell c : f.getCells()) {
      if (c != cell && c != null && !contributing.contains(c)) {
        contributing.add(c);
      }
    }
    Row row = cell != null ? cell.getRow() : subject instanceof Row r ? r : null;
    Table table = row != null ? row.getTable()
        : subject instanceof Column k ? k.getTable() : subject instanceof Table t ? t : null;
    Document document = table == null ? null : table.getDocument();
    String where = words(f.getLocation()) != null ? words(f.getLocation())
        : f.getLine() > 0 ? f.getLine() + (f.getCol() > 0 ? ":" + f.getCol() : "") : "";
    return new FindingView(index, f.getSeverity(), f.getRule(), f.getMessage(lang), f.getSource(),
        where, document, table, row, cell, contributing, arithmetic, sheetPlace(words(f.getLocation())),
        wordPlace(words(f.getLocation())), f.getAlsoAt());
  }

  /** The place in words for sources without lines (as the reader named it), or null. */
  private static String words(org.agendacheck.model.Location l) {
    return l.isKnown() && !(l instanceof org.agendacheck.model.Location.TextPosition) ? l.text()
        : null;
  }

  private static Arithmetic arithmetic(SumCheck s) {
    if (!s.isComparable()) {
      return new Arithmetic(s.getPublished().display(), plain(s.getSum()), null, null);
    }
    return new Arithmetic(s.getPublished().display(), plain(s.getSum()),
        plain(s.getDifference()), plain(s.getTolerance()));
  }

  /** A workbook cell named in words ("NDS!D20", "'Mijn blad'!B3"), or null. */
  public static SheetPlace sheetPlaceOf(String location) {
    return sheetPlace(location);
  }

  static SheetPlace sheetPlace(String location) {
    if (location == null) {
      return null;
    }
    Matcher m = SHEET_CELL.matcher(location);
    if (!m.matches()) {
      return null;
    }
    String sheet = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2);
    int column = 0;
    for (char ch : m.group(3).toCharArray()) {
      column = column * 26 + (ch - 'A' + 1);
    }
    return new SheetPlace(sheet, Integer.parseInt(m.group(4)) - 1, column - 1);
  }

  /** A Word table cell named in words ("table 1, row 13, cell 5"), or null. */
  /** The Word table cell of a cell's location, or null when it is not one. */
  public static WordPlace wordPlaceOf(org.agendacheck.model.Location l) {
    return wordPlace(words(l));
  }

  static WordPlace wordPlace(String location) {
    if (location == null) {
      return null;
    }
    Matcher m = WORD_CELL.matcher(location);
    if (!m.matches()) {
      return null;
    }
    return new WordPlace(Integer.parseInt(m.group(1)) - 1, Integer.parseInt(m.group(2)) - 1,
        m.group(3) == null ? -1 : Integer.parseInt(m.group(3)) - 1);
  }

  private static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }
}
