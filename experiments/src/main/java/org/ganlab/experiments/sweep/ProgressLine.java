package org.ganlab.experiments.sweep;

import java.util.Optional;

/**
 * A progress report a sweep worker prints on its standard output and the sweep reads:
 * {@code ganlab-progress <completed> <total>}, steps of the run the worker trains.
 *
 * @param completed steps completed
 * @param total the run's {@code training.steps}
 */
public record ProgressLine(long completed, long total) {
  private static final String PREFIX = "ganlab-progress ";

  /**
   * Renders the line.
   *
   * @return e.g. {@code ganlab-progress 120 400}
   */
  public String format() {
    return PREFIX + completed + " " + total;
  }

  /**
   * Parses a line of a worker's output.
   *
   * @param line one line
   * @return the report, or empty for any other line
   */
  public static Optional<ProgressLine> parse(String line) {
    if (!line.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = line.substring(PREFIX.length()).trim().split(" ");
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ProgressLine(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
