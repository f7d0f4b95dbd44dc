package org.agendacheck.read;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The parts of an Office package held in memory as its zip bytes, each opened as a stream that
 * enforces this read's limits while it inflates: no part larger than {@link #MAX_PART} bytes, none
 * inflating more than {@link #MAX_RATIO} times its compressed size, at most {@link #MAX_ENTRIES}
 * entries. The limits belong to the read, so reading one workbook never changes how another part of
 * the host process reads zips. Entries are found through the zip's central directory, so opening a
 * part inflates nothing else.
 */
final class XlsxPackage {
  /** The largest part inflated: 256 MiB. */
  static final long MAX_PART = 256L * 1024 * 1024;
  /** The most a part may inflate relative to its compressed bytes. */
  static final int MAX_RATIO = 100;
  /** Parts below this size are never refused for their ratio (XML of spaces compresses well). */
  private static final long RATIO_GRACE = 1L << 20;
  /** The most entries a package may hold. */
  static final int MAX_ENTRIES = 10_000;

  private String lastOpened;

  private record Entry(long offset, long compressed) {}

  private final byte[] bytes;
  private final Map<String, Entry> entries;

  private XlsxPackage(byte[] bytes, Map<String, Entry> entries) {
    this.bytes = bytes;
    this.entries = entries;
  }

  /**
   * Reads the package's central directory (inflating nothing).
   *
   * @throws IOException when the bytes are no complete zip or hold too many entries
   */
  static XlsxPackage of(byte[] b) throws IOException {
    int eocd = -1;
    for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
      if (u32(b, i) == 0x06054b50L) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      throw new IOException("not a zip package, or one cut short (no central directory)");
    }
    int count = u16(b, eocd + 10);
    long at = u32(b, eocd + 16);
    if (count > MAX_ENTRIES) {
      throw new IOException("the package holds more than " + MAX_ENTRIES + " entries");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int k = 0; k < count; k++) {
      if (at < 0 || at + 46 > b.length || u32(b, (int) at) != 0x02014b50L) {
        throw new IOException("the zip's central directory is damaged");
      }
      int p = (int) at;
      long compressed = u32(b, p + 20);
      int nameLength = u16(b, p + 28);
      int extra = u16(b, p + 30);
      int comment = u16(b, p + 32);
      long offset = u32(b, p + 42);
      if (p + 46 + nameLength > b.length || offset >= b.length) {
        throw new IOException("the zip's central directory is damaged");
      }
      String name = new String(b, p + 46, nameLength, StandardCharsets.UTF_8);
      entries.putIfAbsent(name, new Entry(offset, compressed));
      at = (long) p + 46 + nameLength + extra + comment;
    }
    return new XlsxPackage(b, entries);
  }

  /** The part opened last, so an error of the XML read from it can name it; null before any. */
  String lastOpened() {
    return lastOpened;
  }

  /** The names of the package's parts, in central-directory order. */
  java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(entries.keySet());
  }

  /**
   * Inflates every part under this read's limits and at most {@code maxPart} bytes each, and
   * throws naming the first part that breaks one. For readers that hand the package to a library
   * afterwards: the limits are checked here, per read, so nothing global needs setting.
   */
  void checkParts(long maxPart) throws IOException {
    byte[] buffer = new byte[1 << 16];
    for (String name : entries.keySet()) {
      if (name.endsWith("/")) {
        continue;
      }
      long total = 0;
      try (InputStream in = open(name)) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > maxPart) {
            throw new IOException("part " + name + " inflates past " + maxPart + " bytes");
          }
        }
      }
    }
  }

  /** True when the package holds the part. */
  boolean has(String name) {
    return entries.containsKey(name);
  }

  /**
   * Opens one part as an inflating stream under the limits; the caller closes it.
   *
   * @throws IOException when the part is missing or its entry damaged
   */
  InputStream open(String name) throws IOException {
    lastOpened = name;
    Entry e = entries.get(name);
    if (e == null) {
      throw new IOException("the package has no part " + name);
    }
    ZipInputStream zip = new ZipInputStream(
        new ByteArrayInputStream(bytes, (int) e.offset, bytes.length - (int) e.offset));
    ZipEntry z = zip.getNextEntry();
    if (z == null || !z.getName().equals(name)) {
      zip.close();
      throw new IOException("the zip entry of " + name + " is damaged");
    }
    long compressed = Math.max(e.compressed, 1);
    return new FilterInputStream(zip) {
      private long inflated;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
          n = in.read(b, off, len);
        } catch (IllegalArgumentException ex) {
          throw new IOException("part " + name + " is damaged: " + OfficeBytes.oneLine(ex));
        }
        if (n > 0) {
          inflated += n;
          if (inflated > MAX_PART) {
            throw new IOException("part " + name + " inflates past " + (MAX_PART >> 20)
                + " MiB");
          }
          if (inflated > RATIO_GRACE && inflated > compressed * MAX_RATIO) {
            throw new IOException("part " + name + " inflates more than " + MAX_RATIO
                + " times its compressed size (a zip bomb)");
          }
        }
        return n;
      }
    };
  }

  /** Reads a small part whole. */
  byte[] read(String name) throws IOException {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    }
  }

  private static int u16(byte[] b, int i) {
    if (i < 0 || i + 2 > b.length) {
      return 0;
    }
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int i) {
    if (i < 0 || i + 4 > b.length) {
      return -1;
    }
    return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16
        | (b[i + 3] & 0xFFL) << 24;
  }
}
