package org.agendacheck.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds and reads the rule files a user names: a path is a rule file, or a folder searched
 * recursively for rule files, in sorted order. Rule files are DRL ({@code .drl}) and decision
 * tables ({@code .xlsx}, {@code .xls}, {@code .csv}). Rules are code: they are read only from the
 * paths given here, never from a document being validated.
 */
public final class RuleFiles {
  /** The extensions of rule files, without the dot. */
  public static final List<String> EXTENSIONS = List.of("drl", "xlsx", "xls", "csv");

  private RuleFiles() {}

  /** True when the file name has a rule file's extension. */
  public static boolean isRuleFile(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * The rule files under the paths, in the order given (folders: sorted by path). Each file's
   * origin is its path as given or as found under a given folder.
   *
   * @throws NoRuleFileException when a path does not exist, is not a rule file, or is a folder
   *     without rule files
   */
  public static List<RuleSource> read(List<Path> paths) throws IOException {
    List<RuleSource> out = new ArrayList<>();
    for (Path p : paths) {
      for (Path f : expand(p)) {
        out.add(new RuleSource(f.getFileName().toString(), f.toString(), Files.readAllBytes(f)));
      }
    }
    return out;
  }

  private static List<Path> expand(Path p) throws IOException {
    if (Files.isDirectory(p)) {
      List<Path> found;
      try (Stream<Path> walk = Files.walk(p)) {
        found = walk.filter(Files::isRegularFile).filter(RuleFiles::isRuleFile)
            .filter(f -> !f.getFileName().toString().startsWith("~$"))
            .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
      }
      if (found.isEmpty()) {
        throw new NoRuleFileException("no rule file (.drl, .xlsx, .xls, .csv) under " + p);
      }
      return found;
    }
    if (!Files.exists(p)) {
      throw new NoRuleFileException("no such rule file or directory: " + p);
    }
    if (!isRuleFile(p)) {
      throw new NoRuleFileException("not a rule file (.drl, .xlsx, .xls, .csv): " + p);
    }
    return List.of(p);
  }

  /** A named rule path does not exist or holds no rule file: a usage error. */
  public static final class NoRuleFileException extends IOException {
    public NoRuleFileException(String message) {
      super(message);
    }
  }
}
