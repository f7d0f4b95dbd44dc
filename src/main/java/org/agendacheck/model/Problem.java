package org.agendacheck.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a source (or part of it) could not be read as an agenda, and where: a reason key with named
 * arguments, which the {@code parse-error} rule's templates ({@code parse-error.<reason>}) put into
 * words in each language.
 *
 * @param reason the reason's key ("csv-no-label-column"); templates are looked up by it
 * @param args the named arguments the reason's templates use, in the order given
 * @param location where the problem is ({@link Location#NOWHERE} for the whole source)
 */
public record Problem(String reason, Map<String, Object> args, Location location) {
  public Problem {
    Objects.requireNonNull(reason, "reason");
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    location = location == null ? Location.NOWHERE : location;
  }

  /**
   * A problem at a line and column (0 when unknown), with arguments given as name, value pairs.
   */
  public static Problem at(String reason, int line, int col, Object... namesAndValues) {
    return new Problem(reason, pairs(namesAndValues), Location.at(line, col));
  }

  /** A problem about the whole source, with arguments given as name, value pairs. */
  public static Problem of(String reason, Object... namesAndValues) {
    return new Problem(reason, pairs(namesAndValues), Location.NOWHERE);
  }

  private static Map<String, Object> pairs(Object[] namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name, value pairs");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }

  /** 1-based line, or 0 when unknown. */
  public int line() {
    return location.line();
  }

  /** 1-based column, or 0 when unknown. */
  public int col() {
    return location.col();
  }
}
