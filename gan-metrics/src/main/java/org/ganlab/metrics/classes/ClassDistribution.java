package org.ganlab.metrics.classes;

/**
 * The histogram of labels a classifier predicts for generated samples, and the measures of mode
 * coverage built on it: classes covered (Metz et al. 2017, "Unrolled Generative Adversarial Networks",
 * on stacked MNIST) and {@code KL(p_gen ‖ p_ref)} to a reference class distribution, natural log,
 * {@code 0 · log 0 = 0}. Stacked-MNIST labels {@code 100·a + 10·b + c} are simply {@code C = 1000}
 * classes. Immutable.
 */
public final class ClassDistribution {
  private final int[] counts;
  private final int samples;

  private ClassDistribution(int[] counts, int samples) {
    this.counts = counts;
    this.samples = samples;
  }

  /**
   * Counts predicted labels.
   *
   * @param labels predicted labels, one per sample, each in {@code [0, numClasses)}
   * @param numClasses number of classes C ≥ 1
   * @return the histogram
   * @throws IllegalArgumentException for no labels, {@code numClasses < 1} or a label out of range
   */
  public static ClassDistribution of(int[] labels, int numClasses) {
    if (numClasses < 1) {
      throw new IllegalArgumentException("numClasses must be >= 1, found " + numClasses);
    }
    if (labels == null || labels.length == 0) {
      throw new IllegalArgumentException("labels must not be empty");
    }
    int[] counts = new int[numClasses];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= numClasses) {
        throw new IllegalArgumentException("labels[" + i + "] must be in [0, " + numClasses
            + "), found " + labels[i]);
      }
      counts[labels[i]]++;
    }
    return new ClassDistribution(counts, labels.length);
  }

  /**
   * Returns the number of classes.
   *
   * @return C
   */
  public int numClasses() {
    return counts.length;
  }

  /**
   * Returns the number of labelled samples.
   *
   * @return N
   */
  public int sampleCount() {
    return samples;
  }

  /**
   * Returns the histogram.
   *
   * @return a copy of the count of each class, {@code [C]}
   */
  public int[] counts() {
    return counts.clone();
  }

  /**
   * Returns the share of samples in each class.
   *
   * @return {@code p_gen}, {@code [C]}, summing to 1
   */
  public double[] proportions() {
    double[] p = new double[counts.length];
    for (int k = 0; k < p.length; k++) {
      p[k] = (double) counts[k] / samples;
    }
    return p;
  }

  /**
   * Returns the number of classes predicted at least once.
   *
   * @return classes covered
   */
  public int classesCovered() {
    return classesCovered(1);
  }

  /**
   * Returns the number of classes predicted at least {@code minCount} times.
   *
   * @param minCount the count a class needs to be covered, ≥ 1
   * @return classes covered
   * @throws IllegalArgumentException when {@code minCount < 1}
   */
  public int classesCovered(int minCount) {
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be >= 1, found " + minCount);
    }
    int covered = 0;
    for (int count : counts) {
      if (count >= minCount) {
        covered++;
      }
    }
    return covered;
  }

  /**
   * Returns {@code KL(p_gen ‖ uniform)}, natural log.
   *
   * @return the divergence in nats, 0 for a perfectly balanced histogram, at most {@code ln C}
   */
  public double klToUniform() {
    double uniform = 1.0 / counts.length;
    double kl = 0;
    for (double p : proportions()) {
      kl += ClassMatrices.xLogXOverY(p, uniform);
    }
    return kl;
  }

  /**
   * Returns {@code KL(p_gen ‖ p_ref)}, natural log.
   *
   * @param reference the data's class distribution {@code [C]}, entries ≥ 0 summing to 1 within 1e-6
   * @return the divergence in nats; +∞ when a predicted class has reference probability 0
   * @throws IllegalArgumentException when the reference is not a probability vector of length C
   */
  public double klTo(double[] reference) {
    checkReference(reference);
    double[] p = proportions();
    double kl = 0;
    for (int k = 0; k < p.length; k++) {
      kl += term(p[k], reference[k]);
    }
    return kl;
  }

  private static double term(double p, double reference) {
    if (p > 0 && reference == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return ClassMatrices.xLogXOverY(p, reference);
  }

  private void checkReference(double[] reference) {
    if (reference == null || reference.length != counts.length) {
      throw new IllegalArgumentException("reference must have " + counts.length + " entries, found "
          + (reference == null ? "null" : reference.length));
    }
    ClassMatrices.checkProbabilities(new double[][] {reference});
  }
}
