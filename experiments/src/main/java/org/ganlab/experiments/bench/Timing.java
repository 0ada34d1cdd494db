package org.ganlab.experiments.bench;

import java.util.Arrays;

/**
 * Wall times of the timed runs of one {@link Measurement}.
 *
 * @param name the measurement's name
 * @param value the number its last run returned
 * @param medianMillis median over the timed runs (mean of the middle two for an even count), ms
 * @param minMillis fastest run, ms
 * @param maxMillis slowest run, ms
 */
public record Timing(String name, double value, double medianMillis, double minMillis,
    double maxMillis) {

  /**
   * Runs a measurement: prepares it, runs it once untimed, then {@code repeats} times timed.
   *
   * @param measurement what to time
   * @param repeats timed runs, at least 1
   * @return the timing
   */
  public static Timing of(Measurement measurement, int repeats) {
    var operation = measurement.prepare();
    double value = operation.getAsDouble();
    double[] millis = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      value = operation.getAsDouble();
      millis[r] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    int n = millis.length;
    double median = n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
    return new Timing(measurement.name(), value, median, millis[0], millis[n - 1]);
  }
}
