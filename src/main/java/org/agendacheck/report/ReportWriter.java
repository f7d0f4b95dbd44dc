package org.agendacheck.report;

import java.io.IOException;
import java.io.Writer;
import org.agendacheck.engine.ValidationResult;

/** Writes a validation result in one output format. */
public interface ReportWriter {
  void write(ValidationResult result, Writer out) throws IOException;
}
