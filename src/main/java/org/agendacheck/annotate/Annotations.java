package org.agendacheck.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.report.view.FindingView;
import org.agendacheck.report.view.FindingViews;
import org.agendacheck.report.view.UiText;

/**
 * Annotated copies of the .xlsx and .docx sources of a run, written into one folder as {@code
 * <name>.annotated.xlsx} and {@code <name>.annotated.docx}. Other sources have no copy; the HTML
 * report shows their findings.
 */
public final class Annotations {
  private Annotations() {}

  /**
   * What happened to one source.
   *
   * @param source the source as it was given
   * @param copy the copy written, or null when none was
   * @param problem why no copy was written, or null
   */
  public record Outcome(String source, Path copy, String problem) {}

  /** True for a source an annotated copy can be made of: a .xlsx or .docx file. */
  public static boolean annotatable(Path source) {
    String n = source.getFileName() == null ? "" : source.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    return n.endsWith(".xlsx") || n.endsWith(".docx");
  }

  /**
   * Writes a copy of every .xlsx and .docx source with its findings. One copy that cannot be made
   * (an unreadable workbook) does not stop the others.
   *
   * @param result the findings to show
   * @param sources the sources of the run, as given
   * @param folder the folder the copies go to (made when missing)
   * @param language "nl" or "en"
   * @return one outcome per .xlsx and .docx source, in the order given
   * @throws IOException when the folder cannot be made
   */
  public static List<Outcome> write(ValidationResult result, List<Path> sources, Path folder,
      String language) throws IOException {
    Files.createDirectories(folder);
    UiText t = UiText.of(language);
    List<FindingView> views = FindingViews.of(result, org.agendacheck.engine.Language.parse(
        t.code()));
    List<Outcome> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Path source : sources) {
      if (!annotatable(source)) {
        continue;
      }
      String file = source.getFileName().toString();
      int dot = file.lastIndexOf('.');
      String base = file.substring(0, dot);
      String ext = file.substring(dot).toLowerCase(Locale.ROOT);
      String name = base + ".annotated" + ext;
      for (int i = 2; !names.add(name.toLowerCase(Locale.ROOT)); i++) {
        name = base + "-" + i + ".annotated" + ext;
      }
      Path copy = folder.resolve(name);
      if (copy.toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize())) {
        out.add(new Outcome(source.toString(), null, "the copy would replace the original"));
        continue;
      }
      List<FindingView> mine = new ArrayList<>();
      for (FindingView f : views) {
        if (f.source().equals(source.toString())) {
          mine.add(f);
        }
      }
      try {
        if (ext.equals(".xlsx")) {
          XlsxAnnotator.annotate(source, mine, t, copy);
        } else {
          DocxAnnotator.annotate(source, mine, t, copy);
        }
        out.add(new Outcome(source.toString(), copy, null));
      } catch (IOException e) {
        out.add(new Outcome(source.toString(), null, e.getMessage()));
      }
    }
    return out;
  }
}
