package org.ganlab.experiments.report;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One cell's training curve of one {@code metrics.csv} column over its seeds: at every logged step, the
 * mean, minimum and maximum of the finite values the seeds have there.
 *
 * @param steps logged steps, ascending
 * @param mean mean over the seeds with a value at each step, {@code [steps.length]}
 * @param min minimum at each step, {@code [steps.length]}
 * @param max maximum at each step, {@code [steps.length]}
 */
public record SeedCurve(double[] steps, double[] mean, double[] min, double[] max) {

  /**
   * Aggregates the seeds' series.
   *
   * @param series one step-to-value series per seed; non-finite values are skipped
   * @return the curve; empty arrays when no seed has a finite value
   */
  public static SeedCurve of(List<SortedMap<Long, Double>> series) {
    SortedMap<Long, double[]> byStep = new TreeMap<>();
    for (SortedMap<Long, Double> seed : series) {
      seed.forEach((step, value) -> {
        if (Double.isFinite(value)) {
          double[] stats = byStep.computeIfAbsent(step,
              s -> new double[] {0, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
          stats[0] += value;
          stats[1] += 1;
          stats[2] = Math.min(stats[2], value);
          stats[3] = Math.max(stats[3], value);
        }
      });
    }
    int n = byStep.size();
    double[] steps = new double[n];
    double[] mean = new double[n];
    double[] min = new double[n];
    double[] max = new double[n];
    int i = 0;
    for (var entry : byStep.entrySet()) {
      double[] stats = entry.getValue();
      steps[i] = entry.getKey();
      mean[i] = stats[0] / stats[1];
      min[i] = stats[2];
      max[i] = stats[3];
      i++;
    }
    return new SeedCurve(steps, mean, min, max);
  }

  /**
   * Tells whether the curve has no point.
   *
   * @return true when no seed had a finite value
   */
  public boolean isEmpty() {
    return steps.length == 0;
  }
}
