package org.ganlab.metrics.feature;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ganlab.metrics.feature.internal.FeatureMatrices;
import org.ganlab.metrics.feature.internal.PolynomialKernelSums;

/**
 * Kernel inception distance (Bińkowski et al. 2018, "Demystifying MMD GANs"): the unbiased estimate of
 * the squared maximum mean discrepancy with the cubic polynomial kernel
 * {@code k(x, y) = (x·y / d + 1)³}. The within-set sums exclude their diagonals; the cross sum keeps
 * every pair. KID is usually reported as the mean and standard deviation over random subsets.
 *
 * <p>Subsets are drawn as torch-fidelity does, with a different generator: per subset, first the fake
 * rows, then the real rows, each a sample without replacement from a partial Fisher–Yates shuffle
 * (for {@code i < size}: swap position {@code i} with {@code i + nextInt(n − i)}, keep the first
 * {@code size}) driven by one {@link SplittableRandom} seeded once per call.
 */
public final class KernelInceptionDistance {
  /** Default number of subsets (torch-fidelity's default). */
  public static final int DEFAULT_SUBSETS = 100;
  /** Default subset size (torch-fidelity's default), capped at the smaller set size. */
  public static final int DEFAULT_SUBSET_SIZE = 1000;

  private KernelInceptionDistance() {}

  /**
   * Unbiased MMD² between two feature sets:
   * {@code Σ_{i≠j} k(x_i,x_j) / (n(n−1)) + Σ_{i≠j} k(y_i,y_j) / (m(m−1)) − 2 Σ_{i,j} k(x_i,y_j) / (nm)}.
   *
   * @param real real features {@code x [n][d]}, {@code n ≥ 2}
   * @param fake generated features {@code y [m][d]}, {@code m ≥ 2}
   * @return the estimate; it can be negative, and is not 0 for {@code x = y}
   * @throws IllegalArgumentException for ragged or non-finite input, different dimensions, or fewer
   *     than 2 rows
   */
  public static double mmd2(double[][] real, double[][] fake) {
    FeatureMatrices.checkPair(real, fake);
    FeatureMatrices.checkRows("real", real, 2, "the unbiased MMD² excludes the diagonal");
    FeatureMatrices.checkRows("fake", fake, 2, "the unbiased MMD² excludes the diagonal");
    return unchecked(real, fake);
  }

  /**
   * KID over seeded random subsets.
   *
   * @param real real features {@code [N][d]}
   * @param fake generated features {@code [M][d]}
   * @param subsets number of subsets, at least 1
   * @param subsetSize rows per subset, capped at {@code min(N, M)}; at least 2 after capping
   * @param seed seed of the subset sampler
   * @return mean and population std of the per-subset MMD²
   * @throws IllegalArgumentException for bad features or counts
   */
  public static KidResult subsets(
      double[][] real, double[][] fake, int subsets, int subsetSize, long seed) {
    FeatureMatrices.checkPair(real, fake);
    if (subsets < 1) {
      throw new IllegalArgumentException("subsets must be >= 1, found " + subsets);
    }
    int size = Math.min(subsetSize, Math.min(real.length, fake.length));
    if (size < 2) {
      throw new IllegalArgumentException("subset size must be >= 2, found " + size
          + " (subsetSize " + subsetSize + ", real " + real.length + ", fake " + fake.length + ")");
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[subsets];
    for (int s = 0; s < subsets; s++) {
      int[] fakeRows = sampleWithoutReplacement(fake.length, size, random);
      int[] realRows = sampleWithoutReplacement(real.length, size, random);
      values[s] = unchecked(rows(real, realRows), rows(fake, fakeRows));
    }
    return KidResult.of(values);
  }

  /**
   * KID over given subsets, e.g. to replay another implementation's subsets exactly.
   *
   * @param real real features {@code [N][d]}
   * @param fake generated features {@code [M][d]}
   * @param realIndices per subset, 0-based rows of {@code real} (at least 2 each)
   * @param fakeIndices per subset, 0-based rows of {@code fake}; as many subsets as {@code realIndices}
   * @return mean and population std of the per-subset MMD²
   * @throws IllegalArgumentException for bad features, mismatched subset counts or bad indices
   */
  public static KidResult subsets(
      double[][] real, double[][] fake, int[][] realIndices, int[][] fakeIndices) {
    FeatureMatrices.checkPair(real, fake);
    if (realIndices.length == 0 || realIndices.length != fakeIndices.length) {
      throw new IllegalArgumentException("got " + realIndices.length + " real and "
          + fakeIndices.length + " fake subsets; need the same number, at least 1");
    }
    double[] values = new double[realIndices.length];
    for (int s = 0; s < values.length; s++) {
      values[s] = unchecked(rows(real, checkIndices("real", s, realIndices[s], real.length)),
          rows(fake, checkIndices("fake", s, fakeIndices[s], fake.length)));
    }
    return KidResult.of(values);
  }

  private static double unchecked(double[][] x, double[][] y) {
    double n = x.length;
    double m = y.length;
    return PolynomialKernelSums.offDiagonal(x) / (n * (n - 1))
        + PolynomialKernelSums.offDiagonal(y) / (m * (m - 1))
        - 2 * PolynomialKernelSums.all(x, y) / (n * m);
  }

  private static int[] sampleWithoutReplacement(int n, int size, SplittableRandom random) {
    int[] permutation = new int[n];
    for (int i = 0; i < n; i++) {
      permutation[i] = i;
    }
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(n - i);
      int swap = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = swap;
    }
    return Arrays.copyOf(permutation, size);
  }

  private static int[] checkIndices(String name, int subset, int[] indices, int rows) {
    if (indices.length < 2) {
      throw new IllegalArgumentException(name + " subset " + subset + " has " + indices.length
          + " indices, needs at least 2");
    }
    for (int index : indices) {
      if (index < 0 || index >= rows) {
        throw new IllegalArgumentException(name + " subset " + subset + " has index " + index
            + ", outside [0, " + rows + ")");
      }
    }
    return indices;
  }

  private static double[][] rows(double[][] x, int[] indices) {
    double[][] picked = new double[indices.length][];
    for (int i = 0; i < indices.length; i++) {
      picked[i] = x[indices[i]];
    }
    return picked;
  }
}
