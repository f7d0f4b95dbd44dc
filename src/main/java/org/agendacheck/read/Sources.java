package org.agendacheck.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agendacheck.model.Defect;
import org.agendacheck.model.Document;
import org.agendacheck.model.Problem;

/** Finds source files and reads each with the reader its extension names. */
public final class Sources {
  private static final Map<String, AgendaReader> READERS = Map.of(
      "json", new JsonAgendaReader(),
      "csv", new CsvAgendaReader(),
      "txt", new TextAgendaReader(),
      "xlsx", new XlsxAgendaReader(),
      "docx", new DocxAgendaReader(),
      "html", new HtmlAgendaReader(),
      "htm", new HtmlAgendaReader(),
      "pdf", new PdfAgendaReader());

  private Sources() {}

  /** The extensions a directory walk picks up. */
  public static List<String> extensions() {
    return READERS.keySet().stream().sorted().toList();
  }

  /**
   * Expands the given paths: a file stands for itself, a directory for every supported file under
   * it, recursively, in sorted order. Paths keep the spelling they were given in.
   *
   * @throws NoSuchSourceException when a path does not exist
   */
  public static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        Walk walk = new Walk(p);
        Files.walkFileTree(p, walk);
        walk.found.sort((a, b) -> a.toString().compareTo(b.toString()));
        out.addAll(walk.found);
      } else if (Files.exists(p)) {
        out.add(p);
      } else {
        throw new NoSuchSourceException(p);
      }
    }
    return out;
  }

  /**
   * Collects the documents below a root. What cannot be walked is collected too, so that reading
   * it gives the parse-error that names it: a folder that cannot be listed, an entry whose
   * attributes cannot be read, and a symbolic link (of a document's name) to nothing.
   */
  static final class Walk extends java.nio.file.SimpleFileVisitor<Path> {
    private final Path root;
    final List<Path> found = new ArrayList<>();

    Walk(Path root) {
      this.root = root;
    }

    @Override
    public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
        java.nio.file.attribute.BasicFileAttributes attrs) {
      return !dir.equals(root) && inRulesFolder(root, dir.resolve("x"))
          ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
    }

    @Override
    public java.nio.file.FileVisitResult visitFile(Path file,
        java.nio.file.attribute.BasicFileAttributes attrs) {
      // The walk never enters a rules folder (preVisitDirectory), and the attributes it read
      // answer for a plain file: only a link costs another look at the disk.
      boolean document = READERS.containsKey(extension(file)) && !isCompanion(file);
      if (document && (attrs.isRegularFile() || attrs.isSymbolicLink()
          && (Files.isRegularFile(file) || !Files.exists(file)))) {
        found.add(file);
      }
      return java.nio.file.FileVisitResult.CONTINUE;
    }

    @Override
    public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
      if (!inRulesFolder(root, file)) {
        found.add(file);
      }
      return java.nio.file.FileVisitResult.CONTINUE;
    }
  }

  /** The input formats --input-format accepts: the extensions, and "text" for txt. */
  public static List<String> formats() {
    return extensions();
  }

  /** True for a format name (or "text"), any case. */
  public static boolean isFormat(String name) {
    return name != null && READERS.containsKey(formatKey(name));
  }

  private static String formatKey(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return n.equals("text") ? "txt" : n;
  }

  /**
   * Files a directory walk leaves out although their extension is supported: sidecar metadata
   * ({@code NAME.meta.json}), which belongs to the document beside it, and the configuration
   * ({@code agendacheck.json}).
   */
  static boolean isCompanion(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".meta.json") || n.equals("agendacheck.json");
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
    return load(path, ReadOptions.DEFAULTS);
  }

  /**
   * Reads one file with options. For a format other than JSON a sidecar {@code NAME.meta.json}
   * beside the file supplies metadata unless the options carry some.
   */
  public static Document load(Path path, ReadOptions options) {
    return load(path, options, in -> in);
  }

  /**
   * As {@link #load(Path, ReadOptions)}, reading the file through a wrapper of its stream (one that
   * counts the bytes for a progress display, say).
   */
  public static Document load(Path path, ReadOptions options,
      java.util.function.UnaryOperator<InputStream> wrap) {
    try {
      return read(path, options, wrap);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return Defect.ours(e) ? Document.unreadable(path.toString(), Defect.problem("reading", e))
          : Document.unreadable(path.toString(),
              Problem.of("file-unreadable", "detail", reason(e)));
    }
  }

  private static Document read(Path path, ReadOptions options,
      java.util.function.UnaryOperator<InputStream> wrap) {
    String source = path.toString();
    // One look at the disk tells a plain file (the usual case) from a folder or a link.
    java.nio.file.attribute.BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
          java.nio.file.LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      attrs = null;
    }
    if (attrs != null && attrs.isRegularFile()) {
      return readFile(path, source, options, wrap);
    }
    if (Files.isDirectory(path)) {
      return Document.unreadable(source, Problem.of("folder-unreadable", "detail",
          Files.isReadable(path) ? "it cannot be listed" : "permission denied"));
    }
    if (Files.isSymbolicLink(path) && !Files.exists(path)) {
      String to;
      try {
        to = Files.readSymbolicLink(path).toString();
      } catch (IOException | UnsupportedOperationException e) {
        to = "nothing";
      }
      return Document.unreadable(source, Problem.of("broken-link", "target", to));
    }
    return readFile(path, source, options, wrap);
  }

  private static Document readFile(Path path, String source, ReadOptions options,
      java.util.function.UnaryOperator<InputStream> wrap) {
    AgendaReader reader = readerFor(path.toString(), options);
    ReadOptions o = options;
    if (!(reader instanceof JsonAgendaReader) && o.meta() == null) {
      Path sidecar = TableMeta.sidecarOf(path);
      if (Files.isRegularFile(sidecar)) {
        try {
          o = o.withMeta(TableMeta.read(sidecar));
        } catch (IOException e) {
          return Document.unreadable(source, Problem.of("sidecar-unreadable", "detail", e.getMessage()));
        }
      }
    }
    try (InputStream in = wrap.apply(Files.newInputStream(path))) {
      Document d = reader.read(source, baseName(path), in, o);
      if (o.meta() != null) {
        DeclaredReferences.apply(d, o.meta().references());
      }
      DeclaredReferences.apply(d, o.references());
      return d;
    } catch (IOException e) {
      return Document.unreadable(source, Problem.of("file-unreadable", "detail", reason(e)));
    }
  }

  /** Reads bytes that came from elsewhere (an upload), as the format of the name's extension. */
  public static Document load(String name, InputStream in) {
    return load(name, in, ReadOptions.DEFAULTS);
  }

  /**
   * Reads bytes that came from elsewhere (an upload) with options: the format is the options' or
   * the name's extension's, metadata only what the options carry.
   */
  public static Document load(String name, InputStream in, ReadOptions options) {
    AgendaReader reader = readerFor(name, options);
    try {
      return reader.read(name, baseName(fileName(name)), in, options);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return Defect.ours(e) ? Document.unreadable(name, Defect.problem("reading", e))
          : Document.unreadable(name, Problem.of("source-unreadable", "detail", reason(e)));
    } catch (IOException e) {
      return Document.unreadable(name, Problem.of("source-unreadable", "detail", reason(e)));
    }
  }

  /** Why reading failed, in words: the exception's class name means nothing to a reader. */
  private static String reason(Throwable e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "input error" : m.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  private static AgendaReader readerFor(String name, ReadOptions options) {
    if (options.format() != null && READERS.containsKey(formatKey(options.format()))) {
      return READERS.get(formatKey(options.format()));
    }
    return READERS.getOrDefault(extension(fileName(name)), READERS.get("json"));
  }

  /** The last part of a name, which need not be a valid path here (an upload's, say). */
  private static String fileName(String name) {
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  static String extension(Path p) {
    return extension(p.getFileName() == null ? "" : p.getFileName().toString());
  }

  private static String extension(String n) {
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String baseName(Path p) {
    return baseName(p.getFileName() == null ? p.toString() : p.getFileName().toString());
  }

  private static String baseName(String n) {
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
