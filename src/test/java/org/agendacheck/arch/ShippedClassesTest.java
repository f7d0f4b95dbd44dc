package org.agendacheck.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the jar ships is what {@code target/classes} holds: the benchmark and its inputs live in
 * test scope only, so no class of the benchmark (package {@code bench}, or a class named after it)
 * is among the production classes.
 */
class ShippedClassesTest {
  @Test
  void theProductionClassesHoldNoBenchmark() throws IOException {
    Path classes = Path.of("target/classes/org/agendacheck");
    assertTrue(Files.isDirectory(classes.resolve("engine")), "no production classes at " + classes);
    List<String> bench;
    try (Stream<Path> s = Files.walk(classes)) {
      bench = s.filter(p -> p.toString().endsWith(".class"))
          .map(p -> classes.relativize(p).toString())
          .filter(n -> n.startsWith("bench/") || n.matches("(.*/)?Bench[A-Z$.].*")).sorted().toList();
    }
    assertEquals(List.of(), bench);
  }
}
