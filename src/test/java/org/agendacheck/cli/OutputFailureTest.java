package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that cannot be written is named with the reason about the target (permission denied,
 * no such folder, disk full), never the temporary file beside it; the old report stays intact and
 * no temporary file is left.
 */
class OutputFailureTest {
  @TempDir
  Path dir;

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void diskFullKeepsTheOldReportAndLeavesNoTemporaryFile() throws Exception {
    Path report = dir.resolve("report.json");
    Files.writeString(report, "old report\n");
    IOException e = assertThrows(IOException.class, () -> AtomicFile.write(report, w -> {
      w.write("{\"findings\": [");
      throw new IOException("No space left on device");
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("old report\n", Files.readString(report));
    assertEquals(List.of(report), files());
  }

  @Test
  void aReadOnlyFolderIsPermissionDeniedOnTheTarget() throws Exception {
    Path ro = Files.createDirectory(dir.resolve("ro"));
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(ro), "a superuser writes into a read-only folder");
      Run r = Run.of("validate", "--format", "json", "--output", ro.resolve("r.json").toString(),
          "samples");
      assertEquals(Main.USAGE, r.exit());
      assertEquals(List.of("agendacheck: cannot write " + ro.resolve("r.json")
          + ": permission denied"), r.errLines());
    } finally {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void reasonsNameTheTargetNotTheTemporaryFile() throws Exception {
    Path target = dir.resolve("report.sarif");
    Path tmp = dir.resolve(".report.sarif.1.1.tmp");
    assertEquals("permission denied",
        AtomicFile.reason(new AccessDeniedException(tmp.toString()), target, dir));
    assertEquals("no such folder " + dir.resolve("gone"), AtomicFile.reason(
        new java.nio.file.NoSuchFileException(tmp.toString()), target, dir.resolve("gone")));
    assertEquals("disk full", AtomicFile.reason(new java.nio.file.FileSystemException(
        tmp.toString(), null, "No space left on device"), target, dir));
    Files.createDirectory(target);
    assertEquals("it is a folder", AtomicFile.reason(new java.nio.file.FileSystemException(
        tmp.toString(), null, "Is a directory"), target, dir));
    assertTrue(files().stream().noneMatch(p -> p.toString().endsWith(".tmp")));
  }
}
