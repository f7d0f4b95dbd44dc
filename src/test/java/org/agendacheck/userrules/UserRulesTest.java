package org.agendacheck.userrules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agendacheck.cli.Main;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the user-rule cases under {@code src/test/resources/userrules/<case>/} through the command
 * line, in-process. Each case is a {@code case.json} of data:
 *
 * <pre>{@code
 * {"description": "...",
 *  "args": ["validate", "--format", "json", "--rules", "/samples/rules", "./documents"],
 *  "edits": [{"file": "/samples/rules/thresholds.xlsx", "cell": "F10", "value": 250}],
 *  "exit": 1,
 *  "findings": [{"rule": "growth-prioriteit", "row": "Cloud", "column": "2027", "line": 10}],
 *  "stderr": {"file": "thresholds.xlsx", "line": 10, "contains": "Unable to"},
 *  "stdout": ["line", "..."]}
 * }</pre>
 *
 * <p>In {@code args}, a path starting with {@code /} is relative to the project root and one
 * starting with {@code ./} to the case folder. {@code edits} change cells of decision tables in a
 * copy (the named file, or the innermost folder given in {@code args} that holds it, is copied
 * to a temporary folder first); the committed files are never touched, and no code is rebuilt. A case
 * with edits and findings must also give other findings without its edits, so the edit shows. The
 * {@code findings} are all the JSON report's findings, in order; {@code file}, {@code row}, {@code
 * column}, {@code line}, {@code severity} and {@code message} are compared when given. {@code
 * stderr} is for usage errors: exactly one line on stderr, containing the text and, when {@code
 * line} is given, naming the file (a path ending so) and the line. {@code stdout}, when given, is the exact output.
 */
class UserRulesTest {
  static final Path CASES = Path.of("src", "test", "resources", "userrules");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  @TestFactory
  Stream<DynamicTest> userRuleCases() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(CASES)) {
      cases = s.filter(d -> Files.isRegularFile(d.resolve("case.json"))).sorted().toList();
    }
    assertFalse(cases.isEmpty(), "no cases under " + CASES);
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
        dir.toUri(), () -> check(dir, JSON.readTree(dir.resolve("case.json").toFile()))));
  }

  private void check(Path dir, JsonNode spec) throws IOException {
    Path copies = Files.createTempDirectory(temp, dir.getFileName().toString());
    List<String> args = new ArrayList<>();
    for (JsonNode a : spec.path("args")) {
      args.add(resolve(dir, a.asText()));
    }
    Run run;
    if (spec.has("edits")) {
      Run unedited = run(args);
      List<String> edited = applyEdits(dir, spec.path("edits"), args, copies);
      run = run(edited);
      if (spec.has("findings")) {
        assertNotEquals(findings(unedited), findings(run),
            "the edits must change the findings, or the case shows nothing");
      }
    } else {
      run = run(args);
    }
    String context = "\nstdout:\n" + run.out + "\nstderr:\n" + run.err;
    assertFalse(run.err.contains("Exception") || run.err.contains("\tat "),
        "a stack trace on stderr" + context);
    if (spec.has("exit")) {
      assertEquals(spec.path("exit").asInt(), run.exit, "exit code" + context);
    }
    if (spec.has("findings")) {
      assertEquals(describe(spec.path("findings"), spec.path("findings")),
          describe(findings(run), spec.path("findings")), "findings" + context);
    }
    if (spec.has("stderr")) {
      JsonNode e = spec.path("stderr");
      List<String> lines = run.err.lines().toList();
      assertEquals(1, lines.size(), "one line on stderr" + context);
      String line = lines.get(0);
      assertTrue(line.startsWith("agendacheck: "), "stderr starts with the tool's name" + context);
      if (e.has("line")) {
        String where = e.path("file").asText() + ":" + e.path("line").asInt() + ": ";
        assertTrue(line.contains("/" + where) || line.startsWith("agendacheck: " + where),
            "stderr names " + where + context);
      }
      assertTrue(line.contains(e.path("contains").asText()),
          "stderr contains '" + e.path("contains").asText() + "'" + context);
      assertEquals("", run.out, "nothing on stdout" + context);
    }
    if (spec.has("stdout")) {
      List<String> expected = new ArrayList<>();
      spec.path("stdout").forEach(l -> expected.add(l.asText()));
      assertEquals(String.join("\n", expected), String.join("\n", run.out.lines().toList()),
          "stdout" + context);
    }
  }

  private static String resolve(Path dir, String arg) {
    if (arg.startsWith("/")) {
      return arg.substring(1);
    }
    if (arg.startsWith("./")) {
      return dir.resolve(arg.substring(2)).toString();
    }
    return arg;
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Main(new PrintWriter(out), new PrintWriter(err)).run(args.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  private static JsonNode findings(Run run) throws IOException {
    if (run.out.isBlank()) {
      return JSON.createArrayNode();
    }
    return JSON.readTree(run.out).path("findings");
  }

  /** The findings, one line each, with the fields the expected findings give. */
  private static String describe(JsonNode findings, JsonNode expected) {
    List<String> lines = new ArrayList<>();
    int i = 0;
    for (JsonNode f : findings) {
      JsonNode e = i < expected.size() ? expected.get(i) : f;
      i++;
      StringBuilder b = new StringBuilder(f.path("rule").asText());
      for (String field : List.of("file", "severity", "row", "column", "line", "message")) {
        if (e.has(field) || field.equals("row") || field.equals("column")) {
          JsonNode v = f.get(field);
          b.append(' ').append(field).append('=').append(v == null || v.isNull() ? "null"
              : v.asText());
        }
      }
      lines.add(b.toString());
    }
    return String.join("\n", lines);
  }

  /**
   * Copies what the edits touch to a temporary folder, changes the cells there, and returns the
   * arguments with the copies in place of the originals.
   */
  private static List<String> applyEdits(Path dir, JsonNode edits, List<String> args, Path copies)
      throws IOException {
    List<String> out = new ArrayList<>(args);
    for (JsonNode edit : edits) {
      Path file = Path.of(resolve(dir, edit.path("file").asText()));
      int holder = -1;
      for (int i = 0; i < args.size(); i++) {
        Path arg = Path.of(args.get(i));
        if (file.startsWith(arg) && Files.exists(arg)
            && (holder < 0 || arg.startsWith(Path.of(args.get(holder))))) {
          holder = i;
        }
      }
      Path copy = null;
      if (holder >= 0) {
        Path arg = Path.of(args.get(holder));
        Path target = copies.resolve(arg.getFileName());
        copyTree(arg, target);
        out.set(holder, target.toString());
        copy = target.resolve(arg.relativize(file).toString());
      }
      if (copy == null || !Files.isRegularFile(copy)) {
        throw new IllegalStateException("no argument holds the edited file " + file);
      }
      setCell(copy, edit.path("cell").asText(), edit.get("value"));
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      return;
    }
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.createDirectories(t.toAbsolutePath().getParent());
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Sets one cell of the first sheet: a number, a text, or (for "" or null) no value. */
  static void setCell(Path workbook, String ref, JsonNode value) throws IOException {
    Workbook wb;
    try (InputStream in = Files.newInputStream(workbook)) {
      wb = WorkbookFactory.create(in);
    }
    try (wb) {
      Sheet sheet = wb.getSheetAt(0);
      CellReference r = new CellReference(ref);
      Row row = sheet.getRow(r.getRow()) == null ? sheet.createRow(r.getRow())
          : sheet.getRow(r.getRow());
      Cell cell = row.getCell(r.getCol());
      if (value == null || value.isNull() || value.asText().isEmpty()) {
        if (cell != null) {
          row.removeCell(cell);
        }
      } else {
        cell = cell == null ? row.createCell(r.getCol()) : cell;
        if (value.isNumber()) {
          cell.setCellValue(value.asDouble());
        } else {
          cell.setCellValue(value.asText());
        }
      }
      try (OutputStream o = Files.newOutputStream(workbook)) {
        wb.write(o);
      }
    }
  }
}
