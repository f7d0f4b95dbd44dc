package org.agendacheck.baseline;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.agendacheck.engine.Finding;

/**
 * Stable identities of findings, shared by the SARIF {@code partialFingerprints} and baselines.
 *
 * <p>A fingerprint hashes the file path (relative to the working directory), the rule id, the
 * table id, the row label, the column key and the occurrence index among findings that share all
 * of these. It holds no line number, so it survives lines moving elsewhere in the file.
 */
public final class Fingerprints {
  /** The key under which SARIF results carry the fingerprint. */
  public static final String KEY = "agendacheck/v1";

  private Fingerprints() {}

  /**
   * The fingerprints of findings, in the same order. The occurrence index counts in list order, so
   * pass the findings of a run in report order before any are filtered out.
   */
  public static List<String> of(List<Finding> findings, Path workingDirectory) {
    List<String> out = new ArrayList<>(findings.size());
    for (List<String> all : withMembers(findings, workingDirectory)) {
      out.add(all.get(0));
    }
    return out;
  }

  /**
   * For each finding, its fingerprint followed by those of the findings it stands for as one slip
   * ({@link Finding#getMembers()}: the further cells of a row), each as that finding alone would
   * have it. A finding of one slip so has the fingerprint its first cell had before findings were
   * merged, and a baseline written then still matches every cell of it.
   */
  public static List<List<String>> withMembers(List<Finding> findings, Path workingDirectory) {
    Map<List<String>, Integer> seen = new HashMap<>();
    List<List<String>> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      List<String> all = new ArrayList<>();
      all.add(one(f, seen, workingDirectory));
      for (Finding m : f.getMembers()) {
        all.add(one(m, seen, workingDirectory));
      }
      out.add(all);
    }
    return out;
  }

  private static String one(Finding f, Map<List<String>, Integer> seen, Path workingDirectory) {
    List<String> key = Arrays.asList(path(f.getSource(), workingDirectory), f.getRule(),
        f.getTable(), f.getRow(), f.getColumn());
    int occurrence = seen.merge(key, 1, Integer::sum) - 1;
    return hash(key, occurrence);
  }

  private static String hash(List<String> key, int occurrence) {
    StringBuilder b = new StringBuilder();
    for (String part : key) {
      // A unit separator between parts and a NUL for null keep ("a", "b c") and ("a b", "c") apart.
      b.append(part == null ? "\u0000" : part).append('\u001f');
    }
    b.append(occurrence);
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString()
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * The source as a path relative to the working directory, with forward slashes; a source outside
   * it stays absolute, a name that is not a path stays as it is.
   */
  public static String path(String source, Path workingDirectory) {
    Path abs = absolute(source, workingDirectory);
    if (abs == null) {
      return source;
    }
    Path base = workingDirectory.toAbsolutePath().normalize();
    Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }

  /**
   * The source as a URI reference for reports: a relative reference (percent-encoded) when the file
   * is under the working directory, else an absolute {@code file:} URI.
   */
  public static String uri(String source, Path workingDirectory) {
    Path abs = absolute(source, workingDirectory);
    Path base = workingDirectory.toAbsolutePath().normalize();
    if (abs != null && !abs.startsWith(base)) {
      return abs.toUri().toString();
    }
    return encode(path(source, workingDirectory));
  }

  /** True when the source lies under the working directory (its URI is relative). */
  public static boolean isRelative(String source, Path workingDirectory) {
    Path abs = absolute(source, workingDirectory);
    return abs == null || abs.startsWith(workingDirectory.toAbsolutePath().normalize());
  }

  private static Path absolute(String source, Path workingDirectory) {
    try {
      return workingDirectory.toAbsolutePath().resolve(Path.of(source)).normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String encode(String path) {
    StringBuilder b = new StringBuilder();
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }
}
