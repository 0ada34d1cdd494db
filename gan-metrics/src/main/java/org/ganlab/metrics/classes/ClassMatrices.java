package org.ganlab.metrics.classes;

/** Validation and conversion of per-sample class scores {@code [N][C]}. */
final class ClassMatrices {
  static final double SUM_TOLERANCE = 1e-6;

  private ClassMatrices() {}

  /** Checks that {@code rows} is a non-empty rectangular matrix of finite values; returns C. */
  static int checkFinite(double[][] rows, String what) {
    if (rows == null || rows.length == 0) {
      throw new IllegalArgumentException(what + " must have at least one row");
    }
    int columns = checkRow(rows, 0, -1, what);
    for (int i = 1; i < rows.length; i++) {
      checkRow(rows, i, columns, what);
    }
    return columns;
  }

  private static int checkRow(double[][] rows, int i, int columns, String what) {
    double[] row = rows[i];
    if (row == null || row.length == 0) {
      throw new IllegalArgumentException(what + " row " + i + " is empty");
    }
    if (columns >= 0 && row.length != columns) {
      throw new IllegalArgumentException(what + " rows are ragged: row 0 has " + columns
          + " columns, row " + i + " has " + row.length);
    }
    for (int k = 0; k < row.length; k++) {
      if (!Double.isFinite(row[k])) {
        throw new IllegalArgumentException(what + "[" + i + "][" + k + "] is not finite: " + row[k]);
      }
    }
    return row.length;
  }

  /** Checks that every row is a probability vector (entries ≥ 0, sum within 1e-6 of 1). */
  static void checkProbabilities(double[][] rows) {
    checkFinite(rows, "probabilities");
    for (int i = 0; i < rows.length; i++) {
      double sum = 0;
      for (int k = 0; k < rows[i].length; k++) {
        if (rows[i][k] < 0) {
          throw new IllegalArgumentException(
              "probabilities[" + i + "][" + k + "] is negative: " + rows[i][k]);
        }
        sum += rows[i][k];
      }
      if (Math.abs(sum - 1) > SUM_TOLERANCE) {
        throw new IllegalArgumentException("probabilities row " + i + " sums to " + sum
            + ", not 1 within " + SUM_TOLERANCE + " (pass logits to fromLogits instead?)");
      }
    }
  }

  /** Softmax of each row in float64, the row maximum subtracted first. */
  static double[][] softmax(double[][] logits) {
    checkFinite(logits, "logits");
    double[][] probabilities = new double[logits.length][];
    for (int i = 0; i < logits.length; i++) {
      probabilities[i] = softmaxRow(logits[i]);
    }
    return probabilities;
  }

  private static double[] softmaxRow(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double z : logits) {
      max = Math.max(max, z);
    }
    double[] p = new double[logits.length];
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      p[k] = StrictMath.exp(logits[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /** {@code p · ln(p / q)} with {@code 0 · ln 0 = 0}. */
  static double xLogXOverY(double p, double q) {
    return p == 0 ? 0 : p * (StrictMath.log(p) - StrictMath.log(q));
  }
}
