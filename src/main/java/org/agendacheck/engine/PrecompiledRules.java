package org.agendacheck.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;

/**
 * The default catalogue compiled at build time: the build runs {@link #main} after compiling the
 * classes, which writes the compiled Drools packages and the rules' metadata beside the DRL files.
 * {@link RuleBase#defaults()} loads them instead of compiling the DRL, which is most of a short
 * run's time. They are used only when they were made from exactly the DRL files on the class path
 * (a digest of names and bytes is compared); otherwise the DRL is compiled as before.
 */
public final class PrecompiledRules {
  /** The resource the build writes, beside the default DRL files. */
  static final String RESOURCE = RuleBase.DEFAULT_RULES + "default.kbase";
  private static final int FORMAT = 1;

  private PrecompiledRules() {}

  /** Build step: compiles the default catalogue and writes it under the given classes folder. */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]).resolve(RESOURCE);
    List<RuleSource> sources = RuleBase.defaultSources();
    RuleBase rules = RuleBase.compile(sources);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new DroolsObjectOutputStream(bytes)) {
      o.writeInt(FORMAT);
      o.writeUTF(digest(sources));
      List<String[]> infos = new ArrayList<>();
      for (RuleInfo i : rules.rules()) {
        infos.add(new String[] {i.id(), i.severity().label(), i.description(), i.family(),
            i.origin()});
      }
      o.writeObject(infos);
      o.writeObject(new ArrayList<>(rules.kieBase().getKiePackages()));
    }
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
  @SuppressWarnings("unchecked")
  static RuleBase load(List<RuleSource> sources) {
    try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      try (ObjectInputStream o = new DroolsObjectInputStream(
          new ByteArrayInputStream(in.readAllBytes()), PrecompiledRules.class.getClassLoader())) {
        if (o.readInt() != FORMAT) {
          return null;
        }
        String digest = o.readUTF();
        if (sources != null && !digest.equals(digest(sources))) {
          return null;
        }
        Map<String, RuleInfo> infos = new LinkedHashMap<>();
        for (String[] i : (List<String[]>) o.readObject()) {
          infos.put(i[0], new RuleInfo(i[0], Severity.parse(i[1]), i[2], i[3], i[4]));
        }
        List<KiePackage> packages = (List<KiePackage>) o.readObject();
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        List<InternalKnowledgePackage> internal = new ArrayList<>();
        for (KiePackage p : packages) {
          internal.add((InternalKnowledgePackage) p);
        }
        base.addPackages(internal);
        return new RuleBase(base, infos);
      }
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
      // Unusable (another Drools version, a damaged file): compiling the DRL gives the same rules.
      return null;
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
