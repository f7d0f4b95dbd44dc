package org.agendacheck.engine;

import java.nio.charset.StandardCharsets;

/**
 * The text of one rule file to compile.
 *
 * @param name the file name, with its extension (".drl")
 * @param origin where it came from, as messages name it ("default" or a path)
 * @param content the file's bytes
 */
public record RuleSource(String name, String origin, byte[] content) {
  public static RuleSource drl(String name, String origin, String text) {
    return new RuleSource(name, origin, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The file name without its extension. */
  public String family() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
