package org.ganlab.experiments.sweep;

import java.util.List;

/**
 * Some points of a sweep do not resolve to a runnable config. The message lists every failing point,
 * one line each, with the keys it sets and the error; the CLI prints it and exits with 2.
 */
public class InvalidSweepException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The failures, one line per point. */
  private final List<String> failures;

  /**
   * Creates the exception.
   *
   * @param failures one line per failing point: its keys and the error
   * @param points how many points the sweep has
   */
  public InvalidSweepException(List<String> failures, int points) {
    super(failures.size() + " of " + points + " sweep points are invalid; nothing was run:\n  "
        + String.join("\n  ", failures));
    this.failures = List.copyOf(failures);
  }

  /**
   * Returns the failures.
   *
   * @return one line per failing point
   */
  public List<String> failures() {
    return failures;
  }
}
