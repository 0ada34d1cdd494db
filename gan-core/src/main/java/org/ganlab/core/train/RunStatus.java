package org.ganlab.core.train;

/** How a run ended, as recorded in {@code provenance.json}. */
public enum RunStatus {
  /** Still training (or killed while training). */
  RUNNING,
  /** Trained every step. */
  DONE,
  /** A loss became NaN or infinite; training stopped. */
  DIVERGED,
  /** An error stopped the run. */
  FAILED,
  /**
   * Stopped on request (a signal) after a completed step, with a checkpoint of that step: continued by
   * {@code --resume} to the numbers of an uninterrupted run.
   */
  STOPPED;

  /**
   * Returns the lower-case name written to files.
   *
   * @return e.g. {@code done}
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
