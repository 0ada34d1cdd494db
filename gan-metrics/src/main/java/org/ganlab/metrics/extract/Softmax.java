package org.ganlab.metrics.extract;

/** Row-wise softmax and arg-max in float64, the evaluator's probabilities and predicted classes. */
final class Softmax {

  private Softmax() {}

  /**
   * Converts rows of logits to probabilities, shifting by each row's maximum for stability.
   *
   * @param logits {@code [rows, classes]} row-major
   * @param classes the number of classes
   * @param into receives one probability row per logit row
   * @param first index in {@code into} of the first row
   */
  static void rows(float[] logits, int classes, double[][] into, int first) {
    for (int r = 0; r < logits.length / classes; r++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        max = Math.max(max, logits[r * classes + c]);
      }
      double[] row = new double[classes];
      double sum = 0;
      for (int c = 0; c < classes; c++) {
        row[c] = StrictMath.exp(logits[r * classes + c] - max);
        sum += row[c];
      }
      for (int c = 0; c < classes; c++) {
        row[c] /= sum;
      }
      into[first + r] = row;
    }
  }

  /**
   * Returns the index of a row's largest value, the first one on ties.
   *
   * @param row one probability row
   * @return the predicted class
   */
  static int argmax(double[] row) {
    int best = 0;
    for (int c = 1; c < row.length; c++) {
      if (row[c] > row[best]) {
        best = c;
      }
    }
    return best;
  }
}
