package org.ganlab.experiments.score;

import org.ganlab.metrics.feature.DensityCoverage;
import org.ganlab.metrics.feature.DensityCoverageResult;
import org.ganlab.metrics.feature.FrechetDistance;
import org.ganlab.metrics.feature.KernelInceptionDistance;
import org.ganlab.metrics.feature.KidResult;
import org.ganlab.metrics.feature.PrecisionRecall;
import org.ganlab.metrics.feature.PrecisionRecallResult;

/**
 * FID, KID, precision/recall and density/coverage of real against generated features, with the
 * defaults of the papers: KID over {@value KernelInceptionDistance#DEFAULT_SUBSETS} subsets of
 * {@value KernelInceptionDistance#DEFAULT_SUBSET_SIZE} rows (capped at {@code min(N, M)}) drawn from
 * seed 0; precision/recall with {@code k = 3} ({@code ≤}); density/coverage with {@code k = 5}
 * ({@code <}). {@code --k} sets k for both neighbourhood metrics.
 */
final class FeatureScores {
  /** Seed of the KID subset draw when {@code --seed} is not given. */
  static final long DEFAULT_SEED = 0;

  private FeatureScores() {}

  /**
   * Checks that a feature metric has both inputs.
   *
   * @param metric one of fid, kid, precision_recall, density_coverage
   * @param options the command's options
   * @throws IllegalArgumentException naming the missing options
   */
  static void checkInputs(MetricName metric, ScoreOptions options) {
    if (options.real() == null || options.fake() == null) {
      throw new IllegalArgumentException("metric " + metric.cliName() + " needs --real and --fake"
          + " (feature files, or images with --extractor)");
    }
  }

  /**
   * Computes one feature metric and records its values and protocol.
   *
   * @param metric one of fid, kid, precision_recall, density_coverage
   * @param inputs the inputs of this call
   * @param options the command's options
   * @param report where values and protocol go
   * @throws IllegalArgumentException for inputs the metric refuses (ragged, non-finite, different
   *     dimensions, too few rows)
   */
  static void score(MetricName metric, ScoreInputs inputs, ScoreOptions options,
      ScoreReport report) {
    double[][] real = inputs.features("--real", options.real());
    double[][] fake = inputs.features("--fake", options.fake());
    if (real[0].length != fake[0].length) {
      throw new IllegalArgumentException("--real has " + real[0].length + " columns but --fake has "
          + fake[0].length + "; feature dimensions must match");
    }
    switch (metric) {
      case FID -> {
        report.value("fid", FrechetDistance.of(real, fake));
        report.protocol("fid", ScoreReport.entries("covariance", "sample (N - 1)",
            "trace_sqrt", "eigenvalues of sigma_real^1/2 sigma_fake sigma_real^1/2"));
      }
      case KID -> kid(real, fake, options, report);
      case PRECISION_RECALL -> {
        int k = options.k() == null ? PrecisionRecall.DEFAULT_K : options.k();
        PrecisionRecallResult pr = PrecisionRecall.compute(real, fake, k);
        report.value("precision", pr.precision());
        report.value("recall", pr.recall());
        report.protocol("precision_recall", ScoreReport.entries("k", k, "inside", "<="));
      }
      case DENSITY_COVERAGE -> {
        int k = options.k() == null ? DensityCoverage.DEFAULT_K : options.k();
        DensityCoverageResult dc = DensityCoverage.compute(real, fake, k);
        report.value("density", dc.density());
        report.value("coverage", dc.coverage());
        report.protocol("density_coverage", ScoreReport.entries("k", k, "inside", "<"));
      }
      default -> throw new IllegalStateException(metric + " is not a feature metric");
    }
    report.protocol("n_real", real.length);
    report.protocol("n_fake", fake.length);
  }

  private static void kid(double[][] real, double[][] fake, ScoreOptions options,
      ScoreReport report) {
    int subsets = options.kidSubsets() == null
        ? KernelInceptionDistance.DEFAULT_SUBSETS : options.kidSubsets();
    int size = options.kidSubsetSize() == null
        ? KernelInceptionDistance.DEFAULT_SUBSET_SIZE : options.kidSubsetSize();
    long seed = options.seed() == null ? DEFAULT_SEED : options.seed();
    if (size < 2) {
      throw new IllegalArgumentException("--kid-subset-size must be >= 2, found " + size);
    }
    if (Math.min(real.length, fake.length) < 2) {
      throw new IllegalArgumentException("kid needs at least 2 rows in --real and in --fake for a"
          + " subset, found " + real.length + " real and " + fake.length + " fake");
    }
    KidResult kid = KernelInceptionDistance.subsets(real, fake, subsets, size, seed);
    report.value("kid_mean", kid.mean());
    report.value("kid_std", kid.std());
    report.protocol("kid", ScoreReport.entries("subsets", subsets,
        "subset_size", Math.min(size, Math.min(real.length, fake.length)),
        "subset_size_requested", size, "seed", seed, "kernel", "(x.y / d + 1)^3, unbiased MMD^2"));
  }
}
