package org.ganlab.experiments.score;

import org.ganlab.core.config.ExtractorConfig;
import org.ganlab.metrics.extract.FeatureExtractor;

/**
 * Opens the feature extractor that turns image inputs into features and class probabilities for
 * {@code ganlab score}: {@code shapes-cnn}, {@code fashion-mnist-cnn} (ganlab's evaluator CNNs) or
 * {@code torchscript} (a user's TorchScript file, {@link ExtractorConfig#path()}).
 *
 * <p>This is the one place where {@code ganlab score} meets the concrete extractors. None is part of
 * this build yet, so every type is refused with an {@link IllegalArgumentException} (exit code 2).
 */
public final class ExtractorOpener {

  private ExtractorOpener() {}

  /**
   * Opens an extractor.
   *
   * @param config type, TorchScript path and input settings, from the command line
   * @return the open extractor; the caller closes it
   * @throws IllegalArgumentException when the extractor cannot be opened; for now always, with
   *     "extractor TYPE is not available"
   */
  public static FeatureExtractor open(ExtractorConfig config) {
    throw new IllegalArgumentException("extractor " + config.type()
        + " is not available in this build of ganlab");
  }
}
