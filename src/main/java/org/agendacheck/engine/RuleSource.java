package org.agendacheck.engine;

import java.nio.charset.StandardCharsets;

/**
 * The bytes of one rule file to compile: DRL, or a decision table (.xlsx, .xls, .csv), as its
 * extension says.
 *
 * @param name the file name, with its extension (".drl", ".xlsx", ".xls", ".csv")
 * @param origin where it came from, as messages name it ("default" or a path)
 * @param content the file's bytes
 */
public record RuleSource(String name, String origin, byte[] content) {
  /** A DRL file from text. */
  public static RuleSource drl(String name, String origin, String text) {
    return new RuleSource(name, origin, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The file name without its extension. */
  public String family() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
