package org.agendacheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rule fixtures under {@code src/test/resources/rules/<rule-id>/}: each case is a document
 * {@code <case>.<ext>} (or a folder {@code <case>/} of documents validated together) beside {@code
 * <case>.expected.json}, which lists the findings the case must give, as data:
 *
 * <pre>{@code
 * {"description": "a total 5 above the exact sum, figures exact",
 *  "rules": ["total-sum"],                       // optional; default: the folder's rule
 *  "findings": [{"rule": "total-sum", "row": "Totaal", "column": "2027", "line": 9}]}
 * }</pre>
 *
 * <p>A case whose document another test reads too (a published page under {@code read/html/}, its
 * print under {@code read/pdf/}) names it with {@code "input": "../../read/html/<page>.html"}
 * instead of holding a copy.
 *
 * <p>{@code row}, {@code column} and {@code line} may be null or left out where the finding has none;
 * {@code line}, {@code severity}, {@code expected}, {@code actual} and {@code message} are compared
 * only when given, and so is {@code alsoAt}: the columns of the further cells of a finding that
 * names several cells of one row (one slip), e.g. {@code "alsoAt": ["2027", "2028"]}; a cell of
 * another row (a total a wrong subtotal range breaks) as {@code "Totaal, 2027"}.
 *
 * <p>A case folder may hold an {@code agendacheck.json}: the case is then validated with that
 * configuration, as {@code agendacheck validate} in that folder would be.
 *
 * <p>A case may also have a baseline {@code <case>.baseline.json} beside it (the format {@code
 * --write-baseline} writes). The case's findings are then those left after the baseline, plus the
 * findings about the baseline's own entries; fingerprints take file paths relative to the case's
 * folder, so an entry names the case file as {@code "<case>.json"}.
 */
final class RuleCases {
  static final Path ROOT = root();
  private static final ObjectMapper JSON = new ObjectMapper();

  private RuleCases() {}

  private static Path root() {
    try {
      return Path.of(RuleCases.class.getResource("/rules").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One fixture case. */
  record Case(String ruleFolder, String name, Path input, JsonNode expected) {
    /** The case's baseline file, or null when it has none. */
    Path baseline() {
      Path b = input.resolveSibling(name + ".baseline.json");
      return Files.isRegularFile(b) ? b : null;
    }

    String description() {
      return expected.path("description").asText(name);
    }

    List<String> rules() {
      List<String> out = new ArrayList<>();
      expected.path("rules").forEach(n -> out.add(n.asText()));
      return out.isEmpty() ? List.of(ruleFolder) : out;
    }

    boolean fails() {
      return expected.path("findings").size() > 0;
    }

    /** The case folder's configuration {@code agendacheck.json}, or null when it has none. */
    Path config() {
      Path c = input.resolve("agendacheck.json");
      return Files.isDirectory(input) && Files.isRegularFile(c) ? c : null;
    }

    /**
     * The input files: the case file, or every file of the case folder in sorted order (sidecars
     * and the configuration aside).
     */
    List<Path> inputs() throws IOException {
      if (!Files.isDirectory(input)) {
        return List.of(input);
      }
      try (Stream<Path> s = Files.list(input)) {
        return s.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().endsWith(".meta.json"))
            .filter(p -> !p.getFileName().toString().equals("agendacheck.json")).sorted().toList();
      }
    }
  }

  /** The folders under the fixture root, each named after a rule id. */
  static List<String> folders() {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every case of a rule folder, sorted by name. */
  static List<Case> cases(String folder) {
    Path dir = ROOT.resolve(folder);
    List<Case> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path exp : s.filter(p -> p.getFileName().toString().endsWith(".expected.json"))
          .sorted(Comparator.comparing(Path::toString)).toList()) {
        String file = exp.getFileName().toString();
        String name = file.substring(0, file.length() - ".expected.json".length());
        JsonNode expected = JSON.readTree(exp.toFile());
        // a published page or print another test reads too is named, not copied
        Path input = expected.hasNonNull("input")
            ? dir.resolve(expected.get("input").asText()).normalize() : input(dir, name);
        if (!Files.isRegularFile(input) && !Files.isDirectory(input)) {
          throw new IllegalStateException(exp + " names the input " + input + ", which is missing");
        }
        out.add(new Case(folder, name, input, expected));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Path input(Path dir, String name) throws IOException {
    Path folder = dir.resolve(name);
    if (Files.isDirectory(folder)) {
      return folder;
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> found = s.filter(p -> {
        String f = p.getFileName().toString();
        return f.startsWith(name + ".") && !f.endsWith(".expected.json")
            && f.indexOf('.', name.length() + 1) < 0;
      }).toList();
      if (found.size() != 1) {
        throw new IllegalStateException(dir + ": case " + name + " needs exactly one input file "
            + name + ".<ext> or a folder " + name + "/, found " + found);
      }
      return found.get(0);
    }
  }

  /** Every input file under the fixture root that has no expected file beside it. */
  static List<Path> orphans() {
    List<Path> out = new ArrayList<>();
    for (String folder : folders()) {
      Path dir = ROOT.resolve(folder);
      List<Path> used = new ArrayList<>();
      for (Case c : cases(folder)) {
        used.add(c.input());
      }
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
            .filter(p -> !p.getFileName().toString().endsWith(".baseline.json"))
            .filter(p -> !used.contains(p)).sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
