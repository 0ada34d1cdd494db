package org.ganlab.metrics.feature.internal;

import java.util.Arrays;

/**
 * The k-nearest-neighbour balls of a feature set and how another set falls into them, the common
 * ground of improved precision/recall (Kynkäänniemi et al. 2019) and density/coverage (Naeem et al.
 * 2020). Distances come from {@link DistanceScan}; only {@code O((N + M)·k)} numbers are kept.
 */
public final class NeighbourBalls {

  private NeighbourBalls() {}

  /**
   * Radius of each row's ball: the distance to its {@code k}-th nearest other row (the row itself is
   * skipped by index; duplicates of it count at distance 0).
   *
   * @param x rows {@code [n][d]}, {@code n ≥ k + 1}
   * @param k neighbour rank, at least 1
   * @return radii {@code [n]}
   */
  public static double[] radii(double[][] x, int k) {
    double[] nearest = new double[x.length * k];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    DistanceScan.run(x, x, (query, first, distances, count) -> {
      for (int j = 0; j < count; j++) {
        if (first + j != query) {
          insert(nearest, query * k, k, distances[j]);
        }
      }
    });
    double[] radii = new double[x.length];
    for (int i = 0; i < radii.length; i++) {
      radii[i] = nearest[i * k + k - 1];
    }
    return radii;
  }

  /**
   * For every query row, how many candidate balls contain it, and its distance to the nearest
   * candidate.
   *
   * @param queries rows {@code [n][d]}
   * @param candidates ball centres {@code [m][d]}
   * @param radii the candidates' radii {@code [m]}
   * @param inclusive whether a point at exactly the radius is inside ({@code ≤}) or not ({@code <})
   * @return per query the count of containing balls and the nearest-candidate distance
   */
  public static Membership membership(
      double[][] queries, double[][] candidates, double[] radii, boolean inclusive) {
    int[] inside = new int[queries.length];
    double[] nearest = new double[queries.length];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    DistanceScan.run(queries, candidates, (query, first, distances, count) -> {
      int hits = 0;
      double min = nearest[query];
      for (int j = 0; j < count; j++) {
        double distance = distances[j];
        double radius = radii[first + j];
        hits += (inclusive ? distance <= radius : distance < radius) ? 1 : 0;
        min = Math.min(min, distance);
      }
      inside[query] += hits;
      nearest[query] = min;
    });
    return new Membership(inside, nearest);
  }

  /**
   * Per query row: the number of candidate balls containing it and the nearest-candidate distance.
   *
   * @param inside containing balls per query
   * @param nearest distance to the nearest candidate per query
   */
  public record Membership(int[] inside, double[] nearest) {

    /**
     * Share of queries inside at least one ball.
     *
     * @return a fraction in [0, 1]
     */
    public double shareInsideAny() {
      int count = 0;
      for (int hits : inside) {
        count += hits > 0 ? 1 : 0;
      }
      return (double) count / inside.length;
    }
  }

  private static void insert(double[] sorted, int offset, int k, double value) {
    int last = offset + k - 1;
    if (value >= sorted[last]) {
      return;
    }
    int i = last;
    while (i > offset && sorted[i - 1] > value) {
      sorted[i] = sorted[i - 1];
      i--;
    }
    sorted[i] = value;
  }
}
