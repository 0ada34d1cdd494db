package org.ganlab.experiments.score;

import org.ganlab.metrics.image.Images;
import org.ganlab.metrics.image.Psnr;
import org.ganlab.metrics.image.Ssim;

/**
 * PSNR and SSIM of paired images: {@code --real} image i against {@code --fake} image i, both in
 * [0, 1] (pixel rows divided by {@code --scale}). PSNR is the mean of the per-image values (+∞ when a
 * pair is identical); SSIM uses Wang et al.'s Gaussian window and population covariances.
 */
final class ImageQualityScores {

  private ImageQualityScores() {}

  /**
   * Checks that an image-quality metric has both inputs.
   *
   * @param metric psnr or ssim
   * @param options the command's options
   * @throws IllegalArgumentException naming the missing options
   */
  static void checkInputs(MetricName metric, ScoreOptions options) {
    if (options.real() == null || options.fake() == null) {
      throw new IllegalArgumentException("metric " + metric.cliName() + " needs --real and --fake"
          + " (paired images: folders, IDX files, or pixel rows with --shape and --scale)");
    }
  }

  /**
   * Computes PSNR or SSIM and records its value and protocol.
   *
   * @param metric psnr or ssim
   * @param inputs the inputs of this call
   * @param options the command's options
   * @param report where values and protocol go
   * @throws IllegalArgumentException when the image sets differ in shape or are too small for SSIM
   */
  static void score(MetricName metric, ScoreInputs inputs, ScoreOptions options,
      ScoreReport report) {
    Images real = inputs.images("--real", options.real()).toImages();
    Images fake = inputs.images("--fake", options.fake()).toImages();
    if (metric == MetricName.PSNR) {
      report.value("psnr", Psnr.mean(real, fake));
      report.protocol("psnr", ScoreReport.entries("peak", 1.0, "reduction", "mean of per-image dB"));
    } else {
      report.value("ssim", Ssim.mean(real, fake));
      report.protocol("ssim", ScoreReport.entries("window", "gaussian 11 taps, sigma 1.5",
          "k1", 0.01, "k2", 0.03, "covariance", "population", "region", "valid"));
    }
    report.protocol("n_real", real.count());
    report.protocol("n_fake", fake.count());
  }
}
