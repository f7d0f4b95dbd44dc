package org.agendacheck.config;

import java.util.regex.Pattern;

/**
 * A path pattern of a configuration's include and exclude lists, matched against a path relative
 * to the working directory with forward slashes: {@code *} matches within one folder name, {@code
 * ?} one character, {@code **} any number of folders ({@code **}{@code /drafts/**} also matches
 * {@code drafts/x.json} at the top).
 *
 * @param text the pattern as written
 */
public record Glob(String text, Pattern regex) {
  /** Compiles a pattern. */
  public static Glob of(String text) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    String t = text.replace('\\', '/');
    while (i < t.length()) {
      char c = t.charAt(i);
      if (t.startsWith("**/", i)) {
        b.append("(?:.*/)?");
        i += 3;
      } else if (t.startsWith("**", i)) {
        b.append(".*");
        i += 2;
      } else if (c == '*') {
        b.append("[^/]*");
        i++;
      } else if (c == '?') {
        b.append("[^/]");
        i++;
      } else {
        b.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return new Glob(text, Pattern.compile(b.toString()));
  }

  /** True when the relative path (forward slashes) matches. */
  public boolean matches(String path) {
    return regex.matcher(path).matches();
  }
}
