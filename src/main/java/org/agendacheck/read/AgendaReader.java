package org.agendacheck.read;

import java.io.IOException;
import java.io.InputStream;
import org.agendacheck.model.Document;

/** Reads one source format into the document model. */
public interface AgendaReader {
  /**
   * Reads a source. A source that is not a valid agenda gives a document with problems, never an
   * exception.
   *
   * @param source the name the document is reported by (a path as given)
   * @param defaultId the table id to use when the source names none (the file name without
   *     extension)
   * @param in the bytes
   * @throws IOException only when the bytes cannot be read at all
   */
  default Document read(String source, String defaultId, InputStream in) throws IOException {
    return read(source, defaultId, in, ReadOptions.DEFAULTS);
  }

  /**
   * Reads a source with options: the number locale for numbers written as text, and metadata (id,
   * title, unit, rounding) that overrides what the source says. Formats that carry their own
   * metadata and exact numbers (JSON) ignore the options.
   */
  Document read(String source, String defaultId, InputStream in, ReadOptions options)
      throws IOException;
}
