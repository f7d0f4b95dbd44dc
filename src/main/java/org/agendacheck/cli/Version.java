package org.agendacheck.cli;

import org.agendacheck.AgendaCheck;
import picocli.CommandLine;

/** The version for {@code --version}, from the build. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"agendacheck " + AgendaCheck.version()};
  }
}
