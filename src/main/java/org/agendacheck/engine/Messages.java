package org.agendacheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Location;

/**
 * The message templates, one resource per language ({@code messages_en.properties}, {@code
 * messages_nl.properties} beside this class), keyed by rule id and, where a rule has several
 * messages, a variant ({@code total-sum.pm-hides}); reader problems as {@code
 * parse-error.<reason>}; the summary line and the words reports use under {@code report.}; Dutch
 * rule descriptions as {@code <rule-id>.description} (English ones are the rules' own
 * {@code @description}).
 *
 * <p>A template names its arguments: {@code {published} published, but {parts} add up to {sum}}.
 * Amounts (BigDecimal) print in the language's notation with the digits they have ({@code 1.510,0}
 * in Dutch, {@code 1,510.0} in English); a cell prints its value; a {@link Location} its place; a
 * {@link Phrase} its own template; a list its items joined. A quote is a quote: templates need no
 * escaping. {@code {n,choice,1#one row|1<{n} rows}} is {@link MessageFormat}'s choice over a
 * number; named arguments may stand inside its choices.
 *
 * <p>User rules may ship templates of their own ({@code messages_nl.properties} beside their DRL
 * files); those are looked up first.
 */
public final class Messages {
  private static final Pattern ARG = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)([,}])");
  private static final Pattern NESTED = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)\\}");
  private static final Messages BUILT_IN = new Messages(builtInBundles(), new EnumMap<>(Language.class));

  private final Map<Language, Properties> builtIn;
  private final Map<Language, Properties> user;

  private Messages(Map<Language, Properties> builtIn, Map<Language, Properties> user) {
    this.builtIn = builtIn;
    this.user = user;
  }

  /** The templates of the catalogue, in every language. */
  public static Messages builtIn() {
    return BUILT_IN;
  }

  /**
   * These templates with those of user rules: every {@code messages_<lang>.properties} in the given
   * folders (UTF-8), looked up before the catalogue's.
   */
  public Messages withFolders(Collection<Path> folders) throws IOException {
    Map<Language, Properties> more = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      Properties p = new Properties();
      if (user.containsKey(l)) {
        p.putAll(user.get(l));
      }
      for (Path folder : folders) {
        Path f = folder.resolve("messages_" + l.code() + ".properties");
        if (Files.isRegularFile(f)) {
          try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            Properties q = new Properties();
            q.load(r);
            p.putAll(q);
          }
        }
      }
      if (!p.isEmpty()) {
        more.put(l, p);
      }
    }
    return more.isEmpty() ? this : new Messages(builtIn, more);
  }

  private static Map<Language, Properties> builtInBundles() {
    Map<Language, Properties> m = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      m.put(l, load("messages_" + l.code() + ".properties"));
    }
    return m;
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the message templates " + name + " are missing");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The template for a key in a language, or null when neither user rules nor the catalogue have one. */
  public String template(Language lang, String key) {
    Properties u = user.get(lang);
    if (u != null && u.getProperty(key) != null) {
      return u.getProperty(key);
    }
    return builtIn.get(lang).getProperty(key);
  }

  /** The keys of the catalogue's templates in a language, sorted. */
  public Set<String> keys(Language lang) {
    return new TreeSet<>(builtIn.get(lang).stringPropertyNames());
  }

  /** The names of the arguments a template uses, in order of first use. */
  public static Set<String> argumentNames(String template) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = ARG.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * The template of a key filled in, in a language; English when the language lacks it; the key
   * and its arguments when no language has it.
   */
  public String format(Language lang, String key, Map<String, Object> args) {
    String t = template(lang, key);
    Language used = lang;
    if (t == null && lang != Language.EN) {
      t = template(Language.EN, key);
      used = Language.EN;
    }
    if (t == null) {
      return key + (args.isEmpty() ? "" : " " + args);
    }
    return fill(used, t, args);
  }

  /** A template filled in with named arguments. */
  public String fill(Language lang, String template, Map<String, Object> args) {
    List<Object> values = new ArrayList<>();
    StringBuilder pattern = new StringBuilder();
    Matcher m = ARG.matcher(template);
    int last = 0;
    while (m.find()) {
      pattern.append(quote(template.substring(last, m.start())));
      Object v = args.get(m.group(1));
      boolean raw = m.group(2).equals(",");
      values.add(raw ? v : value(lang, v));
      pattern.append('{').append(values.size() - 1).append(m.group(2));
      last = m.end();
      if (raw) {
        // the format's own sub-pattern runs to the matching brace, as written
        int depth = 1;
        int i = last;
        while (i < template.length() && depth > 0) {
          char c = template.charAt(i);
          depth += c == '{' ? 1 : c == '}' ? -1 : 0;
          i++;
        }
        // a named argument inside the sub-pattern ({n,choice,1#a row|1<{n} rows}) gets its index
        Matcher inner = NESTED.matcher(template.substring(last, i));
        StringBuilder sub = new StringBuilder();
        while (inner.find()) {
          values.add(value(lang, args.get(inner.group(1))));
          inner.appendReplacement(sub, "{" + (values.size() - 1) + "}");
        }
        inner.appendTail(sub);
        pattern.append(sub);
        last = i;
        m.region(last, template.length());
      }
    }
    pattern.append(quote(template.substring(last)));
    return new MessageFormat(pattern.toString(), Locale.forLanguageTag(lang.code()))
        .format(values.toArray());
  }

  private static String quote(String literal) {
    return literal.replace("'", "''");
  }

  /**
   * A text as a message quotes it: whole up to 200 characters; longer (a figure of a million
   * digits) its start and its length, so one cell cannot flood a report.
   */
  static String shortened(String text) {
    return text == null || text.length() <= 200 ? text
        : text.substring(0, 60) + "\u2026 (" + text.length() + " characters)";
  }

  /** An argument in words, in a language. */
  public String value(Language lang, Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return amount(lang, d);
    }
    if (v instanceof Cell c) {
      return switch (c.getKind()) {
        case NUMBER -> amount(lang, c.getAmount());
        case NIL -> "-";
        case PM -> "PM";
        case BLANK -> format(lang, "report.blank", Map.of());
        case INVALID -> shortened(c.getText());
        case NOT_APPLICABLE -> c.display();
      };
    }
    if (v instanceof Location.TextPosition t) {
      return format(lang, "report.location.line", Map.of("line", t.line()));
    }
    if (v instanceof Location l) {
      return location(lang, l);
    }
    if (v instanceof Phrase p) {
      return format(lang, p.key(), p.args());
    }
    if (v instanceof Joined j) {
      List<String> parts = new ArrayList<>();
      for (Object o : j.items()) {
        parts.add(value(lang, o));
      }
      return String.join(j.separator(), parts);
    }
    if (v instanceof Collection<?> items) {
      List<String> parts = new ArrayList<>();
      for (Object o : items) {
        parts.add(value(lang, o));
      }
      return String.join(", ", parts);
    }
    return v.toString();
  }

  /** A place in words in a language: "tabel 1, rij 13, cel 5". */
  public String location(Language lang, Location l) {
    if (l instanceof Location.TableCell t) {
      return t.cell() > 0
          ? format(lang, "report.location.table-cell", Map.of("table", t.table(), "row", t.row(),
              "cell", t.cell()))
          : format(lang, "report.location.table-row", Map.of("table", t.table(), "row", t.row()));
    }
    if (l instanceof Location.PageBox p) {
      return format(lang, "report.location.page-box", Map.of("page", p.page(),
          "x", p.x().stripTrailingZeros().toPlainString(),
          "y", p.y().stripTrailingZeros().toPlainString()));
    }
    return l.text();
  }

  /**
   * An amount in a language's notation, exact and with the digits it has: {@code 1.510,0} (nl),
   * {@code -1,353.645} (en).
   */
  public static String amount(Language lang, BigDecimal v) {
    String plain = (v.scale() < 0 ? v.setScale(0) : v).abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b.append(lang.grouping());
      }
      b.append(whole.charAt(i));
    }
    if (dot >= 0) {
      b.append(lang.decimal()).append(plain, dot + 1, plain.length());
    }
    return (v.signum() < 0 ? "-" : "") + b;
  }
}
