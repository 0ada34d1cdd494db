package org.ganlab.metrics.extract;

/**
 * How one evaluator is trained: everything that fixes its weights, bit for bit, on a given build.
 *
 * @param dataset the dataset
 * @param seed seed of the initial weights and the batch order
 * @param steps Adam steps
 * @param batchSize images per step
 * @param learningRate peak Adam learning rate, decayed to 0 on a half cosine
 * @param threads libtorch intra-op threads (they change the last bits of every sum)
 * @param testSamples test images to measure accuracy on (Fashion-MNIST has at most 10,000)
 */
public record EvaluatorRecipe(
    EvaluatorDataset dataset,
    long seed,
    int steps,
    int batchSize,
    double learningRate,
    int threads,
    int testSamples) {

  /** Checks each field. */
  public EvaluatorRecipe {
    if (dataset == null) {
      throw new IllegalArgumentException("evaluator dataset must be given, found none");
    }
    positive("--steps", steps);
    positive("--batch-size", batchSize);
    positive("--threads", threads);
    positive("--n-test", testSamples);
    if (!(learningRate > 0 && Double.isFinite(learningRate))) {
      throw new IllegalArgumentException("--lr must be a finite number > 0, found " + learningRate);
    }
  }

  private static void positive(String option, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(option + " must be >= 1, found " + value);
    }
  }
}
