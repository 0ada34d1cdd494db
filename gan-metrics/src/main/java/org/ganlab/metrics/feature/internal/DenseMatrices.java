package org.ganlab.metrics.feature.internal;

import java.util.stream.IntStream;

/**
 * Dense {@code double[][]} helpers for the feature statistics and kernels: means, covariance,
 * transpose, trace. The covariance fills blocks of rows in parallel; every element is summed in the
 * same order whatever the thread count, so results are bit-identical.
 */
public final class DenseMatrices {
  private static final int COVARIANCE_ROW_BLOCK = 16;

  private DenseMatrices() {}

  /**
   * Column means, refined by a second pass over the residuals.
   *
   * @param x rows {@code [n][d]}
   * @return the mean {@code [d]}
   */
  public static double[] columnMeans(double[][] x) {
    double[] mean = sumOfRows(x, new double[x[0].length]);
    double[] correction = sumOfRows(x, mean);
    for (int j = 0; j < mean.length; j++) {
      mean[j] += correction[j];
    }
    return mean;
  }

  /**
   * Sample covariance (divided by {@code n − 1}) of rows whose mean is given; the rows are centred
   * before any product is formed. Blocks of output rows are filled in parallel.
   *
   * @param x rows {@code [n][d]}, {@code n ≥ 2}
   * @param mean their column means {@code [d]}
   * @return the exactly symmetric covariance {@code [d][d]}
   */
  public static double[][] covariance(double[][] x, double[] mean) {
    int d = mean.length;
    double[][] centred = new double[x.length][d];
    for (int k = 0; k < x.length; k++) {
      for (int j = 0; j < d; j++) {
        centred[k][j] = x[k][j] - mean[j];
      }
    }
    double[][] cov = new double[d][d];
    int blocks = (d + COVARIANCE_ROW_BLOCK - 1) / COVARIANCE_ROW_BLOCK;
    IntStream.range(0, blocks).parallel().forEach(b -> accumulateUpper(centred, cov, b));
    double scale = 1.0 / (x.length - 1);
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        cov[i][j] *= scale;
        cov[j][i] = cov[i][j];
      }
    }
    return cov;
  }

  /**
   * Transpose.
   *
   * @param a matrix {@code [n][m]}
   * @return its transpose {@code [m][n]}
   */
  public static double[][] transpose(double[][] a) {
    double[][] t = new double[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < t.length; j++) {
        t[j][i] = a[i][j];
      }
    }
    return t;
  }

  /**
   * Trace.
   *
   * @param a square matrix
   * @return the sum of its diagonal
   */
  public static double trace(double[][] a) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i][i];
    }
    return sum;
  }

  private static double[] sumOfRows(double[][] x, double[] offset) {
    double[] sum = new double[offset.length];
    for (double[] row : x) {
      for (int j = 0; j < sum.length; j++) {
        sum[j] += row[j] - offset[j];
      }
    }
    for (int j = 0; j < sum.length; j++) {
      sum[j] /= x.length;
    }
    return sum;
  }

  private static void accumulateUpper(double[][] centred, double[][] cov, int block) {
    int from = block * COVARIANCE_ROW_BLOCK;
    int to = Math.min(cov.length, from + COVARIANCE_ROW_BLOCK);
    for (double[] row : centred) {
      for (int i = from; i < to; i++) {
        double ri = row[i];
        double[] out = cov[i];
        for (int j = i; j < out.length; j++) {
          out[j] += ri * row[j];
        }
      }
    }
  }
}
