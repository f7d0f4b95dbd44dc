package org.agendacheck.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * The UTF-8 byte order mark that Windows tools write before a text (Notepad, PowerShell's {@code
 * Out-File -Encoding utf8}, Excel's "CSV UTF-8"): not part of the text, so no reader counts it.
 */
final class ByteOrderMark {
  /** The mark's length in bytes. */
  static final int LENGTH = 3;

  private ByteOrderMark() {}

  /** True when the bytes start with the mark. */
  static boolean startsWith(byte[] bytes) {
    return bytes.length >= LENGTH && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /** The stream after the mark, or the whole stream when it does not start with one. */
  static InputStream skipped(InputStream in) throws IOException {
    PushbackInputStream b = new PushbackInputStream(in, LENGTH);
    byte[] head = b.readNBytes(LENGTH);
    if (!startsWith(head)) {
      b.unread(head);
    }
    return b;
  }
}
