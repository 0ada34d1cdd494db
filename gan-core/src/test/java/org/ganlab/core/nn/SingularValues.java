package org.ganlab.core.nn;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.ganlab.core.random.Gaussian;

/** Reference largest singular values from Commons Math's SVD, for the spectral-normalisation tests. */
final class SingularValues {

  private SingularValues() {}

  /**
   * Returns the largest singular value of a row-major matrix.
   *
   * @param values the entries, row-major
   * @param rows the number of rows; columns = values.length / rows
   * @return the spectral norm
   */
  static double largest(float[] values, int rows) {
    int columns = values.length / rows;
    double[][] matrix = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        matrix[r][c] = values[r * columns + c];
      }
    }
    return new SingularValueDecomposition(new Array2DRowRealMatrix(matrix, false))
        .getSingularValues()[0];
  }

  /**
   * Returns seeded N(0, 1) draws, a fixed random weight for the tests.
   *
   * @param seed the seed
   * @param count how many values
   * @return the draws
   */
  static float[] randomWeight(long seed, int count) {
    return Gaussian.sample(new SplittableRandom(seed), count, 0, 1);
  }
}
