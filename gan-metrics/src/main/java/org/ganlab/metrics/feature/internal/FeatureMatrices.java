package org.ganlab.metrics.feature.internal;

/** Checks feature matrices {@code [rows][d]} and names what is wrong in the exception message. */
public final class FeatureMatrices {

  private FeatureMatrices() {}

  /**
   * Checks that {@code x} is a non-empty rectangular matrix of finite values.
   *
   * @param name what the matrix is, used in messages ("real", "fake")
   * @param x the matrix {@code [rows][d]}
   * @return its number of columns {@code d}
   * @throws IllegalArgumentException naming the first row or value that is wrong
   */
  public static int checkRectangular(String name, double[][] x) {
    if (x == null || x.length == 0) {
      throw new IllegalArgumentException(name + " has no rows");
    }
    if (x[0] == null || x[0].length == 0) {
      throw new IllegalArgumentException(name + " row 0 has no values");
    }
    int d = x[0].length;
    for (int i = 0; i < x.length; i++) {
      checkRow(name, x[i], i, d);
    }
    return d;
  }

  /**
   * Checks both matrices and that they have the same number of columns.
   *
   * @param real real features {@code [N][d]}
   * @param fake generated features {@code [M][d]}
   * @return the common number of columns {@code d}
   * @throws IllegalArgumentException naming what is wrong
   */
  public static int checkPair(double[][] real, double[][] fake) {
    int d = checkRectangular("real", real);
    int fakeD = checkRectangular("fake", fake);
    if (d != fakeD) {
      throw new IllegalArgumentException(
          "real has " + d + " columns but fake has " + fakeD + "; feature dimensions must match");
    }
    return d;
  }

  /**
   * Checks that a matrix has at least {@code minRows} rows.
   *
   * @param name what the matrix is, used in messages
   * @param x the matrix
   * @param minRows rows needed
   * @param why the reason, appended to the message ("k = 3 needs k + 1")
   * @throws IllegalArgumentException when there are fewer rows
   */
  public static void checkRows(String name, double[][] x, int minRows, String why) {
    if (x.length < minRows) {
      throw new IllegalArgumentException(
          name + " has " + x.length + " rows, needs at least " + minRows + " (" + why + ")");
    }
  }

  /**
   * Checks a real/fake pair for a k-nearest-neighbour metric: both matrices, a common dimension,
   * {@code k ≥ 1} and at least {@code k + 1} rows on each side.
   *
   * @param real real features {@code [N][d]}
   * @param fake generated features {@code [M][d]}
   * @param k neighbour rank
   * @throws IllegalArgumentException naming what is wrong
   */
  public static void checkNeighbourPair(double[][] real, double[][] fake, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, found " + k);
    }
    checkPair(real, fake);
    String why = "the k-th nearest other row with k = " + k;
    checkRows("real", real, k + 1, why);
    checkRows("fake", fake, k + 1, why);
  }

  private static void checkRow(String name, double[] row, int i, int d) {
    if (row == null || row.length != d) {
      int found = row == null ? 0 : row.length;
      throw new IllegalArgumentException(
          name + " row " + i + " has " + found + " values, expected " + d);
    }
    for (int j = 0; j < d; j++) {
      if (!Double.isFinite(row[j])) {
        throw new IllegalArgumentException(
            name + " row " + i + ", column " + j + " is " + row[j] + "; features must be finite");
      }
    }
  }
}
