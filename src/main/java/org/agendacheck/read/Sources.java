package org.agendacheck.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.agendacheck.model.Document;
import org.agendacheck.model.Problem;

/** Finds source files and reads each with the reader its extension names. */
public final class Sources {
  private static final Map<String, AgendaReader> READERS = Map.of("json", new JsonAgendaReader());

  private Sources() {}

  /** The extensions a directory walk picks up. */
  public static List<String> extensions() {
    return READERS.keySet().stream().sorted().toList();
  }

  /**
   * Expands the given paths: a file stands for itself, a directory for every supported file under
   * it, recursively, in sorted order, leaving out folders named {@code rules} below it. Paths keep the spelling they were given in.
   *
   * @throws NoSuchSourceException when a path does not exist
   */
  public static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !inRulesFolder(p, f))
              .filter(f -> READERS.containsKey(extension(f)))
              .sorted((a, b) -> a.toString().compareTo(b.toString()))
              .forEach(out::add);
        }
      } else if (Files.exists(p)) {
        out.add(p);
      } else {
        throw new NoSuchSourceException(p);
      }
    }
    return out;
  }

  /**
   * True when a file found under the root lies in a folder named {@code rules} below it: rule
   * files (and any data beside them) are not agenda documents. A rules folder named as the root
   * itself is walked.
   */
  static boolean inRulesFolder(Path root, Path file) {
    Path parent = root.relativize(file).getParent();
    if (parent != null) {
      for (Path part : parent) {
        if (part.toString().equals("rules")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Reads one file; a file that cannot be read gives a document with a problem. */
  public static Document load(Path path) {
    String source = path.toString();
    AgendaReader reader = READERS.getOrDefault(extension(path), READERS.get("json"));
    try (InputStream in = Files.newInputStream(path)) {
      return reader.read(source, baseName(path), in);
    } catch (IOException e) {
      return Document.unreadable(source, new Problem("cannot read the file: " + e, 0, 0));
    }
  }

  /** Reads bytes that came from elsewhere (an upload), as the format of the name's extension. */
  public static Document load(String name, InputStream in) {
    AgendaReader reader = READERS.getOrDefault(extension(Path.of(name)), READERS.get("json"));
    try {
      return reader.read(name, baseName(Path.of(name)), in);
    } catch (IOException e) {
      return Document.unreadable(name, new Problem("cannot read the source: " + e, 0, 0));
    }
  }

  static String extension(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String baseName(Path p) {
    String n = p.getFileName() == null ? p.toString() : p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot <= 0 ? n : n.substring(0, dot);
  }

  /** A named path does not exist: a usage error, not a finding. */
  public static final class NoSuchSourceException extends IOException {
    public NoSuchSourceException(Path p) {
      super("no such file or directory: " + p);
    }
  }
}
