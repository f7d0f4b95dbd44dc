package org.agendacheck.cli;

import org.agendacheck.AgendaCheck;
import picocli.CommandLine;

/** The version for {@code --version}, from the build. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    // The launcher picks the newest JDK it finds: say which one runs.
    return new String[] {"agendacheck " + AgendaCheck.version(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.vendor")
            + "), " + System.getProperty("java.home")};
  }
}
