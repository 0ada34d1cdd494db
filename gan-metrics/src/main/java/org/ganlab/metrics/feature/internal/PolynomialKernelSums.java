package org.ganlab.metrics.feature.internal;

import java.util.stream.IntStream;

/**
 * Sums of the cubic polynomial kernel {@code k(x, y) = (x·y / d + 1)³} over pairs of rows, without
 * forming the kernel matrix. Each row's sum is computed on its own (rows run in parallel) and the row
 * sums are added in row order, so results do not depend on the thread count.
 */
public final class PolynomialKernelSums {

  private PolynomialKernelSums() {}

  /**
   * Sum over ordered pairs {@code i ≠ j} of rows of {@code x}: the within-set term of the unbiased
   * MMD², diagonal excluded.
   *
   * @param x rows {@code [n][d]}
   * @return {@code Σ_{i≠j} k(x_i, x_j)}
   */
  public static double offDiagonal(double[][] x) {
    double[][] xt = DenseMatrices.transpose(x);
    double[] rowSums = new double[x.length];
    IntStream.range(0, x.length).parallel()
        .forEach(i -> rowSums[i] = rowSum(x[i], xt, i + 1));
    return 2 * sumInOrder(rowSums);
  }

  /**
   * Sum over all pairs of a row of {@code x} and a row of {@code y}: the cross term of the MMD².
   *
   * @param x rows {@code [n][d]}
   * @param y rows {@code [m][d]}
   * @return {@code Σ_i Σ_j k(x_i, y_j)}
   */
  public static double all(double[][] x, double[][] y) {
    double[][] yt = DenseMatrices.transpose(y);
    double[] rowSums = new double[x.length];
    IntStream.range(0, x.length).parallel().forEach(i -> rowSums[i] = rowSum(x[i], yt, 0));
    return sumInOrder(rowSums);
  }

  private static double rowSum(double[] xi, double[][] yt, int from) {
    int m = yt[0].length;
    double[] dots = new double[m];
    for (int k = 0; k < xi.length; k++) {
      double a = xi[k];
      double[] column = yt[k];
      for (int j = from; j < m; j++) {
        dots[j] += a * column[j];
      }
    }
    double d = xi.length;
    double sum = 0;
    for (int j = from; j < m; j++) {
      double base = dots[j] / d + 1;
      sum += base * base * base;
    }
    return sum;
  }

  private static double sumInOrder(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }
}
