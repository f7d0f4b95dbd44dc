package org.agendacheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.agendacheck.AgendaCheck;
import org.agendacheck.cli.Main;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.model.Document;
import org.agendacheck.read.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What held against hostile input, kept so: external entities in every XML part of a workbook and
 * a document are not resolved, billion laughs and deep nesting are parse errors, a truncated
 * configuration or baseline is a one-line usage error, and one checker shared by 8 threads gives
 * the same findings as one thread.
 */
class HostileInputTest {
  private static final AgendaCheck CHECK = AgendaCheck.withDefaultRules();

  @TempDir
  Path dir;

  private static Map<String, byte[]> parts(Path zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  private static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(buf)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(p.getKey()));
        out.write(p.getValue());
        out.closeEntry();
      }
    }
    return buf.toByteArray();
  }

  /** The part with a DOCTYPE whose external entity names the secret file, used in its text. */
  private static byte[] withEntity(byte[] part, Path secret) {
    String xml = new String(part, StandardCharsets.UTF_8);
    String decl = xml.startsWith("<?xml") ? xml.substring(0, xml.indexOf("?>") + 2) : "";
    String body = xml.substring(decl.length());
    int root = body.indexOf('<');
    String name = body.substring(root + 1).split("[\\s>/]", 2)[0];
    String doctype = "<!DOCTYPE " + name + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    // The entity is used in the first text node, where a resolving parser would put the secret.
    String used = body.replaceFirst(">([^<]+)<", ">&xxe;$1<");
    return (decl + doctype + used).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void externalEntitiesInEveryXmlPartAreNotResolved() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "GEHEIM-42");
    for (Path fixture : List.of(Path.of("src/test/resources/read/xlsx/seed-tables.xlsx"),
        Path.of("src/test/resources/read/docx/seed-tables.docx"))) {
      Map<String, byte[]> parts = parts(fixture);
      for (String part : parts.keySet()) {
        if (!part.endsWith(".xml") && !part.endsWith(".rels")) {
          continue;
        }
        Map<String, byte[]> hostile = new LinkedHashMap<>(parts);
        hostile.put(part, withEntity(parts.get(part), secret));
        String name = fixture.getFileName().toString();
        Document d = Sources.load(name, new ByteArrayInputStream(zip(hostile)));
        ValidationResult r = CHECK.validate(List.of(d));
        StringBuilder all = new StringBuilder(d.problems().toString()).append(r.findings());
        d.tables().forEach(t -> {
          all.append(t.getTitle());
          t.getRows().forEach(row -> all.append(row.getLabel()));
        });
        assertFalse(all.toString().contains("GEHEIM-42"), name + " " + part + " resolved the entity");
        assertTrue(r.findings().stream().noneMatch(f -> f.getRule().equals("internal-error")),
            name + " " + part);
      }
    }
  }

  @Test
  void billionLaughsInSharedStringsIsAParseError() throws Exception {
    Map<String, byte[]> parts = parts(Path.of("src/test/resources/read/xlsx/seed-tables.xlsx"));
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY l0 \"ha\">");
    for (int i = 1; i <= 10; i++) {
      b.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    b.append("]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\""
        + " uniqueCount=\"1\"><si><t>&l10;</t></si></sst>");
    parts.put("xl/sharedStrings.xml", b.toString().getBytes(StandardCharsets.UTF_8));
    long start = System.nanoTime();
    ValidationResult r = CHECK.validate(List.of(
        Sources.load("lachen.xlsx", new ByteArrayInputStream(zip(parts)))));
    assertTrue(System.nanoTime() - start < 30_000_000_000L, "refused, not expanded");
    assertEquals(List.of("parse-error"), r.findings().stream().map(Finding::getRule).toList());
  }

  @Test
  void aDocumentPartThatInflatesLikeABombIsAParseErrorAndPoiLimitsStayAsTheyWere()
      throws Exception {
    long entrySize = org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize();
    double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
    Map<String, byte[]> parts = parts(Path.of("src/test/resources/read/docx/seed-tables.docx"));
    // 20 MB of one character: a few kilobytes compressed, far past 100 times its size
    parts.put("word/document.xml", "<".repeat(20_000_000).getBytes(StandardCharsets.US_ASCII));
    Document d = Sources.load("bomb.docx", new ByteArrayInputStream(zip(parts)));
    assertEquals(1, d.problems().size(), d.problems().toString());
    String detail = String.valueOf(d.problems().get(0).args().get("detail"));
    assertTrue(detail.contains("word/document.xml") && detail.contains("100 times"), detail);
    // a portal embedding the library keeps the limits it set for its own use of POI
    assertEquals(entrySize, org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize());
    assertEquals(ratio, org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio());
    Sources.load(Path.of("src/test/resources/read/docx/seed-tables.docx"));
    assertEquals(entrySize, org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize());
  }

  @Test
  void aWorkbookPartThatIsNotWellFormedIsAParseErrorNamingThePart() throws Exception {
    Map<String, byte[]> parts = parts(Path.of("src/test/resources/read/xlsx/seed-tables.xlsx"));
    byte[] sheet = parts.get("xl/worksheets/sheet1.xml");
    // cut in the middle of the sheet data, as a failed save leaves it
    parts.put("xl/worksheets/sheet1.xml", java.util.Arrays.copyOf(sheet, sheet.length / 2));
    Document d = Sources.load("cut.xlsx", new ByteArrayInputStream(zip(parts)));
    assertEquals(1, d.problems().size(), d.problems().toString());
    String detail = String.valueOf(d.problems().get(0).args().get("detail"));
    assertTrue(detail.startsWith("the part xl/worksheets/sheet1.xml is not well-formed XML (line "),
        detail);
  }

  @Test
  void deepJsonNestingIsAParseError() {
    String deep = "{\"columns\": [\"2026\"], \"rows\": " + "[".repeat(200_000);
    ValidationResult r = CHECK.validate(List.of(Sources.load("diep.json",
        new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)))));
    assertEquals(List.of("parse-error"), r.findings().stream().map(Finding::getRule).toList());
  }

  @Test
  void truncatedConfigurationAndBaselineAreOneLineUsageErrors() throws Exception {
    Path config = dir.resolve("agendacheck.json");
    Files.writeString(config, "{\"severity\": {\"pm-entry\": \"info\"}, \"include\": [\"**/*.js");
    Path baseline = dir.resolve("baseline.json");
    String full = Files.readString(Path.of("src/test/resources/reports/baselines/mixed.baseline.json"));
    Files.writeString(baseline, full.substring(0, full.length() / 2));
    for (List<String> args : List.of(List.of("--config", config.toString()),
        List.of("--baseline", baseline.toString()))) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      List<String> all = new ArrayList<>(List.of("validate"));
      all.addAll(args);
      all.add("samples");
      int exit = new Main(new PrintWriter(out), new PrintWriter(err)).run(all.toArray(String[]::new));
      assertEquals(Main.USAGE, exit, err.toString());
      assertEquals(1, err.toString().lines().count(), err.toString());
      assertTrue(err.toString().contains(args.get(1)), err.toString());
    }
  }

  @Test
  void eightThreadsOnOneCheckerFindWhatOneThreadFinds() throws Exception {
    List<Path> inputs = List.of(Path.of("samples"), Path.of("src/test/resources/rules/total-sum"));
    String expected = CHECK.validatePaths(inputs).findings().toString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        runs.add(pool.submit(() -> CHECK.validatePaths(inputs).findings().toString()));
      }
      int differences = 0;
      for (Future<String> f : runs) {
        differences += f.get().equals(expected) ? 0 : 1;
      }
      assertEquals(0, differences);
    } finally {
      pool.shutdownNow();
    }
  }
}
