package org.ganlab.metrics.feature.internal;

/**
 * A k-nearest-neighbour classifier of two classes: each query row takes the majority label of its
 * {@code k} nearest training rows (Euclidean, float64, via {@link DistanceScan}). Distance ties are
 * broken by the lower training row index, so the result does not depend on the thread count.
 */
public final class NearestNeighbourVote {

  private NearestNeighbourVote() {}

  /**
   * Predicts a class for every query row.
   *
   * @param train training rows {@code [n][d]}
   * @param trainIsPositive the class of each training row (true = the positive class)
   * @param queries rows to classify {@code [m][d]}
   * @param k neighbours that vote, odd and at most {@code n}, so no vote is tied
   * @return for each query, whether more than half of its {@code k} nearest training rows are positive
   * @throws IllegalArgumentException for an even {@code k}, or one below 1 or above {@code n}
   */
  public static boolean[] predict(
      double[][] train, boolean[] trainIsPositive, double[][] queries, int k) {
    if (k < 1 || k % 2 == 0 || k > train.length) {
      throw new IllegalArgumentException("k must be odd and in [1, " + train.length + "], found " + k);
    }
    double[][] nearestDistances = new double[queries.length][k];
    int[][] nearestRows = new int[queries.length][k];
    int[] found = new int[queries.length];
    DistanceScan.run(queries, train, (query, first, distances, count) -> {
      for (int j = 0; j < count; j++) {
        found[query] = insert(nearestDistances[query], nearestRows[query], found[query],
            distances[j], first + j);
      }
    });
    boolean[] positive = new boolean[queries.length];
    for (int q = 0; q < queries.length; q++) {
      int votes = 0;
      for (int row : nearestRows[q]) {
        votes += trainIsPositive[row] ? 1 : 0;
      }
      positive[q] = 2 * votes > k;
    }
    return positive;
  }

  /**
   * Inserts a candidate into a query's sorted list of nearest rows, if it is nearer than the last.
   * Candidates arrive in increasing row order, so an equal distance keeps the earlier row ahead.
   *
   * @return the new number of filled entries
   */
  private static int insert(double[] distances, int[] rows, int filled, double distance, int row) {
    int k = distances.length;
    if (filled == k && distance >= distances[k - 1]) {
      return filled;
    }
    int at = Math.min(filled, k - 1);
    while (at > 0 && distances[at - 1] > distance) {
      distances[at] = distances[at - 1];
      rows[at] = rows[at - 1];
      at--;
    }
    distances[at] = distance;
    rows[at] = row;
    return Math.min(filled + 1, k);
  }
}
