package org.agendacheck.read;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The parts of an Office package held in memory as its zip bytes, each opened as a stream that
 * enforces this read's limits while it inflates: no part larger than {@link #MAX_PART} bytes, none
 * inflating more than {@link #MAX_RATIO} times its compressed size, at most {@link #MAX_ENTRIES}
 * entries. The limits belong to the read, so reading one workbook never changes how another part of
 * the host process reads zips. Entries are found through the zip's central directory, so opening a
 * part inflates nothing else; their sizes, method and checksum are taken from there too, since
 * streaming writers (POI's SXSSF among them) leave them out of the local headers and write them in
 * data descriptors after the data.
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

  private record Entry(long offset, long compressed, long size, int method, long crc) {}

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
      int method = u16(b, p + 10);
      long crc = u32(b, p + 16);
      long compressed = u32(b, p + 20);
      long size = u32(b, p + 24);
      int nameLength = u16(b, p + 28);
      int extra = u16(b, p + 30);
      int comment = u16(b, p + 32);
      long offset = u32(b, p + 42);
      if (p + 46 + nameLength + extra > b.length) {
        throw new IOException("the zip's central directory is damaged");
      }
      // ZIP64: a field of 0xFFFFFFFF is given in the extra block (id 1), in this order.
      for (int x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extra; ) {
        int id = u16(b, x);
        int length = u16(b, x + 2);
        if (id == 1) {
          int y = x + 4;
          if (size == 0xFFFFFFFFL) {
            size = u64(b, y);
            y += 8;
          }
          if (compressed == 0xFFFFFFFFL) {
            compressed = u64(b, y);
            y += 8;
          }
          if (offset == 0xFFFFFFFFL) {
            offset = u64(b, y);
          }
        }
        x += 4 + length;
      }
      if (offset < 0 || offset >= b.length || compressed < 0 || size < 0) {
        throw new IOException("the zip's central directory is damaged");
      }
      String name = new String(b, p + 46, nameLength, StandardCharsets.UTF_8);
      entries.putIfAbsent(name, new Entry(offset, compressed, size, method, crc));
      at = (long) p + 46 + nameLength + extra + comment;
    }
    return new XlsxPackage(b, entries);
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
    Entry e = entries.get(name);
    if (e == null) {
      throw new IOException("the package has no part " + name);
    }
    int local = (int) e.offset;
    if (u32(bytes, local) != 0x04034b50L) {
      throw new IOException("the zip entry of " + name + " is damaged");
    }
    long start = (long) local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + e.compressed > bytes.length) {
      throw new IOException("the zip entry of " + name + " is cut short");
    }
    InputStream raw = new ByteArrayInputStream(bytes, (int) start, (int) e.compressed);
    Inflater inflater;
    InputStream data;
    if (e.method == 0) {
      inflater = null;
      data = raw;
    } else if (e.method == 8) {
      inflater = new Inflater(true);
      data = new InflaterInputStream(raw, inflater, 64 * 1024);
    } else {
      throw new IOException("part " + name + " is compressed with method " + e.method
          + ", which Office packages do not use");
    }
    long compressed = Math.max(e.compressed, 1);
    return new FilterInputStream(data) {
      private long inflated;
      private final CRC32 crc = new CRC32();
      private boolean done;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (done) {
          return -1;
        }
        int n;
        try {
          n = in.read(b, off, len);
        } catch (IllegalArgumentException | java.io.EOFException ex) {
          throw new IOException("part " + name + " is damaged: " + OfficeBytes.oneLine(ex));
        } catch (IOException ex) {
          throw new IOException("part " + name + " is damaged: " + OfficeBytes.oneLine(ex), ex);
        }
        if (n > 0) {
          inflated += n;
          crc.update(b, off, n);
          if (inflated > MAX_PART) {
            throw new IOException("part " + name + " inflates past " + (MAX_PART >> 20)
                + " MiB");
          }
          if (inflated > RATIO_GRACE && inflated > compressed * MAX_RATIO) {
            throw new IOException("part " + name + " inflates more than " + MAX_RATIO
                + " times its compressed size (a zip bomb)");
          }
          if (inflated > e.size) {
            throw new IOException("part " + name + " is damaged: longer than its entry says");
          }
        } else if (n < 0 && len > 0) {
          done = true;
          if (inflated != e.size || crc.getValue() != e.crc) {
            throw new IOException("part " + name + " is damaged: its size or checksum is wrong");
          }
        }
        return n;
      }

      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          if (inflater != null) {
            inflater.end();
          }
        }
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

  private static long u64(byte[] b, int i) {
    long lo = u32(b, i);
    long hi = u32(b, i + 4);
    return lo < 0 || hi < 0 || hi > Integer.MAX_VALUE ? -1 : hi << 32 | lo;
  }

  private static long u32(byte[] b, int i) {
    if (i < 0 || i + 4 > b.length) {
      return -1;
    }
    return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16
        | (b[i + 3] & 0xFFL) << 24;
  }
}
