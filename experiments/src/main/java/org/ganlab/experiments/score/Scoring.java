package org.ganlab.experiments.score;

import java.util.function.Function;
import org.ganlab.core.config.ExtractorConfig;
import org.ganlab.core.train.Trainer;
import org.ganlab.metrics.extract.ExtractorIdentity;
import org.ganlab.metrics.extract.FeatureExtractor;

/**
 * Computes the metrics {@code ganlab score} was asked for from files: checks that the options fit the
 * metrics before reading anything, reads each input once, and collects values and protocol in one
 * {@link ScoreReport}.
 */
public final class Scoring {

  private Scoring() {}

  /**
   * Scores the inputs.
   *
   * @param options what to compute and from which files
   * @param opener opens the feature extractor for image inputs (the CLI passes
   *     {@code FeatureExtractors::open})
   * @return metric values and protocol
   * @throws IllegalArgumentException for options that do not fit the metrics, a missing input, or
   *     input a reader or metric refuses; the message names the option and the problem
   */
  public static ScoreReport run(ScoreOptions options,
      Function<ExtractorConfig, FeatureExtractor> opener) {
    options.checkApplicable();
    for (MetricName metric : options.metrics()) {
      checkInputs(metric, options);
    }
    ScoreReport report = new ScoreReport();
    report.protocol("schema_version", ScoreReport.SCHEMA_VERSION);
    report.protocol("ganlab_version", Trainer.version());
    report.protocol("metrics", options.metrics().stream().map(MetricName::cliName).toList());
    try (ScoreInputs inputs = new ScoreInputs(options, opener)) {
      for (MetricName metric : options.metrics()) {
        score(metric, inputs, options, report);
      }
      if (inputs.extractorUsed()) {
        report.protocol("extractor", extractorProtocol(options.extractor(),
            inputs.extractor().identity()));
      }
      if (inputs.records().values().stream().anyMatch(r -> r.format().startsWith("pixel-"))) {
        report.protocol("scale", options.pixelScale());
      }
      report.protocol("inputs", inputs.records());
    }
    return report;
  }

  private static void checkInputs(MetricName metric, ScoreOptions options) {
    switch (metric) {
      case FID, KID, PRECISION_RECALL, DENSITY_COVERAGE -> FeatureScores.checkInputs(metric, options);
      case IS, CLASS_COVERAGE -> ClassScores.checkInputs(metric, options);
      case MODES -> ModeScores.checkInputs(options);
      case PSNR, SSIM -> ImageQualityScores.checkInputs(metric, options);
      case C2ST -> C2stScores.checkInputs(options);
    }
  }

  private static void score(MetricName metric, ScoreInputs inputs, ScoreOptions options,
      ScoreReport report) {
    switch (metric) {
      case FID, KID, PRECISION_RECALL, DENSITY_COVERAGE ->
          FeatureScores.score(metric, inputs, options, report);
      case IS, CLASS_COVERAGE -> ClassScores.score(metric, inputs, options, report);
      case MODES -> ModeScores.score(inputs, options, report);
      case PSNR, SSIM -> ImageQualityScores.score(metric, inputs, options, report);
      case C2ST -> C2stScores.score(inputs, options, report);
    }
  }

  private static Object extractorProtocol(ExtractorConfig config, ExtractorIdentity identity) {
    if (!config.type().equals("torchscript")) {
      return ScoreReport.entries("type", config.type(), "name", identity.name(),
          "sha256", identity.sha256());
    }
    return ScoreReport.entries("type", config.type(), "name", identity.name(),
        "sha256", identity.sha256(), "path", config.path(), "input_size", config.inputSize(),
        "input_channels", config.inputChannels(), "mean", config.mean(), "std", config.std());
  }
}
