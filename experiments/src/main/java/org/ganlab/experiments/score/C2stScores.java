package org.ganlab.experiments.score;

import org.ganlab.metrics.feature.C2stResult;
import org.ganlab.metrics.feature.ClassifierTwoSampleTest;

/**
 * The classifier two-sample test of real against generated rows ({@link ClassifierTwoSampleTest}): the
 * held-out accuracy of a k-NN classifier with {@code k = ⌊√n_train / 2⌋} made odd, trained on half of
 * {@code min(N, M)} rows of each input drawn by a permutation from {@code --seed} (default 0). Rows are
 * the inputs' features (feature files, 2-D points, or images through {@code --extractor}), or the pixels
 * of image inputs when no extractor is given.
 */
final class C2stScores {

  private C2stScores() {}

  /**
   * Checks that c2st has both inputs.
   *
   * @param options the command's options
   * @throws IllegalArgumentException naming the missing options
   */
  static void checkInputs(ScoreOptions options) {
    if (options.real() == null || options.fake() == null) {
      throw new IllegalArgumentException("metric c2st needs --real and --fake (features, 2-D points,"
          + " or images: through --extractor, else as pixels)");
    }
  }

  /**
   * Runs the test and records its value and protocol.
   *
   * @param inputs the inputs of this call
   * @param options the command's options
   * @param report where values and protocol go
   * @throws IllegalArgumentException for inputs the test refuses (ragged, non-finite, different
   *     dimensions, fewer than 2 rows)
   */
  static void score(ScoreInputs inputs, ScoreOptions options, ScoreReport report) {
    boolean pixels = inputs.pixelsWithoutExtractor("--real", options.real());
    if (pixels != inputs.pixelsWithoutExtractor("--fake", options.fake())) {
      throw new IllegalArgumentException("c2st: --real and --fake must both be images or both be"
          + " feature rows");
    }
    double[][] real = pixels ? inputs.images("--real", options.real()).pixelRows()
        : inputs.features("--real", options.real());
    double[][] fake = pixels ? inputs.images("--fake", options.fake()).pixelRows()
        : inputs.features("--fake", options.fake());
    long seed = options.seed() == null ? FeatureScores.DEFAULT_SEED : options.seed();
    C2stResult result = ClassifierTwoSampleTest.compute(real, fake, seed);
    report.value("c2st", result.accuracy());
    report.protocol("c2st", ScoreReport.entries("classifier", "k-NN (Euclidean, majority of k)",
        "k", result.k(), "train_per_class", result.trainPerClass(),
        "test_per_class", result.testPerClass(), "seed", seed,
        "representation", pixels ? "pixels" : options.extractor() != null ? "features" : "rows",
        "split", "seeded permutation of each input, first half trains, second half held out"));
    report.protocol("n_real", real.length);
    report.protocol("n_fake", fake.length);
  }
}
