package org.agendacheck.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.RuleBase;
import org.kie.api.runtime.KieSession;

/**
 * A baseline: findings accepted by fingerprint, each with an optional reason and owner. A file
 * looks like this:
 *
 * <pre>{@code
 * {"version": 1, "entries": [
 *   {"fingerprint": "3f2a...", "file": "data/begroting.json", "rule": "pm-entry",
 *    "table": "begroting", "row": "Cloud", "column": "2029", "message": "...",
 *    "reason": "amount follows the 2027 tender", "owner": "controller"}]}
 * }</pre>
 *
 * <p>Only the fingerprint matches; the other fields say what was accepted, for the people who
 * review the file.
 *
 * @param source the file the baseline was read from, as it was given ("" for a new one)
 * @param entries the entries, in file order
 */
public record Baseline(String source, List<BaselineEntry> entries) {
  /** The rule that reports entries matching nothing. */
  public static final String STALE_RULE = "baseline-stale";
  private static final JsonFactory FACTORY = new JsonFactory();
  /** Made when the first baseline is read: a run without one does not pay for it. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  public Baseline {
    entries = List.copyOf(entries);
  }

  /**
   * Reads a baseline file.
   *
   * @throws BaselineException when the file is missing or not a baseline; the message says where
   */
  public static Baseline read(Path file) throws BaselineException {
    String name = file.toString();
    List<BaselineEntry> entries = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw problem(name, p.currentTokenLocation(), "a baseline is a JSON object with \"entries\"");
      }
      boolean sawEntries = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("entries")) {
          sawEntries = true;
          if (t != JsonToken.START_ARRAY) {
            throw problem(name, p.currentTokenLocation(), "\"entries\" must be an array");
          }
          while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            if (p.currentToken() != JsonToken.START_OBJECT) {
              throw problem(name, at, "each entry must be an object");
            }
            entries.add(entry(name, at, Json.MAPPER.readTree(p)));
          }
        } else {
          p.skipChildren();
        }
      }
      if (!sawEntries) {
        throw problem(name, null, "no \"entries\" array");
      }
    } catch (NoSuchFileException e) {
      throw new BaselineException("baseline " + name + ": no such file");
    } catch (JsonProcessingException e) {
      throw problem(name, e.getLocation(), "not valid JSON: "
          + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new BaselineException("baseline " + name + ": cannot read it: " + e.getMessage());
    }
    return new Baseline(name, entries);
  }

  private static BaselineEntry entry(String name, JsonLocation at, JsonNode n)
      throws BaselineException {
    for (String field : List.of("fingerprint", "file", "rule", "table", "row", "column", "message",
        "reason", "owner")) {
      JsonNode v = n.get(field);
      if (v != null && !v.isNull() && !v.isTextual()) {
        throw problem(name, at, "entry field \"" + field + "\" must be a string");
      }
    }
    String fingerprint = text(n, "fingerprint");
    if (fingerprint == null || fingerprint.isBlank()) {
      throw problem(name, at, "an entry has no \"fingerprint\"");
    }
    return new BaselineEntry(fingerprint, text(n, "file"), text(n, "rule"), text(n, "table"),
        text(n, "row"), text(n, "column"), text(n, "message"), text(n, "reason"),
        text(n, "owner"), Math.max(at.getLineNr(), 0));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static BaselineException problem(String name, JsonLocation at, String message) {
    String where = at == null || at.getLineNr() <= 0 ? "" : ":" + at.getLineNr();
    return new BaselineException("baseline " + name + where + ": " + message);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  /**
   * Sorts a run's findings against this baseline. Every entry becomes a {@link BaselineCheck} fact,
   * and a second, small session of the same rule base judges them (the rule {@code baseline-stale}
   * fires on an entry nothing matched).
   *
   * @param rules the rule base of the run
   * @param findings the run's findings in report order, before anything was filtered out
   * @param fingerprints their fingerprints (see {@link Fingerprints#of})
   * @param workingDirectory what paths are relative to, for the stale findings' fingerprints
   */
  public BaselineOutcome apply(RuleBase rules, List<Finding> findings, List<String> fingerprints,
      Path workingDirectory) {
    Map<String, BaselineEntry> byFingerprint = new HashMap<>();
    for (BaselineEntry e : entries) {
      byFingerprint.putIfAbsent(e.fingerprint(), e);
    }
    List<Finding> kept = new ArrayList<>();
    List<String> keptFingerprints = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    // a finding of one slip also matches the entries of the cells it stands for (a baseline
    // written when each cell was a finding of its own)
    List<List<String>> members = Fingerprints.withMembers(findings, workingDirectory);
    for (int i = 0; i < findings.size(); i++) {
      BaselineEntry e = byFingerprint.get(fingerprints.get(i));
      for (String m : members.get(i).subList(1, members.get(i).size())) {
        BaselineEntry more = byFingerprint.get(m);
        if (more != null) {
          e = e == null ? more : e;
          matched.add(more.fingerprint());
        }
      }
      if (e == null) {
        kept.add(findings.get(i));
        keptFingerprints.add(fingerprints.get(i));
      } else {
        matched.add(e.fingerprint());
        suppressed.add(new Suppressed(findings.get(i), fingerprints.get(i), e));
      }
    }
    List<Finding> stale = judge(rules, matched);
    return new BaselineOutcome(kept, keptFingerprints, suppressed, stale,
        Fingerprints.of(stale, workingDirectory));
  }

  private List<Finding> judge(RuleBase rules, Set<String> matched) {
    List<Finding> out = new ArrayList<>();
    if (entries.isEmpty()) {
      return out;
    }
    KieSession session = rules.kieBase().newKieSession();
    try {
      for (BaselineEntry e : entries) {
        session.insert(new BaselineCheck(source, e, matched.contains(e.fingerprint())));
      }
      session.fireAllRules();
      for (Object o : session.getObjects(o -> o instanceof Finding)) {
        out.add((Finding) o);
      }
    } finally {
      session.dispose();
    }
    out.sort(java.util.Comparator.comparingInt(Finding::getLine)
        .thenComparing(Finding::getRule).thenComparing(f -> f.getMessage()));
    return out;
  }

  /**
   * Writes a baseline of findings: one entry per finding, in report order. Entries of the previous
   * baselines with the same fingerprint keep their reason and owner. Findings of {@code
   * baseline-stale} are not recorded.
   */
  public static void write(Writer out, List<Finding> findings, List<String> fingerprints,
      List<Baseline> previous, Path workingDirectory) throws IOException {
    Map<String, BaselineEntry> before = new HashMap<>();
    for (Baseline b : previous) {
      for (BaselineEntry e : b.entries()) {
        before.putIfAbsent(e.fingerprint(), e);
      }
    }
    try (JsonGenerator g = JsonFiles.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("version", 1);
      g.writeArrayFieldStart("entries");
      Set<String> written = new HashSet<>();
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        String fp = fingerprints.get(i);
        if (f.getRule().equals(STALE_RULE) || !written.add(fp)) {
          continue;
        }
        BaselineEntry old = before.get(fp);
        g.writeStartObject();
        g.writeStringField("fingerprint", fp);
        g.writeStringField("file", Fingerprints.path(f.getSource(), workingDirectory));
        g.writeStringField("rule", f.getRule());
        g.writeStringField("table", f.getTable());
        g.writeStringField("row", f.getRow());
        g.writeStringField("column", f.getColumn());
        g.writeStringField("message", f.getMessage());
        if (old != null && old.reason() != null) {
          g.writeStringField("reason", old.reason());
        }
        if (old != null && old.owner() != null) {
          g.writeStringField("owner", old.owner());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }
}
