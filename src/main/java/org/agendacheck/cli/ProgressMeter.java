package org.agendacheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.agendacheck.Progress;

/**
 * One status line on stderr for runs that take a while: files and bytes read, rate, time left;
 * then that the rules run. It shows only after the first second, is redrawn at most four times a
 * second, and is erased when the run ends, so the report is left as it would be without it.
 */
final class ProgressMeter implements Progress {
  private static final long SHOW_AFTER = 1_000_000_000L;
  private static final long REDRAW = 250_000_000L;

  private final PrintWriter err;
  private final LongSupplier clock;
  private final long start;
  private long last;
  private boolean shown;

  ProgressMeter(PrintWriter err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** A meter on stderr when stderr is a terminal; otherwise one that prints nothing (CI logs). */
  static Progress forStderr(PrintWriter err) {
    return stderrIsTerminal() ? new ProgressMeter(err, System::nanoTime) : Progress.NONE;
  }

  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  @Override
  public synchronized void reading(long bytesRead, long bytesTotal, int filesRead,
      int filesTotal) {
    long now = clock.getAsLong();
    if (now - start < SHOW_AFTER || now - last < REDRAW) {
      return;
    }
    last = now;
    double seconds = (now - start) / 1e9;
    double rate = bytesRead / seconds;
    String left = rate > 0 && bytesTotal > bytesRead
        ? ", " + duration((bytesTotal - bytesRead) / rate) + " left" : "";
    draw(String.format(Locale.ROOT, "reading: %,d of %,d files, %s of %s, %s/s%s", filesRead,
        filesTotal, size(bytesRead), size(bytesTotal), size((long) rate), left));
  }

  @Override
  public synchronized void validating(int files) {
    if (clock.getAsLong() - start >= SHOW_AFTER) {
      draw(String.format(Locale.ROOT, "validating %,d file%s", files, files == 1 ? "" : "s"));
    }
  }

  @Override
  public synchronized void done() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }

  private void draw(String line) {
    err.print("\r\033[Kagendacheck: " + line);
    err.flush();
    shown = true;
  }

  private static String size(long bytes) {
    return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
        : String.format(Locale.ROOT, "%,d kB", bytes / 1024);
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s";
  }
}
