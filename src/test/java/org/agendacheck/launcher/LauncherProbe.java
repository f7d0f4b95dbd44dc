package org.agendacheck.launcher;

import java.lang.management.ManagementFactory;

/**
 * Stands in for the tool's jar in {@link LauncherTest}: prints the JDK it runs on, the JVM options
 * the launcher gave it and its arguments, one per line.
 */
public final class LauncherProbe {
  private LauncherProbe() {}

  public static void main(String[] args) {
    StringBuilder b = new StringBuilder();
    b.append("home=").append(System.getProperty("java.home")).append('\n');
    for (String o : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      b.append("opt=").append(o).append('\n');
    }
    for (String a : args) {
      b.append("arg=").append(a).append('\n');
    }
    System.out.print(b);
  }
}
