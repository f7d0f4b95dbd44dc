package org.agendacheck.robust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Corrupt copies of an Office fixture, made the ways such files come about: cut off in transfer,
 * bytes damaged on disk, a part's XML cut off by a tool that crashed while writing it, and a
 * relationship whose target is not a valid URI. Deterministic: copy {@code i} is always the same.
 */
final class CorruptOffice {
  private CorruptOffice() {}

  static List<Path> write(Path fixture, Path dir, String prefix, int count) throws IOException {
    byte[] good = Files.readAllBytes(fixture);
    Map<String, byte[]> parts = parts(good);
    String ext = fixture.getFileName().toString().replaceAll(".*\\.", "");
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Random r = new Random(i);
      byte[] bytes = switch (i % 4) {
        case 0 -> java.util.Arrays.copyOf(good, 1 + r.nextInt(good.length - 1));
        case 1 -> {
          byte[] b = good.clone();
          for (int k = 0; k < 1 + r.nextInt(8); k++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
          }
          yield b;
        }
        case 2 -> {
          List<String> xml = parts.keySet().stream().filter(n -> n.endsWith(".xml")).toList();
          String part = xml.get(r.nextInt(xml.size()));
          byte[] p = parts.get(part);
          yield zip(parts, part, java.util.Arrays.copyOf(p, r.nextInt(p.length)));
        }
        default -> {
          List<String> rels = parts.keySet().stream().filter(n -> n.endsWith(".rels")).toList();
          String part = rels.get(r.nextInt(rels.size()));
          String text = new String(parts.get(part), StandardCharsets.UTF_8)
              .replaceFirst("Target=\"[^\"]*\"", "Target=\"a b:%zz\\\\[" + i + "]\"");
          yield zip(parts, part, text.getBytes(StandardCharsets.UTF_8));
        }
      };
      Path p = dir.resolve(String.format("%s-%03d.%s", prefix, i, ext));
      Files.write(p, bytes);
      out.add(p);
    }
    return out;
  }

  private static Map<String, byte[]> parts(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  private static byte[] zip(Map<String, byte[]> parts, String replaced, byte[] with)
      throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(buf)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(p.getKey()));
        out.write(p.getKey().equals(replaced) ? with : p.getValue());
        out.closeEntry();
      }
    }
    return buf.toByteArray();
  }
}
