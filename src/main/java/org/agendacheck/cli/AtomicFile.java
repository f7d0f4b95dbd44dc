package org.agendacheck.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file so that readers see the old content or the new, never a part: a temporary file in
 * the same folder, renamed over the target when complete.
 */
final class AtomicFile {
  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFile() {}

  /** What fills the file. */
  interface Body {
    void write(Writer out) throws IOException;
  }

  static void write(Path target, Body body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    // Not Files.createTempFile: it makes the file private (0600); a report gets the usual mode.
    Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
        + COUNTER.incrementAndGet() + ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        body.write(w);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new IOException(reason(e, target, dir), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // a temporary file that cannot even be removed was never written
      }
    }
  }

  /**
   * Why the target could not be written, in words about the target: the temporary file beside it
   * is an implementation detail the user never named.
   */
  static String reason(IOException e, Path target, Path dir) {
    if (!Files.isDirectory(dir)) {
      return Files.exists(dir) ? dir + " is not a folder" : "no such folder " + dir;
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (Files.isDirectory(target)) {
      return "it is a folder";
    }
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.contains("No space left") || m.contains("Disk quota")) {
      return "disk full";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
