package org.ganlab.experiments.score;

import java.util.List;
import org.ganlab.core.data.GaussianMixture;
import org.ganlab.core.data.GaussianMixtureSource;
import org.ganlab.metrics.modes.ModeDiagnostics;
import org.ganlab.metrics.modes.ModeReport;

/**
 * Mode coverage of generated 2-D points ({@code --fake}, two columns) on the training mixtures
 * {@code ring8} and {@code grid25}, with the centres and σ of ganlab's own data sources: a point is
 * high-quality when within {@code 3σ} (strict) of its nearest centre, a mode is covered by at least one
 * high-quality point (VEEGAN / PacGAN).
 */
final class ModeScores {
  /** The mixtures that can be scored. */
  static final List<String> DATASETS = List.of("ring8", "grid25");

  private ModeScores() {}

  /**
   * Checks that the modes metric has its inputs.
   *
   * @param options the command's options
   * @throws IllegalArgumentException naming the missing option or an unknown dataset
   */
  static void checkInputs(ScoreOptions options) {
    if (options.fake() == null || options.dataset() == null) {
      throw new IllegalArgumentException("metric modes needs --fake (2-D points) and --dataset "
          + String.join("|", DATASETS));
    }
    if (!DATASETS.contains(options.dataset())) {
      throw new IllegalArgumentException("--dataset must be one of " + DATASETS + ", found '"
          + options.dataset() + "'");
    }
  }

  /**
   * Computes mode coverage and records its values and protocol.
   *
   * @param inputs the inputs of this call
   * @param options the command's options
   * @param report where values and protocol go
   * @throws IllegalArgumentException when the points do not have two columns
   */
  static void score(ScoreInputs inputs, ScoreOptions options, ScoreReport report) {
    double[][] points = inputs.matrix("--fake", options.fake());
    if (points[0].length != 2) {
      throw new IllegalArgumentException("--fake " + options.fake() + ": has " + points[0].length
          + " columns; modes needs 2-D points (x,y per row)");
    }
    GaussianMixture mixture = options.dataset().equals("ring8")
        ? GaussianMixtureSource.ring8(0) : GaussianMixtureSource.grid25(0);
    float[] flat = new float[2 * points.length];
    for (int i = 0; i < points.length; i++) {
      flat[2 * i] = (float) points[i][0];
      flat[2 * i + 1] = (float) points[i][1];
    }
    ModeReport modes = ModeDiagnostics.measure(flat, mixture.centres(), mixture.sigma(), 1);
    report.value("modes_covered", modes.modesCovered());
    report.value("hq_fraction", modes.highQualityFraction());
    report.protocol("modes", ScoreReport.entries("dataset", options.dataset(),
        "modes", mixture.centres().length, "sigma", mixture.sigma(),
        "high_quality", "distance to nearest centre < 3 sigma", "min_count", 1,
        "points", "float32"));
    report.protocol("n_fake", points.length);
  }
}
