package org.agendacheck.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A part of a message that is itself a template (e.g. how the parts of a sum are named), given as
 * an argument and put into words in the message's language.
 *
 * @param key the template key
 * @param args its named arguments
 */
public record Phrase(String key, Map<String, Object> args) {
  public Phrase {
    Objects.requireNonNull(key, "key");
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /** A phrase with arguments given as name, value pairs. */
  public static Phrase of(String key, Object... namesAndValues) {
    return new Phrase(key, Args.pairs(namesAndValues));
  }
}
