package org.ganlab.experiments.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Ranks of a pooled sample with ties given their average rank ("midranks"), stored doubled so that they
 * are integers: a tie group occupying the 1-based positions i..j of the sorted sample gets the doubled
 * rank {@code i + j} for each of its members.
 */
final class MidRanks {
  private final int[] doubled;
  private final double tieCorrection;

  private MidRanks(int[] doubled, double tieCorrection) {
    this.doubled = doubled;
    this.tieCorrection = tieCorrection;
  }

  /**
   * Ranks the values of a pooled sample.
   *
   * @param values finite values
   * @return their doubled midranks, in the order of {@code values}
   */
  static MidRanks of(double[] values) {
    int n = values.length;
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    int[] doubled = new int[n];
    double ties = 0;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
        end++;
      }
      for (int k = start; k <= end; k++) {
        doubled[order[k]] = (start + 1) + (end + 1);
      }
      double size = end - start + 1;
      ties += size * size * size - size;
      start = end + 1;
    }
    return new MidRanks(doubled, ties);
  }

  /** Doubled midranks, {@code [n]}, in the order of the ranked values. */
  int[] doubled() {
    return doubled.clone();
  }

  /** {@code Σ (t³ − t)} over tie groups of size t; 0 without ties. */
  double tieCorrection() {
    return tieCorrection;
  }

  /** Whether any two values are equal. */
  boolean hasTies() {
    return tieCorrection > 0;
  }
}
