package org.agendacheck;

/**
 * Receives how far a validation run has come, for a progress display. Calls may come from several
 * threads at once; an implementation synchronizes what it shares.
 */
public interface Progress {
  /** Reports nothing. */
  Progress NONE = new Progress() {};

  /**
   * Some bytes were read.
   *
   * @param bytesRead bytes read so far, of all files
   * @param bytesTotal the size of all files together
   * @param filesRead files read completely so far
   * @param filesTotal how many files the run reads
   */
  default void reading(long bytesRead, long bytesTotal, int filesRead, int filesTotal) {}

  /** Every file is read; the rules run now. */
  default void validating(int files) {}

  /** The run is over. */
  default void done() {}
}
