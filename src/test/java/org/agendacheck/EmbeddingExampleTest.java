package org.agendacheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding example, compiled and run on the workbook the README names: it prints
 * what the README shows, and every finding names its sheet and cell (never a line 0).
 */
class EmbeddingExampleTest {
  private static final Path README = Path.of("README.md");

  @Test
  void theExamplePrintsWhatTheReadmeShowsWithRealLocations(@TempDir Path dir) throws Exception {
    String readme = Files.readString(README);
    Matcher code = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(code.find(), "README.md has no Java example");
    Matcher run = Pattern.compile("Run on a workbook \\(`java SubmissionCheck ([^`]+)`.*?\n```\n(.*?)```",
        Pattern.DOTALL).matcher(readme.substring(code.end()));
    assertTrue(run.find(), "README.md shows no run of the example");
    Path file = dir.resolve("SubmissionCheck.java");
    Files.writeString(file, code.group(1));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    assertTrue(javac.getTask(messages, null, null,
        List.of("-d", dir.toString(), "-classpath", classPath + File.pathSeparator + "target/classes"),
        null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(file.toFile()))
        .call(), messages::toString);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      loader.loadClass("SubmissionCheck").getMethod("main", String[].class)
          .invoke(null, (Object) new String[] {run.group(1)});
    } finally {
      System.setOut(out);
    }
    String shown = printed.toString(StandardCharsets.UTF_8);
    assertEquals(run.group(2), shown);
    for (String line : shown.split("\n")) {
      if (!line.equals("accepted") && !line.equals("rejected")) {
        assertTrue(line.matches("(error|warning|info) [a-z-]+ at (NDS|Kernboodschap)![A-Z]+\\d+ \\(.*"),
            () -> "no sheet and cell: " + line);
      }
    }
  }
}
