package org.agendacheck.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A well-formed Office package from the fixtures, with one part replaced by fuzzed bytes. */
enum OfficePackage {
  XLSX("src/test/resources/read/xlsx/seed-tables.xlsx"),
  DOCX("src/test/resources/read/docx/seed-tables.docx");

  private final Map<String, byte[]> parts = new LinkedHashMap<>();

  OfficePackage(String fixture) {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of(fixture)))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The package with the named part's bytes replaced. */
  byte[] with(String part, byte[] bytes) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(buf)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(p.getKey()));
        out.write(p.getKey().equals(part) ? bytes : p.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.toByteArray();
  }
}
