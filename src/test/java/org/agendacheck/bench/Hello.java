package org.agendacheck.bench;

/** The start-up floor: a JVM that prints one line and exits. The benchmark runs it from its own folder. */
public final class Hello {
  private Hello() {}

  /** Prints one line. */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
