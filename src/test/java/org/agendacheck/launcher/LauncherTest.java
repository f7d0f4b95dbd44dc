package org.agendacheck.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script as users run it, in a copy of the checkout whose jar is {@link
 * LauncherProbe}: which JDK it starts and which JVM options it gives a short run (input under
 * 8 MB), a long one, and a run whose user options say otherwise.
 */
class LauncherTest {
  private static final long MB = 1024 * 1024;

  @TempDir
  Path temp;
  /** The copy of the checkout, in a folder whose name holds a space and find's pattern characters. */
  private Path dir;
  private Path launcher;

  @BeforeEach
  void checkout() throws IOException {
    dir = temp.resolve("check out [1]*?");
    Files.createDirectories(dir);
    launcher = dir.resolve("agendacheck");
    Files.copy(Path.of("agendacheck"), launcher);
    launcher.toFile().setExecutable(true);
    Path jar = dir.resolve("target/agendacheck.jar");
    Files.createDirectories(jar.getParent());
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    String name = LauncherProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out, m)) {
      j.putNextEntry(new JarEntry(name));
      j.write(LauncherProbe.class.getClassLoader().getResourceAsStream(name).readAllBytes());
      j.closeEntry();
    }
  }

  /** What the probe printed: its JDK, the launcher's JVM options and the arguments. */
  private record Run(String home, List<String> opts, List<String> args, int exit) {
    boolean has(String opt) {
      return opts.contains(opt);
    }

    boolean hasAny(String part) {
      return opts.stream().anyMatch(o -> o.contains(part));
    }
  }

  /** Runs the launcher; returns its exit code and output. */
  private Map.Entry<Integer, String> launch(Map<String, String> env, String... args)
      throws Exception {
    return launch(dir, launcher.toString(), env, args);
  }

  /** Runs the launcher as {@code command} (a path, absolute or relative) from a folder. */
  private Map.Entry<Integer, String> launch(Path wd, String command0, Map<String, String> env,
      String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(command0));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(wd.toFile());
    pb.environment().remove("AGENDACHECK_JAVA_OPTS");
    pb.environment().put("AGENDACHECK_NO_CDS", "1");
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (e.getValue() == null) {
        pb.environment().remove(e.getKey());
      } else {
        pb.environment().put(e.getKey(), e.getValue());
      }
    }
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return Map.entry(p.waitFor(), out);
  }

  private Run run(Map<String, String> env, String... args) throws Exception {
    Map.Entry<Integer, String> done = launch(env, args);
    int exit = done.getKey();
    String out = done.getValue();
    String home = null;
    List<String> opts = new ArrayList<>();
    List<String> given = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.startsWith("home=")) {
        home = line.substring(5);
      } else if (line.startsWith("opt=")) {
        opts.add(line.substring(4));
      } else if (line.startsWith("arg=")) {
        given.add(line.substring(4));
      }
    }
    assertEquals(0, exit, "the launcher ran the jar: " + out);
    return new Run(home, opts, given, exit);
  }

  private Run run(String... args) throws Exception {
    return run(Map.of(), args);
  }

  private Path file(String name, long bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
      r.setLength(bytes); // sparse: the size is what counts, not the blocks
    }
    return f;
  }

  private static void assertShort(Run r) {
    assertTrue(r.has("-XX:TieredStopAtLevel=1"), r.opts().toString());
    assertTrue(r.has("-Xmn16m"), r.opts().toString());
    assertFalse(r.hasAny("MaxTenuringThreshold"), r.opts().toString());
  }

  private static void assertLong(Run r) {
    assertTrue(r.has("-XX:MaxTenuringThreshold=0"), r.opts().toString());
    assertFalse(r.hasAny("TieredStopAtLevel"), r.opts().toString());
    assertFalse(r.hasAny("-Xmn"), r.opts().toString());
  }

  /** However the launcher's own path is written, it finds the jar beside it (and builds none). */
  @Test
  void theJarIsFoundFromAnyWayOfNamingTheLauncher() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("src"));
    String name = dir.getFileName().toString();
    Object[][] ways = {
        {dir, "./agendacheck"},
        {dir.getParent(), name + "/agendacheck"},
        {dir.getParent(), "./" + name + "/agendacheck"},
        {sub, "../agendacheck"},
        {sub, dir + "/./agendacheck"},
        {sub, dir + "/src/../agendacheck"},
        {sub, dir + "//agendacheck"}};
    for (Object[] way : ways) {
      Map.Entry<Integer, String> done = launch((Path) way[0], (String) way[1], Map.of(),
          "--version");
      assertEquals(0, done.getKey(), way[1] + " from " + way[0] + ": " + done.getValue());
      assertTrue(done.getValue().contains("arg=--version"), way[1] + ": " + done.getValue());
    }
  }

  @Test
  void aSmallFileIsAShortRun() throws Exception {
    file("small.json", 1500);
    Run r = run("validate", "small.json");
    assertShort(r);
    assertTrue(r.has("-XX:+UseSerialGC"));
    assertEquals(List.of("validate", "small.json"), r.args());
  }

  @Test
  void aFileOfEightMegabytesOrMoreIsALongRun() throws Exception {
    file("big.json", 9 * MB);
    assertLong(run("validate", "big.json"));
    file("exact.json", 8 * MB);
    assertLong(run("validate", "exact.json"));
    file("under.json", 8 * MB - 1);
    assertShort(run("validate", "under.json"));
  }

  @Test
  void foldersAndSeveralFilesCountTogether() throws Exception {
    file("many/a.json", 3 * MB);
    file("many/sub/b.csv", 3 * MB);
    file("many/sub/c.xlsx", 3 * MB);
    assertLong(run("validate", "many"));
    file("few/a.json", 2 * MB);
    file("few/b.json", 2 * MB);
    assertShort(run("validate", "few"));
    file("one.json", 5 * MB);
    file("two.json", 5 * MB);
    assertLong(run("validate", "one.json", "two.json"));
  }

  @Test
  void optionsAndOddNamesArePassedOnUnchanged() throws Exception {
    file("-dash.json", 9 * MB);
    file("(paren).json", 10);
    Run r = run("validate", "--format", "json", "--", "-dash.json", "(paren).json", "missing.json");
    assertLong(r);
    assertEquals(List.of("validate", "--format", "json", "--", "-dash.json", "(paren).json",
        "missing.json"), r.args());
    assertShort(run("validate", "missing.json"));
    assertShort(run("validate", "!", "(", "-o"));
  }

  @Test
  void otherCommandsGetNeitherKind() throws Exception {
    Run r = run("rules");
    assertFalse(r.hasAny("TieredStopAtLevel"));
    assertFalse(r.hasAny("MaxTenuringThreshold"));
    assertEquals(List.of("rules"), r.args());
  }

  @Test
  void theUsersOptionsWin() throws Exception {
    file("small.json", 1500);
    file("big.json", 9 * MB);
    Run heap = run(Map.of("AGENDACHECK_JAVA_OPTS", "-Xmx64m"), "validate", "small.json");
    assertTrue(heap.has("-Xmx64m"));
    assertTrue(heap.has("-XX:TieredStopAtLevel=1"));
    assertFalse(heap.hasAny("-Xmn"), "a user's heap size keeps the young generation's default");
    Run gc = run(Map.of("AGENDACHECK_JAVA_OPTS", "-XX:+UseParallelGC"), "validate", "big.json");
    assertTrue(gc.has("-XX:+UseParallelGC"));
    assertFalse(gc.has("-XX:+UseSerialGC"));
    assertFalse(gc.hasAny("MaxTenuringThreshold"));
    Run tiered = run(Map.of("AGENDACHECK_JAVA_OPTS", "-XX:TieredStopAtLevel=4"), "validate",
        "small.json");
    assertEquals(1, tiered.opts().stream().filter(o -> o.contains("TieredStopAtLevel")).count());
    assertTrue(tiered.has("-XX:TieredStopAtLevel=4"));
  }

  @Test
  void javaHomeIsUsedWhenItHoldsAJdk17OrNewer() throws Exception {
    Path home = Path.of(System.getProperty("java.home")).toRealPath();
    Run r = run("rules");
    assertEquals(home, Path.of(r.home()).toRealPath());
  }

  @Test
  void withoutJavaHomeTheNewestJdkIsPicked() throws Exception {
    Map<String, String> env = new java.util.HashMap<>();
    env.put("JAVA_HOME", null);
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
    Run r = run(env, "rules");
    int newest = release(Path.of(System.getProperty("java.home")));
    for (String folder : List.of("/usr/lib/jvm", "/opt/java")) {
      Path f = Path.of(folder);
      if (Files.isDirectory(f)) {
        try (var s = Files.list(f)) {
          for (Path jdk : s.toList()) {
            if (Files.isExecutable(jdk.resolve("bin/java"))) {
              newest = Math.max(newest, release(jdk));
            }
          }
        }
      }
    }
    assertEquals(newest, release(Path.of(r.home())), "picked " + r.home());
  }

  @Test
  void aNewerJdkFirstOnThePathOutsideTheUsualFoldersIsPicked() throws Exception {
    Path fake = dir.resolve("elsewhere/jdk-99");
    Files.createDirectories(fake.resolve("bin"));
    Files.writeString(fake.resolve("release"), "JAVA_VERSION=\"99.0.1\"\nJAVA_RUNTIME_VERSION=\"99.0.1+1\"\n");
    Path java = fake.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -Dprobe.via=jdk-99 \"$@\"\n");
    java.toFile().setExecutable(true);
    Map<String, String> env = new java.util.HashMap<>();
    env.put("JAVA_HOME", null);
    env.put("PATH", fake.resolve("bin") + ":/usr/bin:/bin");
    assertTrue(run(env, "rules").has("-Dprobe.via=jdk-99"));
    // A JAVA_HOME that holds no JDK is passed over the same way.
    env.put("JAVA_HOME", dir.resolve("no-jdk-here").toString());
    assertTrue(run(env, "rules").has("-Dprobe.via=jdk-99"));
  }

  @Test
  void aSourceNewerThanTheJarIsBuiltFirst() throws Exception {
    Path jar = dir.resolve("target/agendacheck.jar");
    Path source = dir.resolve("src/main/java/Some.java");
    Path rule = dir.resolve("rules/some.drl");
    for (Path p : List.of(source, rule)) {
      Files.createDirectories(p.getParent());
      Files.writeString(p, "");
    }
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(
        Files.getLastModifiedTime(jar).toMillis() - 60_000);
    for (Path p : List.of(source, source.getParent(), source.getParent().getParent(),
        dir.resolve("src/main"), rule, rule.getParent())) {
      Files.setLastModifiedTime(p, old);
    }
    assertEquals(List.of("rules"), run("rules").args(), "sources older than the jar: no build");
    for (Path newer : List.of(source, rule)) {
      Files.setLastModifiedTime(newer, java.nio.file.attribute.FileTime.fromMillis(
          Files.getLastModifiedTime(jar).toMillis() + 60_000));
      // This copy has no pom.xml, so the build it starts fails, and says so: the jar never runs.
      Map.Entry<Integer, String> r = launch(Map.of(), "validate", "x.json");
      assertEquals(2, r.getKey(), r.getValue());
      assertTrue(r.getValue().contains("agendacheck: "), r.getValue());
      assertFalse(r.getValue().contains("arg=validate"), r.getValue());
      Files.setLastModifiedTime(newer, old);
    }
  }

  private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

  private static int release(Path jdk) throws IOException {
    Path f = jdk.resolve("release");
    if (!Files.isReadable(f)) {
      return 0;
    }
    Matcher m = VERSION.matcher(Files.readString(f));
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
