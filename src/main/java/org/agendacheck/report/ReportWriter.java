package org.agendacheck.report;

import java.io.IOException;
import java.io.Writer;
import org.agendacheck.engine.ValidationResult;

/** Writes a validation result in one output format. */
public interface ReportWriter {
  /** Writes the findings of a run with no baseline, as {@link ReportInput#of} describes it. */
  void write(ValidationResult result, Writer out) throws IOException;

  /**
   * Writes a run with everything known about it (catalogue, suppressed findings, fail-on). Formats
   * that show only the findings need not override this.
   */
  default void write(ReportInput input, Writer out) throws IOException {
    write(input.result(), out);
  }
}
