package org.agendacheck.gate;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.agendacheck.baseline.Baseline;
import org.agendacheck.baseline.BaselineEntry;
import org.agendacheck.baseline.BaselineOutcome;
import org.agendacheck.baseline.Fingerprints;
import org.agendacheck.baseline.Suppressed;
import org.agendacheck.config.Config;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.read.Sources;

/**
 * The gate's decisions, apart from reading and validating: which files count, what a baseline and
 * a configuration make of the findings, the exit status, and how a baseline is rewritten.
 */
public final class Gate {
  private Gate() {}

  /**
   * The files of a request: files as named, directories walked (sorted), keeping walked files the
   * configuration includes.
   *
   * @throws Sources.NoSuchSourceException when a path does not exist
   * @throws NoDocumentsException when no document is left
   */
  public static List<Path> files(GateRequest request) throws IOException, NoDocumentsException {
    List<Path> out = new ArrayList<>();
    for (Path p : request.paths()) {
      List<Path> found = Sources.expand(List.of(p));
      if (!Files.isDirectory(p) || !request.config().filtersWalks()) {
        out.addAll(found);
        continue;
      }
      for (Path f : found) {
        if (request.config().walks(Fingerprints.path(f.toString(), request.workingDirectory()))) {
          out.add(f);
        }
      }
    }
    if (out.isEmpty()) {
      throw new NoDocumentsException("no documents to validate in " + request.paths().stream()
          .map(Path::toString).collect(Collectors.joining(", "))
          + " (documents are " + String.join(", ", Sources.extensions().stream()
              .map(e -> "." + e).toList()) + (request.config().source() == null ? ""
              : ", as the configuration's include and exclude patterns allow") + ")");
    }
    return out;
  }

  /**
   * Applies the baseline (matched on the run's own findings, before the configuration, so that an
   * entry of a rule turned off is not stale) and the configuration, and decides the exit status.
   */
  public static Verdict judge(RuleBase rules, ValidationResult raw, List<Path> files,
      GateRequest request) {
    Path wd = request.workingDirectory();
    Config config = request.config();
    List<String> fingerprints = Fingerprints.of(raw.findings(), wd);
    BaselineOutcome outcome = request.baseline() == null
        ? new BaselineOutcome(raw.findings(), fingerprints, List.of(), List.of(), List.of())
        : request.baseline().apply(rules, raw.findings(), fingerprints, wd);
    List<Finding> reported = new ArrayList<>();
    List<String> reportedFingerprints = new ArrayList<>();
    // Taken once: each call makes its list afresh, and a loop that called them per finding would
    // cost the square of the findings (80,000 findings: 40 s).
    List<Finding> candidates = outcome.reported();
    List<String> candidateFingerprints = outcome.reportedFingerprints();
    for (int i = 0; i < candidates.size(); i++) {
      Finding f = config.apply(candidates.get(i));
      if (f != null) {
        reported.add(f);
        reportedFingerprints.add(candidateFingerprints.get(i));
      }
    }
    List<Suppressed> suppressed = new ArrayList<>();
    for (Suppressed s : outcome.suppressed()) {
      Finding f = config.apply(s.finding());
      if (f != null) {
        suppressed.add(new Suppressed(f, s.fingerprint(), s.entry()));
      }
    }
    ValidationResult result = new ValidationResult(reported, raw.files(), raw.documents());
    int exit = result.failsAt(request.failOn()) ? ExitStatus.FINDINGS : ExitStatus.OK;
    return new Verdict(raw, fingerprints, result, reportedFingerprints, suppressed,
        request.baseline() != null, files, request.failOn(), exit);
  }

  /**
   * The baseline to write after a run: the run's findings that the configuration keeps. When there
   * are previous baselines (the one the run used, the file being rewritten), only findings one of
   * them already accepts are recorded, with their reasons and owners, unless {@code acceptNew}
   * asks for the new ones too; {@link BaselineRewrite#leftOut()} says how many were left out. A new
   * baseline (no previous one) records every finding.
   */
  public static BaselineRewrite rewrite(Verdict verdict, Config config, List<Baseline> previous,
      boolean acceptNew, Path workingDirectory) throws IOException {
    Set<String> accepted = new HashSet<>();
    for (Baseline b : previous) {
      for (BaselineEntry e : b.entries()) {
        accepted.add(e.fingerprint());
      }
    }
    List<Finding> current = new ArrayList<>();
    List<String> currentFingerprints = new ArrayList<>();
    int leftOut = 0;
    List<Finding> raw = verdict.raw().findings();
    for (int i = 0; i < raw.size(); i++) {
      Finding f = raw.get(i);
      String fp = verdict.rawFingerprints().get(i);
      if (config.apply(f) == null || f.getRule().equals(Baseline.STALE_RULE)) {
        continue;
      }
      if (!previous.isEmpty() && !acceptNew && !accepted.contains(fp)) {
        leftOut++;
        continue;
      }
      current.add(f);
      currentFingerprints.add(fp);
    }
    StringWriter text = new StringWriter();
    Baseline.write(text, current, currentFingerprints, previous, workingDirectory);
    return new BaselineRewrite(text.toString(), new HashSet<>(currentFingerprints).size(), leftOut);
  }
}
