package org.ganlab.experiments.sweep;

import java.util.List;

/**
 * Some points of a sweep do not resolve to a runnable config. The message lists every problem of every
 * failing point, one line each, with the keys the point sets; the CLI prints it and exits with 2.
 */
public class InvalidSweepException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The failures, one line per problem of a point. */
  private final List<String> failures;

  /**
   * Creates the exception.
   *
   * @param failures one line per problem of a failing point: the point's keys and the problem
   * @param failing how many points fail
   * @param points how many points the sweep has
   */
  public InvalidSweepException(List<String> failures, int failing, int points) {
    super(failing + " of " + points + " sweep points are invalid; nothing was run:\n  "
        + String.join("\n  ", failures));
    this.failures = List.copyOf(failures);
  }

  /**
   * Returns the failures.
   *
   * @return one line per problem of a failing point
   */
  public List<String> failures() {
    return failures;
  }
}
