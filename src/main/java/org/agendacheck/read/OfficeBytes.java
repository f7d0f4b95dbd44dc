package org.agendacheck.read;

/** What the first bytes of an Office file say, and exception messages on one line. */
final class OfficeBytes {
  private OfficeBytes() {}

  /**
   * True for an OLE2 compound file: an encrypted (password-protected) .xlsx or .docx, or an old
   * .xls or .doc.
   */
  static boolean isOle2(byte[] b) {
    return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF
        && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0;
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    m = m.replaceAll("\\s*\\R\\s*", " ").trim();
    return m.length() > 200 ? m.substring(0, 197) + "..." : m;
  }
}
