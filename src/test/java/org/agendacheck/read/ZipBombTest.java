package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.agendacheck.AgendaCheck;
import org.agendacheck.engine.Finding;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An Office file whose parts inflate a thousandfold is refused as a zip bomb: a parse-error
 * finding, read no further, instead of memory spent on it.
 */
class ZipBombTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx"})
  void aPartThatInflatesAThousandfoldIsAParseError(String extension) throws IOException {
    Path bomb = dir.resolve("bomb." + extension);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/content-types\"/>").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(extension.equals("xlsx") ? "xl/workbook.xml"
          : "word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      OutputStream out = zip;
      for (int i = 0; i < 16; i++) {
        out.write(spaces);
      }
      zip.closeEntry();
    }
    List<Finding> findings = AgendaCheck.withDefaultRules().validatePaths(List.of(bomb)).findings();
    assertEquals(1, findings.size(), findings::toString);
    assertEquals("parse-error", findings.get(0).getRule());
    assertTrue(findings.get(0).getMessage().toLowerCase(java.util.Locale.ROOT).contains("zip bomb"),
        findings.get(0).getMessage());
  }
}
