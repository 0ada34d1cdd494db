package org.ganlab.experiments.quality;

import java.util.Locale;

/** How a quality row stands. */
public enum Outcome {
  /** The finished run clears the bar. */
  PASS,
  /** The finished run misses the bar, diverged, failed or lacks the column. */
  FAIL,
  /** Nothing to compare yet: the run has not finished, or the bar waits for a stated figure. */
  PENDING;

  /**
   * Returns the lower-case name shown in the table.
   *
   * @return e.g. {@code pass}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
