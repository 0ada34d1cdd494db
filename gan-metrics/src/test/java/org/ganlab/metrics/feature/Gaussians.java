package org.ganlab.metrics.feature;

import java.util.SplittableRandom;

/** Seeded Gaussian feature matrices for analytic tests. */
final class Gaussians {

  private Gaussians() {}

  /**
   * Rows drawn from {@code N(shift·1, I_d)}.
   *
   * @param rows number of rows
   * @param d dimension
   * @param shift mean of every column
   * @param seed random seed
   * @return the matrix {@code [rows][d]}
   */
  static double[][] sample(int rows, int d, double shift, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[rows][d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        row[j] = shift + gaussian(random);
      }
    }
    return x;
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
