package org.agendacheck.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Column;
import org.agendacheck.model.Document;
import org.agendacheck.model.Formula;
import org.agendacheck.model.Problem;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;

/**
 * Turns documents into the facts rules match on: each source problem, table, column and row as it
 * is, and the derived facts rules judge (a {@link SumCheck} per aggregate cell, a {@link
 * FormulaTerm} per formula term, a {@link FormulaRow} per formula row, a {@link ReferenceCheck} per
 * referencing row, a {@link ReferencePair} per referenced cell). Deriving only adds up and looks up;
 * it decides nothing.
 */
final class Facts {
  private Facts() {}

  static List<Object> of(List<Document> documents) {
    return of(documents, tablesById(documents));
  }

  /** The tables references resolve against: the first of each id among all documents of a run. */
  static Map<String, Table> tablesById(List<Document> documents) {
    RunTables byId = new RunTables();
    byId.documents = List.copyOf(documents);
    for (Document d : documents) {
      for (Table t : d.tables()) {
        byId.putIfAbsent(t.getId(), t);
      }
    }
    return byId;
  }

  /** The facts of some documents of a run, references resolved against all of the run's tables. */
  static List<Object> of(List<Document> documents, Map<String, Table> byId) {
    List<Object> facts = new ArrayList<>();
    for (Document d : documents) {
      for (Problem p : d.problems()) {
        facts.add(new SourceProblem(d, p));
      }
      for (Table t : d.tables()) {
        facts.add(t);
        facts.addAll(t.getColumns());
        facts.addAll(t.getRows());
        facts.addAll(derived(t));
        facts.addAll(references(t, byId));
        facts.addAll(inferredReferences(t, byId));
      }
    }
    return facts;
  }

  /** The derived facts of one table: sums, formula terms and formula rows. */
  static List<Object> derived(Table t) {
    List<Object> out = new ArrayList<>();
    Map<Row, List<FormulaTerm>> terms = new LinkedHashMap<>();
    // A row may state several formulas: each is checked on its own; loops run through any of them.
    Map<Row, List<List<FormulaTerm>>> byFormula = new LinkedHashMap<>();
    RowIds ids = null;
    for (Row r : t.getRows()) {
      if (r.isFormulaRow() && !r.isMemo()) {
        if (ids == null) {
          ids = new RowIds(t);
        }
        List<List<FormulaTerm>> each = new ArrayList<>();
        List<FormulaTerm> all = new ArrayList<>();
        for (Formula f : r.getFormulas()) {
          Formula readAs = PrintedFormulas.readAs(r, f);
          out.addAll(PrintedFormulas.ownRow(r, f, readAs));
          List<FormulaTerm> ts = rowTerms(ids, r, readAs);
          each.add(ts);
          all.addAll(ts);
        }
        terms.put(r, each.size() == 1 ? each.get(0) : all);
        byFormula.put(r, each);
        out.addAll(all);
      }
    }
    Map<Column, List<FormulaTerm>> columnTerms = new LinkedHashMap<>();
    for (Column c : t.getColumns()) {
      if (c.isRowTotal() && c.getFormula() != null) {
        List<FormulaTerm> ts = columnTerms(t, c);
        columnTerms.put(c, ts);
        out.addAll(ts);
      }
    }
    Map<Row, FormulaRow> formulaRows = formulaRows(terms);
    out.addAll(formulaRows.values());
    // A row that does not fit the columns leaves every column in doubt: the sums are still facts,
    // not checkable ones, and the rules say so. Cell facts need every row placed.
    Row misfit = misfit(t);
    Map<Column, Cell> invalid = invalidColumns(t);
    out.addAll(roleSums(t, invalid, misfit));
    out.addAll(formulaSums(t, byFormula, formulaRows, invalid, misfit));
    out.addAll(rowTotals(t, columnTerms, misfit));
    if (misfit == null) {
      out.addAll(blanks(t));
      out.addAll(OfWhichFacts.of(t));
      out.addAll(ExactElsewhere.of(t, out));
    }
    return out;
  }

  /** One fact per blank amount cell, with what its row and column hold around it. */
  private static List<BlankCell> blanks(Table t) {
    List<BlankCell> out = new ArrayList<>();
    if (t.getRows().stream().noneMatch(Row::isAnyBlank)) {
      return out;
    }
    List<Column> years = new ArrayList<>();
    for (Column c : t.getColumns()) {
      if (c.isAmount() && c.getYear() != null) {
        years.add(c);
      }
    }
    // Per column: how many item rows there are and how many hold no figure there.
    int[] unfilled = new int[t.getColumnCount()];
    int items = 0;
    for (Row r : t.getRows()) {
      if (isPlainItem(r)) {
        items++;
        if (!r.isAnyBlank() && !r.isAnyInvalid() && !r.isAnyNotApplicable()) {
          continue;
        }
        for (Cell c : r.getAmountCells()) {
          if (!filled(c)) {
            unfilled[c.getColumn().getIndex()]++;
          }
        }
      }
    }
    for (Row r : t.getRows()) {
      if (!r.isAnyBlank()) {
        continue;
      }
      for (Cell c : r.getAmountCells()) {
        if (!c.isBlank()) {
          continue;
        }
        Column col = c.getColumn();
        boolean aggregate = !r.isMemo() && !isPlainItem(r) || col.isRowTotal();
        int at = years.indexOf(col);
        boolean neighbours = at > 0 && at < years.size() - 1
            && filled(r.cell(years.get(at - 1))) && filled(r.cell(years.get(at + 1)));
        boolean alone = r.getAmountCells().stream().filter(Cell::isBlank).count() == 1;
        boolean own = isPlainItem(r);
        int others = items - (own ? 1 : 0);
        int othersUnfilled = unfilled[col.getIndex()] - (own ? 1 : 0);
        out.add(new BlankCell(c, aggregate, neighbours, others > 0 && othersUnfilled == 0,
            alone));
      }
    }
    return out;
  }

  private static boolean isPlainItem(Row r) {
    return r.isItem() && !r.isMemo();
  }

  private static boolean filled(Cell c) {
    return c.isNumber() || c.isNil() || c.isPm();
  }

  /** One check per total or subtotal cell in an amount column, for rows without a formula. */
  private static List<SumCheck> roleSums(Table t, Map<Column, Cell> invalid, Row misfit) {
    List<SumCheck> out = new ArrayList<>();
    // The items of each section, gathered once: a table of many subtotals costs its size, not
    // its size times the number of subtotals.
    List<Row> items = new ArrayList<>();
    Map<String, List<Row>> bySection = new HashMap<>();
    String section = null;
    String key = null;
    for (Row item : t.getRows()) {
      if (item.isItem()) {
        items.add(item);
        // Consecutive rows name the same section: its key is made once for the run of them.
        if (item.getSection() == null || !item.getSection().equals(section)) {
          section = item.getSection();
          key = sectionKey(item);
        }
        bySection.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
      }
    }
    List<Column> amounts = new ArrayList<>();
    for (Column c : t.getColumns()) {
      if (c.isAmount()) {
        amounts.add(c);
      }
    }
    for (Row agg : t.getRows()) {
      if (!(agg.isTotal() || agg.isSubtotal()) || agg.isFormulaRow() || !agg.isPlaceable()) {
        continue;
      }
      Object partsName = agg.isTotal() ? Phrase.of("phrase.items")
          : agg.getSection() == null ? Phrase.of("phrase.items-without-section")
          : Phrase.of("phrase.items-of-section", "section", agg.getSection());
      SumCheck[] checks = new SumCheck[amounts.size()];
      for (int i = 0; i < checks.length; i++) {
        checks[i] = new SumCheck(agg.isTotal() ? AggregateKind.TOTAL : AggregateKind.SUBTOTAL,
            agg.cell(amounts.get(i)), partsName, t.getRounding());
      }
      List<Row> parts = agg.isTotal() ? items : bySection.getOrDefault(sectionKey(agg),
          List.of());
      if (misfit == null) {
        // Row by row, each row's cells once: a column at a time would walk a large table once
        // per column, every row's cells fetched from memory again.
        for (Row item : parts) {
          for (int i = 0; i < checks.length; i++) {
            checks[i].add(item.cell(amounts.get(i)), 1);
          }
        }
      }
      for (int i = 0; i < checks.length; i++) {
        SumCheck check = checks[i];
        Column c = amounts.get(i);
        if (misfit != null) {
          check.notCheckable(NotCheckable.MISSHAPED_TABLE, misfit);
        } else {
          check.partsFrom(parts);
          if (invalid.containsKey(c)) {
            check.notCheckable(NotCheckable.COLUMN_INVALID, invalid.get(c));
          }
        }
        out.add(check);
      }
    }
    return out;
  }

  /** One check per amount cell of a formula row whose terms all resolve and that is in no loop. */
  private static List<Object> formulaSums(Table t, Map<Row, List<List<FormulaTerm>>> byFormula,
      Map<Row, FormulaRow> formulaRows, Map<Column, Cell> invalid, Row misfit) {
    List<Object> out = new ArrayList<>();
    FormulaAlternatives alternatives = misfit == null ? new FormulaAlternatives(t) : null;
    for (Map.Entry<Row, List<List<FormulaTerm>>> rowFormulas : byFormula.entrySet()) {
      Row row = rowFormulas.getKey();
      if (!row.isPlaceable()) {
        continue;
      }
      for (List<FormulaTerm> formulaTerms : rowFormulas.getValue()) {
        out.addAll(formulaSums(t, row, formulaTerms, invalid, misfit,
            formulaRows.get(row).isCyclic(), alternatives));
      }
    }
    return out;
  }

  /** The checks of one formula of a row, and its alternatives where it does not add up. */
  private static List<Object> formulaSums(Table t, Row row, List<FormulaTerm> formulaTerms,
      Map<Column, Cell> invalid, Row misfit, boolean cyclic, FormulaAlternatives alternatives) {
    List<Object> out = new ArrayList<>();
    boolean resolved = formulaTerms.stream().allMatch(term -> term.isKnown() && !term.isReversed());
    String text = formulaTerms.get(0).getFormula();
    List<SumCheck> checks = new ArrayList<>();
    for (Column c : t.getColumns()) {
      if (!c.isAmount()) {
        continue;
      }
      SumCheck check = new SumCheck(AggregateKind.FORMULA, row.cell(c), text, t.getRounding());
      if (misfit != null) {
        check.notCheckable(NotCheckable.MISSHAPED_TABLE, misfit);
      } else if (cyclic) {
        check.notCheckable(NotCheckable.CYCLIC_FORMULA, null);
      } else if (!resolved) {
        check.notCheckable(NotCheckable.UNRESOLVED_TERM, null);
      } else {
        for (FormulaTerm term : formulaTerms) {
          for (Row part : term.getRows()) {
            check.add(part.cell(c), term.getWeight());
          }
        }
        check.partsFrom(formulaTerms.stream().flatMap(term -> term.getRows().stream()).toList());
        if (invalid.containsKey(c)) {
          check.notCheckable(NotCheckable.COLUMN_INVALID, invalid.get(c));
        }
      }
      checks.add(check);
    }
    out.addAll(checks);
    if (misfit == null && !cyclic && resolved) {
      out.addAll(alternatives.of(row, text, formulaTerms, checks));
    }
    return out;
  }

  /** One check per cell of a row-total column in every row that is not a memo row. */
  private static List<SumCheck> rowTotals(Table t, Map<Column, List<FormulaTerm>> columnTerms,
      Row misfit) {
    List<SumCheck> out = new ArrayList<>();
    for (Column total : t.getColumns()) {
      if (!total.isRowTotal()) {
        continue;
      }
      List<FormulaTerm> named = columnTerms.get(total);
      if (named != null && !named.stream().allMatch(FormulaTerm::isKnown)) {
        continue;
      }
      Object partsName = named != null ? total.getFormula() : Phrase.of("phrase.year-columns");
      List<Column> parts = new ArrayList<>();
      if (named != null) {
        named.forEach(term -> parts.add((Column) term.getFrom()));
      } else {
        t.getColumns().stream().filter(c -> c.getYear() != null).forEach(parts::add);
      }
      for (Row r : t.getRows()) {
        if (r.isMemo() || !r.isPlaceable()) {
          continue;
        }
        SumCheck check = new SumCheck(AggregateKind.ROW_TOTAL, r.cell(total), partsName,
            t.getRounding());
        if (misfit != null) {
          check.notCheckable(NotCheckable.MISSHAPED_TABLE, misfit);
        } else if (named != null) {
          for (FormulaTerm term : named) {
            check.add(r.cell((Column) term.getFrom()), term.getWeight());
          }
        } else {
          for (Column c : t.getColumns()) {
            if (c.getYear() != null) {
              check.add(r.cell(c), 1);
            }
          }
        }
        if (misfit == null) {
          check.partsFrom(parts);
        }
        out.add(check);
      }
    }
    return out;
  }

  /**
   * The rows formulas can name, looked up in constant time: the first row of each id, and the rows
   * with an id that are no memo rows in table order (a range is a view of them, not a copy), so a
   * table of many formula rows resolves in time linear in its size.
   */
  private static final class RowIds {
    final Map<String, Row> first = new HashMap<>();
    final List<Row> named = new ArrayList<>();
    /** For each row index, the position in {@link #named} of the first named row at or after it. */
    final int[] from;

    RowIds(Table t) {
      List<Row> rows = t.getRows();
      from = new int[rows.size() + 1];
      for (int i = 0; i < rows.size(); i++) {
        Row x = rows.get(i);
        from[i] = named.size();
        if (x.getId() != null) {
          first.putIfAbsent(x.getId(), x);
          if (!x.isMemo()) {
            named.add(x);
          }
        }
      }
      from[rows.size()] = named.size();
    }

    /** The named rows from one row to another, both included, in table order (empty if reversed). */
    List<Row> range(Row a, Row b) {
      int lo = from[a.getIndex()];
      int hi = from[Math.max(a.getIndex(), b.getIndex() + 1)];
      return java.util.Collections.unmodifiableList(named.subList(lo, Math.max(lo, hi)));
    }
  }

  private static List<FormulaTerm> rowTerms(RowIds ids, Row r, Formula f) {
    List<FormulaTerm> out = new ArrayList<>();
    for (Formula.Term term : f.terms()) {
      Row from = ids.first.get(term.from());
      Row to = term.isRange() ? ids.first.get(term.to()) : null;
      List<Row> rows;
      if (from != null && !term.isRange()) {
        rows = List.of(from);
      } else if (from != null && to != null) {
        rows = ids.range(from, to);
      } else {
        rows = List.of();
      }
      out.add(new FormulaTerm(r, f.text(), term.text(), term.weight(), term.from(), term.to(),
          from, to, rows));
    }
    return out;
  }

  /**
   * Reads a total column's formula over column keys. Keys may hold spaces and hyphens ("Non-voted"),
   * so at each place the longest key that the text starts with is taken.
   */
  private static List<FormulaTerm> columnTerms(Table t, Column total) {
    List<FormulaTerm> out = new ArrayList<>();
    String text = total.getFormula();
    String lower = text.toLowerCase(Locale.ROOT);
    int pos = 0;
    int sign = 1;
    while (pos < text.length()) {
      char ch = text.charAt(pos);
      if (Character.isWhitespace(ch)) {
        pos++;
        continue;
      }
      if (ch == '+' || ch == '-' || ch == '\u2212') {
        sign = ch == '+' ? 1 : -1;
        pos++;
        continue;
      }
      Column best = null;
      for (Column c : t.getColumns()) {
        String k = c.getKey().trim().toLowerCase(Locale.ROOT);
        int end = pos + k.length();
        if (!k.isEmpty() && lower.startsWith(k, pos) && (end == text.length()
            || " +-\u2212".indexOf(text.charAt(end)) >= 0)
            && (best == null || k.length() > best.getKey().trim().length())) {
          best = c;
        }
      }
      String name;
      if (best != null) {
        name = text.substring(pos, pos + best.getKey().trim().length());
      } else {
        int end = pos;
        while (end < text.length() && !isOperatorAt(text, end)) {
          end++;
        }
        name = text.substring(pos, end).trim();
      }
      pos += name.length();
      String termText = (out.isEmpty() && sign > 0 ? "" : sign > 0 ? "+ " : "- ") + name;
      out.add(new FormulaTerm(total, text, termText, sign, name, null, best, null, List.of()));
      sign = 1;
    }
    return out;
  }

  private static boolean isOperatorAt(String s, int i) {
    return i > 0 && Character.isWhitespace(s.charAt(i - 1)) && "+-\u2212".indexOf(s.charAt(i)) >= 0;
  }

  /**
   * For each formula row, the loop through which its formula includes the row itself, if any. The
   * strongly connected components of the rows the formulas name are found first (Tarjan's
   * algorithm, iterative, so no depth limit): only a row in a component with a loop can lie on one,
   * and only for those is a loop searched, breadth-first within the component. A long chain of
   * formulas, each naming the one before, so costs time linear in its length.
   */
  private static Map<Row, FormulaRow> formulaRows(Map<Row, List<FormulaTerm>> terms) {
    Map<Row, Integer> component = components(terms);
    Map<Row, FormulaRow> out = new LinkedHashMap<>();
    for (Row start : terms.keySet()) {
      Integer own = component.get(start);
      List<Row> cycle = List.of();
      if (own != null) {
        Map<Row, Row> cameFrom = new HashMap<>();
        Deque<Row> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty() && cycle.isEmpty()) {
          Row at = queue.poll();
          for (FormulaTerm term : terms.getOrDefault(at, List.of())) {
            for (Row next : term.getRows()) {
              if (next == start) {
                cycle = path(cameFrom, at, start);
                break;
              }
              if (own.equals(component.get(next)) && !cameFrom.containsKey(next)) {
                cameFrom.put(next, at);
                queue.add(next);
              }
            }
            if (!cycle.isEmpty()) {
              break;
            }
          }
        }
      }
      out.put(start, new FormulaRow(start, cycle));
    }
    return out;
  }

  /**
   * The formula rows that can lie on a loop, each with the number of its strongly connected
   * component: components of two or more rows, and single rows whose formula names themselves.
   */
  private static Map<Row, Integer> components(Map<Row, List<FormulaTerm>> terms) {
    Map<Row, Integer> index = new HashMap<>();
    Map<Row, Integer> low = new HashMap<>();
    Deque<Row> stack = new ArrayDeque<>();
    java.util.Set<Row> onStack = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Map<Row, Integer> out = new HashMap<>();
    int counter = 0;
    int components = 0;
    record Frame(Row row, java.util.Iterator<Row> next) {}
    for (Row root : terms.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Frame> calls = new ArrayDeque<>();
      index.put(root, counter);
      low.put(root, counter++);
      stack.push(root);
      onStack.add(root);
      calls.push(new Frame(root, successors(terms, root)));
      while (!calls.isEmpty()) {
        Frame f = calls.peek();
        if (f.next().hasNext()) {
          Row w = f.next().next();
          if (!terms.containsKey(w)) {
            continue;
          }
          if (!index.containsKey(w)) {
            index.put(w, counter);
            low.put(w, counter++);
            stack.push(w);
            onStack.add(w);
            calls.push(new Frame(w, successors(terms, w)));
          } else if (onStack.contains(w)) {
            low.put(f.row(), Math.min(low.get(f.row()), index.get(w)));
          }
          continue;
        }
        calls.pop();
        Row v = f.row();
        if (!calls.isEmpty()) {
          Row parent = calls.peek().row();
          low.put(parent, Math.min(low.get(parent), low.get(v)));
        }
        if (low.get(v).equals(index.get(v))) {
          List<Row> members = new ArrayList<>();
          Row w;
          do {
            w = stack.pop();
            onStack.remove(w);
            members.add(w);
          } while (w != v);
          if (members.size() > 1 || namesItself(terms, v)) {
            for (Row m : members) {
              out.put(m, components);
            }
          }
          components++;
        }
      }
    }
    return out;
  }

  private static java.util.Iterator<Row> successors(Map<Row, List<FormulaTerm>> terms, Row r) {
    return terms.get(r).stream().flatMap(t -> t.getRows().stream()).iterator();
  }

  private static boolean namesItself(Map<Row, List<FormulaTerm>> terms, Row r) {
    for (FormulaTerm t : terms.get(r)) {
      for (Row x : t.getRows()) {
        if (x == r) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Row> path(Map<Row, Row> cameFrom, Row last, Row start) {
    List<Row> rows = new ArrayList<>();
    for (Row r = last; r != start; r = cameFrom.get(r)) {
      rows.add(0, r);
    }
    rows.add(0, start);
    return rows;
  }

  /** The first invalid cell of each column that holds one (placed rows only). */
  private static Map<Column, Cell> invalidColumns(Table t) {
    Map<Column, Cell> out = new HashMap<>();
    for (Row r : t.getRows()) {
      if (!r.isPlaceable()) {
        continue;
      }
      for (Column c : t.getColumns()) {
        // An amount cell is invalid only in a row that says it has one.
        if ((!c.isAmount() || r.isAnyInvalid()) && r.cell(c).isInvalid()) {
          out.putIfAbsent(c, r.cell(c));
        }
      }
    }
    return out;
  }

  /** The first row that does not fit the table's columns, or null. */
  private static Row misfit(Table t) {
    for (Row r : t.getRows()) {
      if (!r.isPlaceable()) {
        return r;
      }
    }
    return null;
  }

  private static String sectionKey(Row r) {
    return r.getSection() == null ? null : r.getSection().trim().toLowerCase(Locale.ROOT);
  }

  /** The tables of a run by id, with the words their titles and ids are named by. */
  private static final class RunTables extends HashMap<String, Table> {
    private List<Document> documents = List.of();
    private Map<Document, Map<org.agendacheck.model.Location, Cell>> cellsAt;
    private Map<String, Document> byFileName;
    private Map<String, List<Table>> words;
    private Map<Table, Map<String, String>> whereByTable;

    /** Each distinctive word of a title or id and the tables it names (at most three). */
    synchronized Map<String, List<Table>> words() {
      if (words == null) {
        Map<String, List<Table>> w = new HashMap<>();
        whereByTable = new java.util.IdentityHashMap<>();
        for (Table t : values()) {
          Map<String, String> where = new LinkedHashMap<>();
          for (String word : Facts.words(t.getId())) {
            where.putIfAbsent(word, "id");
          }
          for (String word : Facts.words(t.getTitle())) {
            where.put(word, "title");
          }
          whereByTable.put(t, where);
          for (String word : where.keySet()) {
            w.computeIfAbsent(word, k -> new ArrayList<>()).add(t);
          }
        }
        // A word that names many tables names none of them.
        w.values().removeIf(ts -> ts.size() > 3);
        words = w;
      }
      return words;
    }

    /** The document read from a file of the given name (any case), or null. */
    synchronized Document byFileName(String name) {
      if (byFileName == null) {
        byFileName = new HashMap<>();
        for (Document d : documents) {
          String n = d.source().replace('\\', '/');
          byFileName.putIfAbsent(n.substring(n.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT), d);
        }
      }
      return byFileName.get(name.toLowerCase(Locale.ROOT));
    }

    /** The cell of a table of the document at a place of its source, or null. */
    synchronized Cell cellAt(Document d, org.agendacheck.model.Location at) {
      if (cellsAt == null) {
        cellsAt = new java.util.IdentityHashMap<>();
      }
      return cellsAt.computeIfAbsent(d, doc -> {
        Map<org.agendacheck.model.Location, Cell> m = new HashMap<>();
        for (Table t : doc.tables()) {
          for (Row r : t.getRows()) {
            for (Cell c : r.getAmountCells()) {
              if (c.getLocation() instanceof org.agendacheck.model.Location.SheetCell) {
                m.putIfAbsent(c.getLocation(), c);
              }
            }
          }
        }
        return m;
      }).get(at);
    }

    synchronized String where(Table t, String word) {
      return whereByTable.get(t).get(word);
    }
  }

  static final java.util.Set<String> STOP_WORDS = java.util.Set.of("van", "het", "een",
      "voor", "met", "bij", "aan", "uit", "door", "naar", "over", "per", "and", "the", "for", "with",
      "from", "totaal", "total", "stand", "zaken", "uittreksel", "bijlage", "tabel", "table");

  /** The distinctive words of a text: letters only, three or more, not a common word. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    // The runs of letters (what splitting at [^\p{L}]+ gives), found without a regular expression:
    // every row of every table of a run asks, and a split compiles its pattern on each call.
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    int i = 0;
    while (i <= lower.length()) {
      int cp = i < lower.length() ? lower.codePointAt(i) : -1;
      boolean letter = cp >= 0 && Character.isLetter(cp);
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        String w = lower.substring(start, i);
        if (w.length() >= 3 && !STOP_WORDS.contains(w)) {
          out.add(w);
        }
        start = -1;
      }
      i += cp >= 0 ? Character.charCount(cp) : 1;
    }
    return out;
  }

  /**
   * References inferred for rows that declare none: the row's label, or a footnote its label refers
   * to, names a table of another document of the run by a word of its title or id, and the row's known figures equal one of that table's rows in
   * more than half of the columns both hold a known amount in (at least two).
   */
  private static List<Object> inferredReferences(Table t, Map<String, Table> byId) {
    List<Object> out = new ArrayList<>();
    if (!(byId instanceof RunTables run) || byId.size() < 2) {
      return out;
    }
    Map<String, List<Table>> index = run.words();
    if (index.isEmpty()) {
      return out;
    }
    java.util.Set<String> declaredRows = new java.util.HashSet<>();
    for (org.agendacheck.model.RefDeclaration d : t.getDeclaredReferences()) {
      if (d.isWholeTable()) {
        return out;
      }
      declaredRows.add(d.row().trim().toLowerCase(Locale.ROOT));
    }
    for (Row r : t.getRows()) {
      if (r.getRef() != null || r.isMemo() || !r.isPlaceable()
          || declaredRows.contains(r.getLabelKey()) || republishesByFormula(r)) {
        continue;
      }
      Row best = null;
      int bestEqual = 0;
      int bestCompared = 0;
      String bestWord = null;
      boolean bestInNote = false;
      // the label's words first, then those of its footnotes: a footnote names what the row
      // republishes as often as the label does ("⁴ ... overeen met de investeringsagenda NDS")
      List<String> words = words(r.getLabel());
      int fromLabel = words.size();
      for (String note : r.getNotes()) {
        words.addAll(words(note));
      }
      for (int w = 0; w < words.size(); w++) {
        String word = words.get(w);
        for (Table other : index.getOrDefault(word, List.of())) {
          // Tables of one workbook or document refer to each other by formulas, not by inference.
          if (other == t || other.getDocument() == t.getDocument()) {
            continue;
          }
          for (Row candidate : other.getRows()) {
            if (!candidate.isPlaceable() || candidate.isMemo()) {
              continue;
            }
            int equal = 0;
            int compared = 0;
            for (Cell cell : r.getAmountCells()) {
              Column theirs = other.matchingColumn(cell.getColumn());
              Cell target = theirs == null ? null : candidate.cell(theirs);
              if (target != null && cell.isKnown() && target.isKnown()) {
                compared++;
                if (cell.sameAmount(target)) {
                  equal++;
                }
              }
            }
            if (compared >= 2 && equal * 2 > compared && equal > bestEqual) {
              best = candidate;
              bestEqual = equal;
              bestCompared = compared;
              bestWord = word;
              bestInNote = w >= fromLabel;
            }
          }
        }
      }
      if (best == null) {
        continue;
      }
      out.add(new InferredReference(r, best, bestWord, run.where(best.getTable(), bestWord),
          bestEqual, bestCompared, bestInNote));
      for (Cell cell : r.getAmountCells()) {
        Column theirs = best.getTable().matchingColumn(cell.getColumn());
        if (theirs != null) {
          out.add(new ReferencePair(cell, best.cell(theirs)));
        }
      }
    }
    return out;
  }

  /**
   * The references of a table's rows: each row's own {@code ref} first, then the rows declared
   * beside the source, then whole-table declarations (every row not yet referencing, by its label).
   * A row takes the first reference it is given.
   */
  private static List<Object> references(Table t, Map<String, Table> byId) {
    List<Object> out = new ArrayList<>();
    java.util.Set<Row> covered = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    for (Row r : t.getRows()) {
      if (r.getRef() != null) {
        covered.add(r);
        reference(t, r, r.getRef(), null, byId, out);
      }
    }
    if (byId instanceof RunTables run) {
      formulaReferences(t, run, out);
    }
    List<org.agendacheck.model.RefDeclaration> declared = t.getDeclaredReferences();
    for (org.agendacheck.model.RefDeclaration d : declared) {
      if (d.isWholeTable()) {
        continue;
      }
      Row r = t.findRow(d.row());
      if (r == null) {
        out.add(new ReferenceCheck(t, null, d.target(), d, byId.get(d.target().document()), null));
      } else if (covered.add(r)) {
        reference(t, r, d.target(), d, byId, out);
      }
    }
    for (org.agendacheck.model.RefDeclaration d : declared) {
      if (!d.isWholeTable()) {
        continue;
      }
      Table target = byId.get(d.target().document());
      if (target == null) {
        out.add(new ReferenceCheck(t, null, d.target(), d, null, null));
        continue;
      }
      for (Row r : t.getRows()) {
        if (covered.add(r)) {
          reference(t, r, new org.agendacheck.model.Ref(d.target().document(), r.getLabel()), d,
              byId, out);
        }
      }
    }
    return out;
  }

  /**
   * The cells whose spreadsheet formula is one cell of another sheet or workbook, each with the cell
   * of a table it names (looked up by sheet and address in the workbook of the run it names).
   */
  private static void formulaReferences(Table t, RunTables run, List<Object> out) {
    for (Row r : t.getRows()) {
      if (!r.isAnyCellFormula()) {
        continue;
      }
      for (Cell c : r.getAmountCells()) {
        org.agendacheck.model.CellFormula.SheetReference ref = c.getFormula() == null ? null
            : c.getFormula().reference();
        if (ref == null || ref.workbook() == null && t.getDocument() == null) {
          continue;
        }
        Document d = ref.workbook() == null ? t.getDocument() : run.byFileName(ref.workbook());
        Cell target = d == null ? null : run.cellAt(d,
            new org.agendacheck.model.Location.SheetCell(ref.sheet(), ref.row(), ref.column()));
        out.add(new FormulaReference(c, ref, d, target));
        if (target != null && target != c) {
          out.add(new ReferencePair(c, target));
        }
      }
    }
  }

  private static boolean republishesByFormula(Row r) {
    if (!r.isAnyCellFormula()) {
      return false;
    }
    for (Cell c : r.getAmountCells()) {
      if (c.getFormula() != null && c.getFormula().reference() != null) {
        return true;
      }
    }
    return false;
  }

  private static void reference(Table t, Row r, org.agendacheck.model.Ref ref,
      org.agendacheck.model.RefDeclaration d, Map<String, Table> byId, List<Object> out) {
    Table target = byId.get(ref.document());
    Row targetRow = target == null ? null : target.findRow(ref.row());
    out.add(new ReferenceCheck(t, r, ref, d, target, targetRow));
    if (targetRow == null || !r.isPlaceable() || !targetRow.isPlaceable()) {
      return;
    }
    for (Cell cell : r.getAmountCells()) {
      Column theirs = target.matchingColumn(cell.getColumn());
      if (theirs != null) {
        out.add(new ReferencePair(cell, targetRow.cell(theirs)));
      }
    }
  }
}
