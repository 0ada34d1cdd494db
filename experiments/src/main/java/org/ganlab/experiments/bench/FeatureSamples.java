package org.ganlab.experiments.bench;

import java.util.SplittableRandom;
import org.ganlab.core.random.Gaussian;
import org.ganlab.core.train.Seeds;

/** Seeded Gaussian feature matrices that stand in for extracted features in the benchmarks. */
final class FeatureSamples {

  private FeatureSamples() {}

  /**
   * Rows drawn from {@code N(mean·1, std²·I)}, from a seed derived from the benchmark seed, a purpose
   * and the dimension.
   *
   * @param seed benchmark seed
   * @param purpose what the matrix is for, e.g. {@code fid-real}; distinct purposes draw independently
   * @param rows number of rows
   * @param dim number of columns
   * @param mean mean of every entry
   * @param std standard deviation of every entry
   * @return the features {@code [rows][dim]}
   */
  static double[][] gaussian(long seed, String purpose, int rows, int dim, double mean, double std) {
    SplittableRandom random = new SplittableRandom(Seeds.derive(seed, purpose, dim));
    double[][] x = new double[rows][];
    for (int i = 0; i < rows; i++) {
      float[] row = Gaussian.sample(random, dim, mean, std);
      x[i] = new double[dim];
      for (int j = 0; j < dim; j++) {
        x[i][j] = row[j];
      }
    }
    return x;
  }
}
