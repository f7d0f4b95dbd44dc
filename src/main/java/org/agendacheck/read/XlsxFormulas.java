package org.agendacheck.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;

/**
 * Evaluates the formulas a workbook stores without a cached value (scripts and openpyxl write them
 * so; Excel computes them when the file is opened). What a budget table computes is evaluated
 * exactly: numbers, references and ranges on the sheet, {@code + - * /}, {@code SUM}, {@code
 * SUBTOTAL(9|109, …)}, {@code AGGREGATE(9, …)}, {@code ROUND}, {@code ROUNDUP}, {@code ROUNDDOWN},
 * {@code ABS}, {@code MIN} and {@code MAX}; results to Excel's 15 significant digits. A formula
 * outside that, one naming another sheet or a circular one keeps the cell an invalid value showing
 * the formula, so the finding names the cell. Cells are evaluated in dependency order without
 * recursion, so a chain of 40,000 formulas costs 40,000 steps.
 */
final class XlsxFormulas {
  private static final MathContext EXCEL = new MathContext(15);
  /** The most range cells visited for one sheet's evaluations together. */
  private static final long MAX_VISITS = 50_000_000L;
  private static final int MAX_DEPTH = 64;
  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(?:(?<num>\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d{1,3})?|\\.\\d+)"
          + "|(?<ref>\\$?[A-Z]{1,3}\\$?\\d{1,7}(?::\\$?[A-Z]{1,3}\\$?\\d{1,7})?)(?![A-Za-z0-9_(!])"
          + "|(?<fn>[A-Z][A-Z0-9.]*)\\s*\\(|(?<op>[-+*/(),%]))\\s*");

  /** Why a formula is not evaluated. */
  static final class NotEvaluated extends Exception {
    NotEvaluated(String why) {
      super(why, null, false, false);
    }
  }

  private final List<List<GridTables.GridCell>> grid;
  private final String prefix;
  private final Map<Long, XlsxSheet.Uncached> pending = new HashMap<>();
  private final Map<Long, Object> done = new HashMap<>();
  private long visits;

  private XlsxFormulas(XlsxSheet.Read read, String prefix) {
    this.grid = read.grid();
    this.prefix = prefix;
    for (XlsxSheet.Uncached u : read.uncached()) {
      pending.put(key(u.row(), u.col()), u);
    }
  }

  /** Evaluates every uncached formula of the sheet and puts its value into the grid. */
  static void evaluate(XlsxSheet.Read read, String sheet, String prefix) {
    if (read.uncached().isEmpty()) {
      return;
    }
    XlsxFormulas f = new XlsxFormulas(read, prefix);
    for (XlsxSheet.Uncached u : read.uncached()) {
      f.resolve(key(u.row(), u.col()));
    }
    for (XlsxSheet.Uncached u : read.uncached()) {
      Object v = f.done.get(key(u.row(), u.col()));
      if (v instanceof BigDecimal d) {
        String text = d.toPlainString();
        String address = GridTables.cellName(u.row(), u.col());
        Cell cell = Cell.number(d, text, 0, 0).withLocation(
            new org.agendacheck.model.Location.SheetCell(sheet, u.row() + 1, u.col() + 1));
        ((XlsxSheet.SparseRow) read.grid().get(u.row())).replace(u.col(),
            new GridTables.GridCell(text, cell, address, u.formula()));
      }
    }
  }

  private static long key(int row, int col) {
    return (long) row << 16 | col;
  }

  /** Evaluates one cell after the formulas it needs, with an explicit stack. */
  private void resolve(long start) {
    Deque<Long> stack = new ArrayDeque<>();
    Set<Long> open = new HashSet<>();
    stack.push(start);
    while (!stack.isEmpty()) {
      long k = stack.peek();
      if (done.containsKey(k)) {
        stack.pop();
        open.remove(k);
        continue;
      }
      XlsxSheet.Uncached u = pending.get(k);
      List<Long> needs = new ArrayList<>();
      Object value;
      try {
        Node node = parse(u.formula());
        node.needs(this, needs);
        boolean waiting = false;
        for (long n : needs) {
          if (!done.containsKey(n)) {
            if (open.contains(n) || n == k) {
              throw new NotEvaluated("it refers to itself through " + GridTables.cellName(
                  (int) (n >> 16), (int) (n & 0xFFFF)));
            }
            stack.push(n);
            waiting = true;
          }
        }
        if (waiting) {
          open.add(k);
          continue;
        }
        value = round(node.value(this));
      } catch (NotEvaluated e) {
        value = e.getMessage();
      } catch (ArithmeticException e) {
        value = "#NUM!";
      }
      done.put(k, value);
      open.remove(k);
      stack.pop();
    }
  }

  private static BigDecimal round(BigDecimal d) {
    BigDecimal r = d.round(EXCEL).stripTrailingZeros();
    if (r.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return r.scale() < 0 ? r.setScale(0) : r;
  }

  private GridTables.GridCell at(int row, int col) {
    if (row >= grid.size()) {
      return null;
    }
    List<GridTables.GridCell> r = grid.get(row);
    return col < r.size() ? r.get(col) : null;
  }

  /** A cell's value in arithmetic: a number, 0 when empty; text is #VALUE!. */
  private BigDecimal scalar(int row, int col) throws NotEvaluated {
    long k = key(row, col);
    if (pending.containsKey(k)) {
      Object v = done.get(k);
      if (v instanceof BigDecimal d) {
        return d;
      }
      throw new NotEvaluated("cell " + GridTables.cellName(row, col) + " cannot be evaluated");
    }
    GridTables.GridCell g = at(row, col);
    if (g == null || g.isEmpty() || g.cell().getKind() == CellKind.BLANK) {
      return BigDecimal.ZERO;
    }
    if (g.cell().getKind() == CellKind.NUMBER) {
      return g.cell().getAmount();
    }
    throw new NotEvaluated("cell " + GridTables.cellName(row, col) + " holds text");
  }

  /** A tree of a formula. */
  private interface Node {
    BigDecimal value(XlsxFormulas f) throws NotEvaluated;

    /** Adds the uncached formula cells this node reads. */
    void needs(XlsxFormulas f, List<Long> out) throws NotEvaluated;
  }

  private record Num(BigDecimal v) implements Node {
    public BigDecimal value(XlsxFormulas f) {
      return v;
    }

    public void needs(XlsxFormulas f, List<Long> out) {}
  }

  private record Range(int r1, int c1, int r2, int c2) implements Node {
    boolean single() {
      return r1 == r2 && c1 == c2;
    }

    public BigDecimal value(XlsxFormulas f) throws NotEvaluated {
      if (!single()) {
        throw new NotEvaluated("a range is used as a single value");
      }
      return f.scalar(r1, c1);
    }

    public void needs(XlsxFormulas f, List<Long> out) throws NotEvaluated {
      f.visits += (long) (r2 - r1 + 1) * (c2 - c1 + 1);
      if (f.visits > MAX_VISITS) {
        throw new NotEvaluated("its ranges are too large to evaluate");
      }
      for (int r = r1; r <= r2; r++) {
        for (int c = c1; c <= c2; c++) {
          long k = key(r, c);
          if (f.pending.containsKey(k)) {
            out.add(k);
          }
        }
      }
    }

    /** The numbers of the range as SUM sees them: text and empty cells left out. */
    void collect(XlsxFormulas f, List<BigDecimal> out, boolean skipSubtotals) throws NotEvaluated {
      for (int r = r1; r <= r2; r++) {
        for (int c = c1; c <= c2; c++) {
          long k = key(r, c);
          XlsxSheet.Uncached u = f.pending.get(k);
          GridTables.GridCell g = f.at(r, c);
          String formula = u != null ? u.formula() : g == null ? null : g.formula();
          if (skipSubtotals && formula != null && isSubtotal(formula)) {
            continue;
          }
          if (u != null) {
            out.add(f.scalar(r, c));
          } else if (g != null && g.cell().getKind() == CellKind.NUMBER) {
            out.add(g.cell().getAmount());
          }
        }
      }
    }
  }

  private record Unary(char op, Node a) implements Node {
    public BigDecimal value(XlsxFormulas f) throws NotEvaluated {
      BigDecimal v = a.value(f);
      return op == '-' ? v.negate() : op == '%' ? v.movePointLeft(2) : v;
    }

    public void needs(XlsxFormulas f, List<Long> out) throws NotEvaluated {
      a.needs(f, out);
    }
  }

  private record Binary(char op, Node a, Node b) implements Node {
    public BigDecimal value(XlsxFormulas f) throws NotEvaluated {
      BigDecimal x = a.value(f);
      BigDecimal y = b.value(f);
      return switch (op) {
        case '+' -> x.add(y);
        case '-' -> x.subtract(y);
        case '*' -> x.multiply(y, MathContext.DECIMAL128);
        default -> {
          if (y.signum() == 0) {
            throw new NotEvaluated("it divides by zero (#DIV/0!)");
          }
          yield x.divide(y, MathContext.DECIMAL128);
        }
      };
    }

    public void needs(XlsxFormulas f, List<Long> out) throws NotEvaluated {
      a.needs(f, out);
      b.needs(f, out);
    }
  }

  private record Call(String name, List<Node> args) implements Node {
    public BigDecimal value(XlsxFormulas f) throws NotEvaluated {
      switch (name) {
        case "SUM" -> {
          return sum(f, args, false);
        }
        case "SUBTOTAL" -> {
          int fn = code(f, 0);
          if (fn != 9 && fn != 109) {
            throw new NotEvaluated("SUBTOTAL(" + fn + ", …) is not a sum");
          }
          return sum(f, args.subList(1, args.size()), true);
        }
        case "AGGREGATE" -> {
          if (code(f, 0) != 9 || args.size() < 3) {
            throw new NotEvaluated("only AGGREGATE(9, …), a sum, is evaluated");
          }
          return sum(f, args.subList(2, args.size()), true);
        }
        case "MIN", "MAX" -> {
          List<BigDecimal> all = numbers(f, args, false);
          BigDecimal best = null;
          for (BigDecimal d : all) {
            best = best == null ? d : name.equals("MIN") ? best.min(d) : best.max(d);
          }
          return best == null ? BigDecimal.ZERO : best;
        }
        case "ABS" -> {
          return one(f).abs();
        }
        case "ROUND", "ROUNDUP", "ROUNDDOWN" -> {
          if (args.size() != 2) {
            throw new NotEvaluated(name + " takes two arguments");
          }
          BigDecimal v = args.get(0).value(f);
          int digits = code(f, 1);
          RoundingMode mode = name.equals("ROUND") ? RoundingMode.HALF_UP
              : name.equals("ROUNDUP") ? RoundingMode.UP : RoundingMode.DOWN;
          return v.setScale(digits, mode);
        }
        default -> throw new NotEvaluated("the function " + name + " is not evaluated");
      }
    }

    private BigDecimal one(XlsxFormulas f) throws NotEvaluated {
      if (args.size() != 1) {
        throw new NotEvaluated(name + " takes one argument");
      }
      return args.get(0).value(f);
    }

    private int code(XlsxFormulas f, int i) throws NotEvaluated {
      if (args.size() <= i) {
        throw new NotEvaluated(name + " lacks an argument");
      }
      BigDecimal v = args.get(i).value(f);
      if (v.abs().compareTo(BigDecimal.valueOf(400)) > 0) {
        throw new NotEvaluated(name + " has an argument out of range");
      }
      return v.setScale(0, RoundingMode.DOWN).intValue();
    }

    private static BigDecimal sum(XlsxFormulas f, List<Node> args, boolean skipSubtotals)
        throws NotEvaluated {
      BigDecimal s = BigDecimal.ZERO;
      for (BigDecimal d : numbers(f, args, skipSubtotals)) {
        s = s.add(d);
      }
      return s;
    }

    private static List<BigDecimal> numbers(XlsxFormulas f, List<Node> args, boolean skipSubtotals)
        throws NotEvaluated {
      List<BigDecimal> out = new ArrayList<>();
      for (Node a : args) {
        if (a instanceof Range r) {
          r.collect(f, out, skipSubtotals);
        } else {
          out.add(a.value(f));
        }
      }
      return out;
    }

    public void needs(XlsxFormulas f, List<Long> out) throws NotEvaluated {
      for (Node a : args) {
        a.needs(f, out);
      }
    }
  }

  static boolean isSubtotal(String formula) {
    String f = formula.trim().toUpperCase(Locale.ROOT);
    if (f.startsWith("=")) {
      f = f.substring(1).trim();
    }
    return f.startsWith("SUBTOTAL(") || f.startsWith("AGGREGATE(") || f.startsWith("_XLFN.AGGREGATE(");
  }

  /** Parses a formula into a tree, or says why it is not evaluated. */
  static Node parse(String formula) throws NotEvaluated {
    return new Parser(formula).all();
  }

  private static final class Parser {
    private final List<String[]> tokens = new ArrayList<>();
    private int at;
    private int depth;

    Parser(String formula) throws NotEvaluated {
      String f = formula.startsWith("=") ? formula.substring(1) : formula;
      f = f.replace("_xlfn.", "");
      Matcher m = TOKEN.matcher(f);
      int pos = 0;
      while (pos < f.length()) {
        if (!m.find(pos) || m.start() != pos) {
          String rest = f.substring(pos).trim();
          if (rest.isEmpty()) {
            break;
          }
          throw new NotEvaluated(rest.contains("!") ? "it refers to another sheet"
              : "\"" + XlsxSheet.clip(rest) + "\" is not evaluated");
        }
        pos = m.end();
        if (m.group("num") != null) {
          tokens.add(new String[] {"num", m.group("num")});
        } else if (m.group("ref") != null) {
          tokens.add(new String[] {"ref", m.group("ref").replace("$", "")});
        } else if (m.group("fn") != null) {
          tokens.add(new String[] {"fn", m.group("fn")});
        } else {
          tokens.add(new String[] {"op", m.group("op")});
        }
      }
    }

    Node all() throws NotEvaluated {
      Node n = expr();
      if (at != tokens.size()) {
        throw new NotEvaluated("the formula does not parse");
      }
      return n;
    }

    private boolean op(String o) {
      if (at < tokens.size() && tokens.get(at)[0].equals("op") && tokens.get(at)[1].equals(o)) {
        at++;
        return true;
      }
      return false;
    }

    private Node expr() throws NotEvaluated {
      if (++depth > MAX_DEPTH) {
        throw new NotEvaluated("the formula nests too deeply");
      }
      Node n = term();
      while (true) {
        if (op("+")) {
          n = new Binary('+', n, term());
        } else if (op("-")) {
          n = new Binary('-', n, term());
        } else {
          depth--;
          return n;
        }
      }
    }

    private Node term() throws NotEvaluated {
      Node n = unary();
      while (true) {
        if (op("*")) {
          n = new Binary('*', n, unary());
        } else if (op("/")) {
          n = new Binary('/', n, unary());
        } else {
          return n;
        }
      }
    }

    private Node unary() throws NotEvaluated {
      if (op("-")) {
        return new Unary('-', unary());
      }
      if (op("+")) {
        return unary();
      }
      Node n = primary();
      while (op("%")) {
        n = new Unary('%', n);
      }
      return n;
    }

    private Node primary() throws NotEvaluated {
      if (at >= tokens.size()) {
        throw new NotEvaluated("the formula ends early");
      }
      String[] t = tokens.get(at++);
      switch (t[0]) {
        case "num" -> {
          return new Num(new BigDecimal(t[1]));
        }
        case "ref" -> {
          String[] ends = t[1].split(":");
          int[] a = cell(ends[0]);
          int[] b = ends.length > 1 ? cell(ends[1]) : a;
          return new Range(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]),
              Math.max(a[1], b[1]));
        }
        case "fn" -> {
          List<Node> args = new ArrayList<>();
          if (!op(")")) {
            do {
              args.add(expr());
            } while (op(","));
            if (!op(")")) {
              throw new NotEvaluated("a parenthesis is not closed");
            }
          }
          return new Call(t[1], args);
        }
        default -> {
          if (t[1].equals("(")) {
            Node n = expr();
            if (!op(")")) {
              throw new NotEvaluated("a parenthesis is not closed");
            }
            return n;
          }
          throw new NotEvaluated("the formula does not parse at '" + t[1] + "'");
        }
      }
    }

    private static int[] cell(String ref) throws NotEvaluated {
      Matcher m = Pattern.compile("([A-Z]{1,3})(\\d{1,7})").matcher(ref);
      if (!m.matches()) {
        throw new NotEvaluated("bad reference " + ref);
      }
      int col = XlsxSheet.column(m.group(1));
      int row = Integer.parseInt(m.group(2)) - 1;
      if (col >= XlsxSheet.MAX_COLUMNS || row < 0 || row >= XlsxSheet.MAX_ROWS) {
        throw new NotEvaluated("the reference " + ref + " is outside the sheet");
      }
      return new int[] {row, col};
    }
  }
}
