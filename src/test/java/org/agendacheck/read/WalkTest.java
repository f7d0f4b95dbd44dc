package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.agendacheck.AgendaCheck;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory walk names what it cannot read (a folder it may not list, a symbolic link to
 * nothing) with a parse-error each, and validates the rest.
 */
class WalkTest {
  private static final Path GOOD = Path.of("src/test/resources/cli/one-of-each-severity.json");

  @TempDir
  Path dir;

  private static List<String> parseErrors(ValidationResult r) {
    return r.findings().stream().filter(f -> f.getRule().equals("parse-error"))
        .map(f -> f.getSource() + ": " + f.getMessage()).toList();
  }

  @Test
  void aBrokenLinkIsNamedAndTheRestValidated() throws Exception {
    Files.copy(GOOD, dir.resolve("a.json"));
    Files.createSymbolicLink(dir.resolve("b.json"), dir.resolve("verplaatst/b.json"));
    Files.createSymbolicLink(dir.resolve("plaatje.png"), dir.resolve("weg.png"));
    ValidationResult r = AgendaCheck.withDefaultRules().validatePaths(List.of(dir));
    assertEquals(2, r.files());
    assertEquals(List.of(dir.resolve("b.json") + ": a broken symbolic link to "
        + dir.resolve("verplaatst/b.json")), parseErrors(r));
    assertEquals(3, r.findings().stream().filter(f -> f.getSource().endsWith("a.json")).count());
  }

  @Test
  void aFolderThatCannotBeListedIsNamed() throws Exception {
    Files.copy(GOOD, dir.resolve("a.json"));
    Path closed = Files.createDirectory(dir.resolve("geheim"));
    Files.copy(GOOD, closed.resolve("c.json"));
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(closed), "a superuser lists any folder");
      ValidationResult r = AgendaCheck.withDefaultRules().validatePaths(List.of(dir));
      assertEquals(2, r.files());
      assertEquals(List.of(closed + ": cannot read the folder: permission denied"),
          parseErrors(r));
    } finally {
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void anEntryTheWalkCannotOpenBecomesADocumentNamingIt() throws Exception {
    Files.copy(GOOD, dir.resolve("a.json"));
    Sources.Walk walk = new Sources.Walk(dir);
    Files.walkFileTree(dir, walk);
    Path failed = Files.createDirectory(dir.resolve("map"));
    walk.visitFileFailed(failed, new AccessDeniedException(failed.toString()));
    assertEquals(List.of(dir.resolve("a.json"), failed), walk.found);
    ValidationResult r = AgendaCheck.withDefaultRules().validate(
        walk.found.stream().map(Sources::load).toList());
    List<Finding> errors = r.findings().stream().filter(f -> f.getSource().equals(failed.toString()))
        .toList();
    assertEquals(1, errors.size());
    assertEquals("parse-error", errors.get(0).getRule());
  }
}
