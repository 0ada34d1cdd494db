package org.ganlab.experiments.stats;

/**
 * Exact permutation distribution of the rank sum of a sample of size m drawn without replacement from a
 * pooled sample of N ranked values: every one of the C(N, m) subsets is equally likely under the null
 * hypothesis. Without ties this is the classical distribution of Mann &amp; Whitney's U (shifted by
 * m(m+1)/2); with ties it is the distribution conditional on the observed tie pattern. Computed by
 * dynamic programming over the values, counting subsets by size and doubled rank sum.
 */
final class RankSumDistribution {
  private final double[] counts;
  private final double total;

  private RankSumDistribution(double[] counts) {
    this.counts = counts;
    double sum = 0;
    for (double c : counts) {
      sum += c;
    }
    this.total = sum;
  }

  /**
   * The distribution for a given set of doubled ranks.
   *
   * @param doubledRanks doubled midranks of all N pooled values ({@link MidRanks})
   * @param m size of the first sample, 0 ≤ m ≤ N; C(N, m) must stay below 2^53 for exact counts
   * @return the distribution of the doubled rank sum of the first sample
   */
  static RankSumDistribution of(int[] doubledRanks, int m) {
    int maxSum = 0;
    for (int r : doubledRanks) {
      maxSum += r;
    }
    double[][] ways = new double[m + 1][maxSum + 1];
    ways[0][0] = 1;
    int seen = 0;
    for (int r : doubledRanks) {
      seen += r;
      for (int size = m; size >= 1; size--) {
        double[] into = ways[size];
        double[] from = ways[size - 1];
        for (int s = seen; s >= r; s--) {
          into[s] += from[s - r];
        }
      }
    }
    return new RankSumDistribution(ways[m]);
  }

  /**
   * Two-sided p-value of an observed doubled rank sum: {@code min(1, 2·min(P(S ≤ s), P(S ≥ s)))}.
   *
   * @param doubledSum observed doubled rank sum of the first sample
   * @return the p-value in (0, 1]
   */
  double twoSidedP(int doubledSum) {
    double below = 0;
    double above = 0;
    for (int s = 0; s < counts.length; s++) {
      if (s <= doubledSum) {
        below += counts[s];
      }
      if (s >= doubledSum) {
        above += counts[s];
      }
    }
    return Math.min(1, 2 * Math.min(below, above) / total);
  }
}
