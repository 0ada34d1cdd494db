package org.ganlab.experiments.sweep;

import java.util.Locale;

/** Where a run of a sweep stands, as its directory shows. */
public enum RunState {
  /** Nothing to keep: no directory, or a run killed before its first checkpoint. */
  NEW,
  /** Interrupted after a checkpoint: it resumes from there. */
  PARTIAL,
  /** Trained every step. */
  DONE,
  /** Stopped at a non-finite loss; a result, never trained again. */
  DIVERGED,
  /** Stopped by an error; tried again (from its checkpoint, if any) by {@code --resume}. */
  FAILED;

  /**
   * Returns the lower-case name shown in tables.
   *
   * @return e.g. {@code partial}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Tells whether the run has ended for good: done or diverged.
   *
   * @return true for {@link #DONE} and {@link #DIVERGED}
   */
  public boolean finished() {
    return this == DONE || this == DIVERGED;
  }
}
