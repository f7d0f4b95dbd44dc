package org.agendacheck.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The default catalogue compiled at build time: the build runs {@link #main} after compiling the
 * classes, which compiles the DRL to Java classes with Drools' executable model (the rules'
 * patterns, constraints and consequences as plain classes and lambdas) into the classes folder, and
 * writes the rules' metadata and the names of the model classes beside the DRL files.
 * {@link RuleBase#defaults()} builds the rule network from those classes instead of compiling the
 * DRL: no parsing, no byte code made at run time, and the classes are in the jar, where the
 * launcher's class-data archive holds them. They are used only when they were made from exactly
 * the DRL files on the class path (a digest of names and bytes is compared); otherwise the DRL is
 * compiled as before.
 */
public final class PrecompiledRules {
  /** The resource the build writes, beside the default DRL files. */
  static final String RESOURCE = RuleBase.DEFAULT_RULES + "default.kbase";
  private static final int FORMAT = 2;
  /** Where the executable model names its model classes, in the module it builds. */
  private static final String MODEL_LIST = "/drools-model";

  private PrecompiledRules() {}

  /** Build step: compiles the default catalogue and writes it under the given classes folder. */
  public static void main(String[] args) throws Exception {
    Path classes = Path.of(args[0]);
    List<RuleSource> sources = RuleBase.defaultSources();
    // The run-time compiler checks the rules' metadata (ids, severities, descriptions) and gives
    // what the rule base reports of each rule.
    RuleBase rules = RuleBase.compile(sources);
    List<String> models = new ArrayList<>();
    KieServices ks = KieServices.Factory.get();
    List<RuleText> texts = new ArrayList<>();
    for (RuleSource s : sources) {
      texts.add(RuleText.of(s));
    }
    KieBuilder builder = ks.newKieBuilder(RuleBase.fileSystem(ks, texts, new HashMap<>()))
        .buildAll(ExecutableModelProject.class);
    List<String> errors = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      errors.add(m.getPath() + ":" + m.getLine() + ": " + m.getText());
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException("the executable model of the default catalogue does not "
          + "build:\n" + String.join("\n", errors));
    }
    InternalKieModule module = (InternalKieModule) builder.getKieModule();
    String prefix = RuleBase.DEFAULT_RULES;
    for (String name : module.getFileNames()) {
      if (name.startsWith(prefix) && name.endsWith(".class")) {
        Path target = classes.resolve(name);
        Files.createDirectories(target.getParent());
        Files.write(target, module.getBytes(name));
      } else if (name.endsWith(MODEL_LIST)) {
        for (String line : new String(module.getBytes(name), StandardCharsets.UTF_8).split("\\R")) {
          if (line.startsWith(prefix.replace('/', '.'))) {
            models.add(line.trim());
          }
        }
      }
    }
    if (models.isEmpty()) {
      throw new IllegalStateException("the executable model names no model class");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream o = new DataOutputStream(bytes)) {
      o.writeInt(FORMAT);
      o.writeUTF(digest(sources));
      List<RuleInfo> infos = rules.rules();
      o.writeInt(infos.size());
      for (RuleInfo i : infos) {
        o.writeUTF(i.id());
        o.writeUTF(i.severity().label());
        o.writeUTF(i.description());
        o.writeUTF(i.family());
        o.writeUTF(i.origin());
      }
      o.writeInt(models.size());
      for (String m : models) {
        o.writeUTF(m);
      }
    }
    Path out = classes.resolve(RESOURCE);
    Files.createDirectories(out.getParent());
    Files.write(out, bytes.toByteArray());
  }

  /**
   * The precompiled catalogue when it sits in the same jar as the class path's only folder of
   * default DRL files: the build wrote both, so they match without reading the DRL. Otherwise null.
   */
  static RuleBase loadPacked() {
    try {
      ClassLoader loader = PrecompiledRules.class.getClassLoader();
      URL packed = loader.getResource(RESOURCE);
      List<URL> folders = Collections.list(loader.getResources(RuleBase.DEFAULT_RULES));
      if (packed == null || folders.size() != 1 || !"jar".equals(packed.getProtocol())
          || !jarOf(packed).equals(jarOf(folders.get(0)))) {
        return null;
      }
      return load(null);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String jarOf(URL url) {
    String s = url.toString();
    int bang = s.indexOf("!/");
    return bang < 0 ? s : s.substring(0, bang);
  }

  /**
   * The precompiled catalogue, when the class path holds one made from exactly these sources (or
   * any, for null sources); otherwise null (and the caller compiles).
   */
  static RuleBase load(List<RuleSource> sources) {
    ClassLoader loader = PrecompiledRules.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      DataInputStream o = new DataInputStream(new ByteArrayInputStream(in.readAllBytes()));
      if (o.readInt() != FORMAT) {
        return null;
      }
      String digest = o.readUTF();
      if (sources != null && !digest.equals(digest(sources))) {
        return null;
      }
      Map<String, RuleInfo> infos = new LinkedHashMap<>();
      for (int n = o.readInt(); n > 0; n--) {
        String id = o.readUTF();
        infos.put(id, new RuleInfo(id, Severity.parse(o.readUTF()), o.readUTF(), o.readUTF(),
            o.readUTF()));
      }
      List<String> models = new ArrayList<>();
      for (int n = o.readInt(); n > 0; n--) {
        models.add(o.readUTF());
      }
      // The metadata is known now; the network is built when the rules first run.
      return new RuleBase(() -> network(models, sources), infos);
    } catch (IOException | RuntimeException e) {
      // Unusable (another Drools version, a damaged file): compiling the DRL gives the same rules.
      return null;
    }
  }

  /**
   * The rule network from the model classes; when they cannot be used (another Drools version, a
   * damaged jar), from compiling the DRL, which gives the same rules.
   */
  static KieBase network(List<String> modelClasses, List<RuleSource> sources) {
    ClassLoader loader = PrecompiledRules.class.getClassLoader();
    try {
      List<Model> models = new ArrayList<>();
      for (String name : modelClasses) {
        models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
      }
      KieBase base = KieBaseBuilder.createKieBaseFromModel(models);
      unquoteMetadata(base);
      return base;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      try {
        return RuleBase.compile(sources != null ? sources : RuleBase.defaultSources()).kieBase();
      } catch (RuleBuildException b) {
        throw new IllegalStateException("the default rule catalogue does not build:\n"
            + b.getMessage(), b);
      }
    }
  }

  /**
   * The executable model keeps a metadata value as written, {@code @id("pm-entry")} as
   * {@code "pm-entry"} with its quotes; the DRL compiler keeps {@code pm-entry}. Findings read the
   * id, severity and slip from the metadata, so the quotes go, as the DRL compiler drops them.
   */
  private static void unquoteMetadata(KieBase base) {
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (r instanceof RuleImpl impl) {
          for (Map.Entry<String, Object> e : List.copyOf(impl.getMetaData().entrySet())) {
            if (e.getValue() instanceof String s && s.length() >= 2 && s.startsWith("\"")
                && s.endsWith("\"")) {
              impl.addMetaAttribute(e.getKey(), s.substring(1, s.length() - 1));
            }
          }
        }
      }
    }
  }

  static String digest(List<RuleSource> sources) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (RuleSource s : sources) {
        md.update(s.name().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(s.content());
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
