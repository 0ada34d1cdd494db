package org.ganlab.experiments.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction for multiple comparisons (Holm 1979, "A simple sequentially rejective
 * multiple test procedure", Scand. J. Statist. 6), which controls the family-wise error rate like
 * Bonferroni but rejects more. With the m p-values sorted ascending, {@code p(1) ≤ … ≤ p(m)}, the
 * adjusted values are {@code p̃(i) = min(1, max_{j ≤ i} (m − j + 1)·p(j))}; rejecting where
 * {@code p̃ < α} is Holm's procedure at level α.
 */
public final class HolmBonferroni {
  private HolmBonferroni() {}

  /**
   * Holm-adjusts a family of p-values.
   *
   * @param p raw p-values in [0, 1], one per hypothesis of the family, any order
   * @return adjusted p-values in the same order as {@code p}, each ≥ its raw value, capped at 1, and
   *     monotone: a smaller raw p never gets a larger adjusted p
   * @throws IllegalArgumentException for a value outside [0, 1] (NaN included)
   */
  public static double[] adjust(double[] p) {
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p[" + i + "] must be in [0, 1], found " + p[i]);
      }
    }
    int m = p.length;
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = order[rank];
      running = Math.max(running, Math.min(1, (m - rank) * p[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }
}
