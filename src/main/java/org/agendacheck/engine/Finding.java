package org.agendacheck.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Column;
import org.agendacheck.model.Location;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One thing a rule found wrong, as data: the rule id and severity, a message template key with
 * named, typed arguments, a typed {@link Location}, what it is about ({@link Subject}) and the cells
 * that took part.
 *
 * <p>Rules emit findings one way: {@code insert(Finding.on(drools, $subject).arg("name", value))},
 * or {@code .with($fact.args())} for a derived fact that names its own arguments, where the subject
 * is a cell, row, column, table, or a derived fact ({@link SumCheck}, {@link FormulaTerm}, {@link
 * FormulaRow}, {@link ReferencePair}, {@link ReferenceCheck}, {@link SourceProblem} or another
 * {@link Located} fact). The rule id and severity come from the rule's own {@code @id} and
 * {@code @severity} metadata, never from the call. The message is the template {@code <rule-id>} (or
 * {@code <rule-id>.<variant>}) of {@link Messages}, filled in with the arguments in the reader's
 * language; a rule may instead give a literal {@link #message(String)}.
 */
public final class Finding {
  private final String rule;
  private final Severity severity;
  private final String source;
  private final String table;
  private final String row;
  private final String column;
  private final Location location;
  private final Subject subject;
  private final int tableIndex;
  private final int rowIndex;
  private final int columnIndex;
  private final String rowId;
  private final Object origin;
  private String literal;
  private String variant;
  private Map<String, Object> args = new LinkedHashMap<>();
  private List<Cell> cells = new ArrayList<>();
  private Object expected;
  private Object actual;
  private Messages messages = Messages.builtIn();
  /** The cell the finding is about, for a finding about a cell. */
  private Cell cell;
  /** How the rule's findings of one slip belong together ({@code @slip} metadata), or null. */
  private String slip;
  /** The further cells of the same slip, after the first (the finding's own cell). */
  private List<Cell> alsoAt = List.of();
  /** The findings merged into this one, one per further cell, in report order. */
  private List<Finding> members = List.of();
  /** The rules whose findings may cause this one ({@code @causedBy} metadata). */
  private List<String> causedBy = List.of();
  /** The published cells whose figures this finding's slip accounts for (a wrong range's totals). */
  private List<Cell> broken = List.of();
  /** The findings this one's slip causes, merged into it, in report order. */
  private List<Finding> consequences = List.of();
  /** True when this finding stands in for a cause turned off: its consequences share that cause. */
  private boolean causeOff;
  /** This finding as it was before what its slip causes was merged into it, or null. */
  private Finding alone;

  private Finding(String rule, Severity severity, String source, String table, int tableIndex,
      String row, int rowIndex, String rowId, String column, int columnIndex, Location location,
      Subject subject, Object origin) {
    this.rule = rule;
    this.severity = severity;
    this.source = source;
    this.table = table;
    this.tableIndex = tableIndex;
    this.row = row;
    this.rowIndex = rowIndex;
    this.rowId = rowId;
    this.column = column;
    this.columnIndex = columnIndex;
    this.location = location == null ? Location.NOWHERE : location;
    this.subject = subject;
    this.origin = origin;
  }

  private Finding(Finding f, Severity severity) {
    this(f.rule, severity, f.source, f.table, f.tableIndex, f.row, f.rowIndex, f.rowId, f.column,
        f.columnIndex, f.location, f.subject, f.origin);
    this.literal = f.literal;
    this.variant = f.variant;
    this.args = f.args;
    this.cells = f.cells;
    this.expected = f.expected;
    this.actual = f.actual;
    this.messages = f.messages;
    this.cell = f.cell;
    this.slip = f.slip;
    this.alsoAt = f.alsoAt;
    this.members = f.members;
    this.causedBy = f.causedBy;
    this.broken = f.broken;
    this.consequences = f.consequences;
    this.causeOff = f.causeOff;
    this.alone = f.alone;
  }

  /**
   * Starts a finding of the firing rule about a subject. The id and severity are read from the
   * rule's metadata.
   */
  public static Finding on(RuleContext drools, Object subject) {
    Map<String, Object> meta = drools.getRule().getMetaData();
    String id = Objects.toString(meta.get("id"), drools.getRule().getName());
    Severity severity = Severity.parse(Objects.toString(meta.get("severity"), null));
    Finding f = at(id, severity == null ? Severity.ERROR : severity, subject);
    f.slip = meta.get("slip") == null ? null : meta.get("slip").toString();
    if (meta.get("causedBy") != null) {
      f.causedBy = List.of(meta.get("causedBy").toString().replace("\"", "").split("\\s*,\\s*"));
    }
    return f;
  }

  /**
   * The same, in a rule the build compiled to Java (Drools' executable model), where
   * {@code drools} is the model's view of the rule context.
   */
  public static Finding on(org.drools.model.Drools drools, Object subject) {
    return on((RuleContext) drools, subject);
  }

  /** A finding of the given rule about a subject; for callers outside a rule. */
  public static Finding at(String rule, Severity severity, Object subject) {
    Object s = subject;
    if (s instanceof SumCheck c) {
      s = c.getPublished();
    } else if (s instanceof ReferencePair p) {
      s = p.cell();
    } else if (s instanceof ResolvableReference r) {
      s = r.subject();
    } else if (s instanceof FormulaTerm t) {
      s = t.getOwner();
    } else if (s instanceof FormulaRow r) {
      s = r.row();
    }
    if (s instanceof Cell c && c.getRow() != null) {
      Row r = c.getRow();
      Column k = c.getColumn();
      Location where = c.getLocation().isKnown() ? c.getLocation() : r.getLocation();
      Finding f = new Finding(rule, severity, sourceOf(r.getTable()), r.getTable().getId(),
          tableIndex(r.getTable()), r.getLabel(), r.getIndex(), r.getId(), k.getKey(), k.getIndex(),
          where, Subject.CELL, subject);
      f.cell = c;
      return f;
    }
    if (s instanceof Row r) {
      return new Finding(rule, severity, sourceOf(r.getTable()), r.getTable().getId(),
          tableIndex(r.getTable()), r.getLabel(), r.getIndex(), r.getId(), null, -1,
          r.getLocation(), Subject.ROW, subject);
    }
    if (s instanceof Column k) {
      Table t = k.getTable();
      return new Finding(rule, severity, sourceOf(t), t.getId(), tableIndex(t), null, -1, null,
          k.getKey(), k.getIndex(), Location.NOWHERE, Subject.COLUMN, subject);
    }
    if (s instanceof Table t) {
      return new Finding(rule, severity, sourceOf(t), t.getId(), tableIndex(t), null, -1, null,
          null, -1, Location.NOWHERE, Subject.TABLE, subject);
    }
    if (s instanceof SourceProblem p) {
      return new Finding(rule, severity, p.document().source(), null, -1, null, -1, null, null, -1,
          p.problem().location(), Subject.DOCUMENT, subject);
    }
    if (s instanceof Located l) {
      return new Finding(rule, severity, l.source(), l.table(), -1, l.row(), -1, null, l.column(),
          -1, l.location(), Subject.DOCUMENT, subject);
    }
    throw new IllegalArgumentException("a finding needs a cell, row, column, table or problem: "
        + subject);
  }

  private static String sourceOf(Table t) {
    return t.getDocument() == null ? t.getId() : t.getDocument().source();
  }

  private static int tableIndex(Table t) {
    return t.getDocument() == null ? 0 : t.getDocument().tables().indexOf(t);
  }

  /**
   * Sets a literal message, used in every language instead of a template (for user rules that ship
   * no templates); returns this finding.
   */
  public Finding message(String text) {
    this.literal = Objects.requireNonNull(text);
    return this;
  }

  /** Chooses the template {@code <rule-id>.<variant>}; returns this finding. */
  public Finding variant(String name) {
    this.variant = name;
    return this;
  }

  /**
   * Adds a named argument of the template (amounts as BigDecimal, a cell, a location, a row's label
   * as text, a number, a {@link Phrase}); a null value gives no argument. Returns this finding.
   */
  public Finding arg(String name, Object value) {
    if (value != null) {
      args.put(Objects.requireNonNull(name), value);
    }
    return this;
  }

  /** Adds the variant, arguments and contributing cells a derived fact gives; returns this finding. */
  public Finding with(Args given) {
    if (given.variant() != null) {
      variant = given.variant();
    }
    args.putAll(given.values());
    cells.addAll(given.cells());
    return this;
  }

  /** Adds cells that took part (the items of a sum, the terms of a formula); returns this finding. */
  public Finding cells(List<Cell> contributing) {
    for (Cell c : contributing) {
      if (c != null) {
        cells.add(c);
      }
    }
    return this;
  }

  /**
   * Names the published cells whose figures this finding's slip accounts for (the totals a wrong
   * range breaks, as the rule found them); a finding there of a rule that declares this one's rule
   * in its {@code @causedBy} metadata is reported as part of this one. Returns this finding.
   */
  public Finding breaks(List<?> cells) {
    List<Cell> out = new ArrayList<>();
    for (Object c : cells) {
      if (c instanceof Cell cell) {
        out.add(cell);
      }
    }
    this.broken = List.copyOf(out);
    return this;
  }

  /** Sets the expected value (an amount, a cell, a number or text); returns this finding. */
  public Finding expected(Object value) {
    this.expected = value;
    return this;
  }

  /** Sets the actual value; returns this finding. */
  public Finding actual(Object value) {
    this.actual = value;
    return this;
  }

  /** This finding with its templates looked up in the given ones (a catalogue with user templates). */
  public Finding withMessages(Messages templates) {
    Finding f = new Finding(this, severity);
    f.messages = Objects.requireNonNull(templates);
    return f;
  }

  /** This finding with another severity (configuration overrides). */
  public Finding withSeverity(Severity other) {
    return new Finding(this, other);
  }

  /** The value as data: amounts in plain digits, without trailing zeros; a phrase in English. */
  private String plain(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    if (v instanceof Cell c) {
      return c.display();
    }
    if (v instanceof Phrase p) {
      Map<String, Object> plainArgs = new LinkedHashMap<>();
      p.args().forEach((k, x) -> plainArgs.put(k, x instanceof BigDecimal || x instanceof Cell
          ? plain(x) : x));
      return messages.format(Language.EN, p.key(), plainArgs);
    }
    return v.toString();
  }

  public String getRule() {
    return rule;
  }

  public Severity getSeverity() {
    return severity;
  }

  /** The source name of the document, as it was given. */
  public String getSource() {
    return source;
  }

  /** The id of the table, or null for a finding about the whole source. */
  public String getTable() {
    return table;
  }

  /** The row label, or null. */
  public String getRow() {
    return row;
  }

  /** The id of the row ("7"), for tables whose rows are numbered, or null. */
  public String getRowId() {
    return rowId;
  }

  /** The column key, or null. */
  public String getColumn() {
    return column;
  }

  /** What the finding is about: a cell, row, column, table or the whole document. */
  public Subject getSubject() {
    return subject;
  }

  /**
   * The template key of the message: {@code <rule-id>} or {@code <rule-id>.<variant>}; null for a
   * literal message.
   */
  public String getTemplateKey() {
    if (literal != null) {
      return null;
    }
    return variant == null ? rule : rule + "." + variant;
  }

  /** The named arguments of the template, in the order given. */
  public Map<String, Object> getArgs() {
    return Collections.unmodifiableMap(args);
  }

  /** The cells that took part, in the order given (the items of a sum, the twin row's cells). */
  public List<Cell> getCells() {
    return Collections.unmodifiableList(cells);
  }

  /** The locations of the cells that took part, in the order given. */
  public List<Location> getCellLocations() {
    return cells.stream().map(Cell::getLocation).toList();
  }

  /** The message in English. */
  public String getMessage() {
    return getMessage(Language.EN);
  }

  /**
   * The message in a language (a literal message is the same in every language); for a finding of
   * several cells (one slip), followed by the columns of the further cells.
   */
  public String getMessage(Language lang) {
    String m = literal != null ? literal : messages.format(lang, getTemplateKey(), args);
    if (!alsoAt.isEmpty()) {
      m += messages.format(lang, "phrase.slip-also-in",
          Map.of("columns", alsoAt.stream().map(c -> c.getColumn().getKey()).toList()));
    }
    if (consequences.isEmpty()) {
      return m;
    }
    List<String> effects = new ArrayList<>();
    for (Finding c : consequences) {
      effects.add(c.place(lang, c.rowIndex == rowIndex && c.tableIndex == tableIndex) + ": "
          + c.getMessage(lang));
    }
    return m + messages.format(lang, causeOff ? "phrase.slip-same-cause" : "phrase.slip-breaks",
        Map.of("effects", new Joined(effects, "; ")));
  }

  /** The finding's cell in words: its column, after its row unless {@code sameRow}. */
  private String place(Language lang, boolean sameRow) {
    if (sameRow || row == null) {
      return column == null ? "" : column;
    }
    String r = rowId == null ? row
        : messages.format(lang, "report.row-id", Map.of("id", rowId, "label", row));
    return column == null ? r : r + ", " + column;
  }

  /** The cell this finding is about, or null for a finding about a row, table or document. */
  public Cell getCell() {
    return cell;
  }

  /**
   * How the rule's findings of one slip belong together, from its {@code @slip} metadata: {@code
   * row} for findings on the cells of one row with the same message and the same rows taking
   * part; null when each finding stands alone.
   */
  public String getSlip() {
    return slip;
  }

  /**
   * The further cells of this finding's slip, after its own cell: one finding names every cell of
   * one slip (the same wrong range across a row's columns, the blanks of one row). Empty for a
   * finding of one cell.
   */
  public List<Cell> getAlsoAt() {
    if (consequences.isEmpty()) {
      return alsoAt;
    }
    java.util.Set<Cell> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    seen.add(cell);
    List<Cell> out = new ArrayList<>();
    for (Cell c : alsoAt) {
      if (seen.add(c)) {
        out.add(c);
      }
    }
    for (Finding f : consequences) {
      if (f.cell != null && seen.add(f.cell)) {
        out.add(f.cell);
      }
    }
    return out;
  }

  /** The locations of this finding's cells: its own, then those of {@link #getAlsoAt()}. */
  public List<Location> getLocations() {
    List<Location> out = new ArrayList<>();
    out.add(location);
    for (Cell c : getAlsoAt()) {
      out.add(c.getLocation().isKnown() ? c.getLocation() : c.getRow().getLocation());
    }
    return out;
  }

  /**
   * The findings of the further cells that this one stands for, as the rule gave them (one per
   * cell of {@link #getAlsoAt()}); fingerprints and baselines know them.
   */
  public List<Finding> getMembers() {
    if (consequences.isEmpty()) {
      return members;
    }
    List<Finding> out = new ArrayList<>(members);
    out.addAll(consequences);
    return out;
  }

  /**
   * The rules whose findings may cause this one, from its rule's {@code @causedBy} metadata
   * ({@code formula-range} for the sum checks): where a finding of such a rule names this finding's
   * cell among those it {@linkplain #getBroken() breaks}, the two are one slip. Empty for most rules.
   */
  public List<String> getCausedBy() {
    return causedBy;
  }

  /**
   * The published cells whose figures this finding's slip accounts for, as its rule found them
   * (the total a wrong range makes, and the totals over it); empty for most findings.
   */
  public List<Cell> getBroken() {
    if (members.isEmpty()) {
      return broken;
    }
    List<Cell> out = new ArrayList<>(broken);
    for (Finding m : members) {
      out.addAll(m.broken);
    }
    return out;
  }

  /**
   * The findings this one's slip causes, merged into it (the wrong totals of a wrong range), each
   * as its rule gave it, in report order; its message ends with theirs and its severity is the
   * gravest of them all. Empty for a finding that causes none.
   */
  public List<Finding> getConsequences() {
    return consequences;
  }

  /** This finding standing for itself and the findings its slip causes. */
  Finding withConsequences(List<Finding> caused) {
    Finding f = new Finding(this, graver(severity, caused));
    f.consequences = List.copyOf(caused);
    f.alone = this;
    List<Cell> took = new ArrayList<>(cells);
    java.util.Set<Cell> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    seen.addAll(took);
    for (Finding c : caused) {
      for (Cell x : c.cells) {
        if (seen.add(x)) {
          took.add(x);
        }
      }
    }
    f.cells = took;
    return f;
  }

  private static Severity graver(Severity s, List<Finding> more) {
    Severity out = s;
    for (Finding f : more) {
      if (f.severity.ordinal() < out.ordinal()) {
        out = f.severity;
      }
    }
    return out;
  }

  /**
   * This finding with a configuration applied to every finding it stands for: {@code configure}
   * gives each (the finding itself, without what its slip causes, and each consequence) its
   * configured severity, or null for a rule turned off. A slip keeps what is left: the cause with
   * its remaining consequences; with the cause turned off, the first remaining consequence stands
   * for the others. Null when nothing is left.
   */
  public Finding configured(java.util.function.UnaryOperator<Finding> configure) {
    if (consequences.isEmpty()) {
      return configure.apply(this);
    }
    Finding head = configure.apply(alone);
    List<Finding> kept = new ArrayList<>();
    for (Finding c : consequences) {
      Finding d = configure.apply(c);
      if (d != null) {
        kept.add(d);
      }
    }
    if (head == null) {
      if (kept.isEmpty()) {
        return null;
      }
      head = kept.remove(0);
      if (kept.isEmpty()) {
        return head;
      }
      Finding out = head.withConsequences(kept);
      out.causeOff = true;
      return out;
    }
    return kept.isEmpty() ? head : head.withConsequences(kept);
  }

  /** This finding standing for itself and the given findings of the same slip (further cells). */
  Finding withSlipMembers(List<Finding> more) {
    Finding f = new Finding(this, severity);
    List<Cell> cells = new ArrayList<>();
    List<Cell> took = new ArrayList<>(this.cells);
    java.util.Set<Cell> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    seen.addAll(took);
    for (Finding m : more) {
      cells.add(m.cell);
      for (Cell c : m.cells) {
        if (seen.add(c)) {
          took.add(c);
        }
      }
    }
    f.alsoAt = List.copyOf(cells);
    f.cells = took;
    f.members = List.copyOf(more);
    return f;
  }

  /** The templates this finding's message is written with. */
  public Messages getMessages() {
    return messages;
  }

  /** The expected value in plain digits, or null when it does not apply. */
  public String getExpected() {
    return plain(expected);
  }

  /** The actual value in plain digits, or null when it does not apply. */
  public String getActual() {
    return plain(actual);
  }

  /** The expected value as given (an amount, a cell, text), or null. */
  public Object getExpectedValue() {
    return expected;
  }

  /** The actual value as given, or null. */
  public Object getActualValue() {
    return actual;
  }

  /** Where the finding is in its source ({@link Location#NOWHERE} for the whole source). */
  public Location getLocation() {
    return location;
  }

  /** 1-based source line, or 0 when the source has no lines or the line is unknown. */
  public int getLine() {
    return location.line();
  }

  /** 1-based source column, or 0 when unknown. */
  public int getCol() {
    return location.col();
  }

  /** 0-based row position in its table, or -1. */
  public int getRowIndex() {
    return rowIndex;
  }

  /** 0-based column position in its table, or -1. */
  public int getColumnIndex() {
    return columnIndex;
  }

  /** 0-based table position in its document, or -1. */
  public int getTableIndex() {
    return tableIndex;
  }

  /** What the finding is about (the fact the rule matched), for embedding callers. */
  public Object getOrigin() {
    return origin;
  }

  /** "samples/x.json:14:44: warning pm-entry: ..." or "book.xlsx!NDS!D20: error total-sum: ...". */
  @Override
  public String toString() {
    String where = location instanceof Location.TextPosition ? ":" + location.text()
        : location.isKnown() ? " (" + location.text() + ")" : "";
    return source + where + ": " + severity.label() + " " + rule + ": " + getMessage();
  }
}
