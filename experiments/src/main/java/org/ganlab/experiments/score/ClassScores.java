package org.ganlab.experiments.score;

import org.ganlab.metrics.classes.ClassDistribution;
import org.ganlab.metrics.classes.InceptionScore;
import org.ganlab.metrics.classes.InceptionScoreResult;
import org.ganlab.metrics.extract.Extraction;

/**
 * Inception Score (from {@code --logits}, {@code --probs}, or the extractor's probabilities of
 * {@code --fake} images) over {@value InceptionScore#DEFAULT_SPLITS} contiguous splits by default, and
 * class coverage with KL to a reference distribution (from {@code --labels}, or the extractor's
 * most probable class of each {@code --fake} image), uniform unless {@code --reference} is given.
 */
final class ClassScores {

  private ClassScores() {}

  /**
   * Checks that a classifier metric has its inputs.
   *
   * @param metric is or class_coverage
   * @param options the command's options
   * @throws IllegalArgumentException naming the missing or conflicting options
   */
  static void checkInputs(MetricName metric, ScoreOptions options) {
    boolean images = options.fake() != null && options.extractor() != null;
    if (metric == MetricName.IS) {
      if (options.logits() != null && options.probs() != null) {
        throw new IllegalArgumentException("metric is takes --logits or --probs, not both");
      }
      if (options.logits() == null && options.probs() == null && !images) {
        throw new IllegalArgumentException("metric is needs --logits or --probs (or --fake images"
            + " with a classifier --extractor)");
      }
    } else if (options.labels() == null && !images) {
      throw new IllegalArgumentException("metric class_coverage needs --labels and --num-classes"
          + " (or --fake images with a classifier --extractor)");
    } else if (options.labels() != null && options.numClasses() == null) {
      throw new IllegalArgumentException("metric class_coverage needs --num-classes with --labels");
    }
  }

  /**
   * Computes one classifier metric and records its values and protocol.
   *
   * @param metric is or class_coverage
   * @param inputs the inputs of this call
   * @param options the command's options
   * @param report where values and protocol go
   * @throws IllegalArgumentException for inputs the metric refuses
   */
  static void score(MetricName metric, ScoreInputs inputs, ScoreOptions options,
      ScoreReport report) {
    if (metric == MetricName.IS) {
      inceptionScore(inputs, options, report);
    } else {
      classCoverage(inputs, options, report);
    }
  }

  private static void inceptionScore(ScoreInputs inputs, ScoreOptions options, ScoreReport report) {
    int splits = options.splits() == null ? InceptionScore.DEFAULT_SPLITS : options.splits();
    InceptionScoreResult score;
    String source;
    int n;
    if (options.logits() != null) {
      double[][] logits = inputs.matrix("--logits", options.logits());
      score = InceptionScore.fromLogits(logits, splits);
      source = "logits";
      n = logits.length;
    } else {
      double[][] probs = options.probs() != null
          ? inputs.matrix("--probs", options.probs()) : extractedProbabilities(inputs, options);
      score = InceptionScore.fromProbabilities(probs, splits);
      source = options.probs() != null ? "probs" : "extractor";
      n = probs.length;
    }
    report.value("is_mean", score.mean());
    report.value("is_std", score.std());
    report.protocol("is", ScoreReport.entries("splits", splits, "input", source,
        "split_bounds", "[i*N/splits, (i+1)*N/splits)"));
    report.protocol("n_fake", n);
  }

  private static void classCoverage(ScoreInputs inputs, ScoreOptions options, ScoreReport report) {
    int[] labels;
    int numClasses;
    if (options.labels() != null) {
      labels = inputs.labels("--labels", options.labels());
      numClasses = options.numClasses();
    } else {
      labels = argmax(extractedProbabilities(inputs, options));
      numClasses = inputs.extractor().numClasses();
      if (options.numClasses() != null && options.numClasses() != numClasses) {
        throw new IllegalArgumentException("--num-classes " + options.numClasses()
            + " differs from the " + numClasses + " classes of extractor "
            + inputs.extractor().identity().name());
      }
    }
    ClassDistribution distribution = ClassDistribution.of(labels, numClasses);
    double kl = options.reference() == null ? distribution.klToUniform()
        : distribution.klTo(inputs.reference("--reference", options.reference()));
    report.value("classes_covered", distribution.classesCovered());
    report.value("kl_to_reference", kl);
    report.protocol("class_coverage", ScoreReport.entries("num_classes", numClasses,
        "reference", options.reference() == null ? "uniform" : "file", "min_count", 1,
        "kl", "KL(p_gen || p_ref), natural log"));
    report.protocol("n_fake", labels.length);
  }

  private static double[][] extractedProbabilities(ScoreInputs inputs, ScoreOptions options) {
    Extraction extraction = inputs.extraction("--fake", options.fake());
    if (extraction.probabilities() == null) {
      throw new IllegalArgumentException("extractor " + inputs.extractor().identity().name()
          + " gives no class probabilities; is and class_coverage need a classifier");
    }
    return extraction.probabilities();
  }

  private static int[] argmax(double[][] probabilities) {
    int[] labels = new int[probabilities.length];
    for (int i = 0; i < labels.length; i++) {
      for (int k = 1; k < probabilities[i].length; k++) {
        if (probabilities[i][k] > probabilities[i][labels[i]]) {
          labels[i] = k;
        }
      }
    }
    return labels;
  }
}
