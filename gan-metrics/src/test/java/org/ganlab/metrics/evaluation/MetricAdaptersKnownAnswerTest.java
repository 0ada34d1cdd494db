package org.ganlab.metrics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.core.metric.MetricResources;
import org.ganlab.core.metric.ModelCapability;
import org.ganlab.core.train.NoOptions;
import org.ganlab.metrics.extract.EvaluatorExtractor;
import org.ganlab.metrics.extract.FeatureExtractor;
import org.ganlab.metrics.extract.FeatureExtractors;
import org.ganlab.metrics.extract.HeldoutCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known answers of the metric adapters as the trainer's evaluator calls them: the metrics named in
 * {@code eval.metrics}, resolved through the registry, each measuring an {@link EvaluationInput} built
 * as {@code RunEvaluator} builds it, with real data standing in for the generated samples.
 */
class MetricAdaptersKnownAnswerTest {
  private static final VariantOptionsResolver VARIANTS =
      VariantOptionsResolver.of(Map.of("v", NoOptions.class));

  private static ExperimentConfig config(String... overrides) {
    return ConfigLoader.load("name: t\nmodel: {variant: v}\n", "yaml", List.of(overrides), VARIANTS);
  }

  /** Measures the samples with every metric of the config, as the evaluator does at one step. */
  private static Map<String, Double> evaluate(ExperimentConfig config, DataSource data,
      Batch samples, Set<ModelCapability> capabilities) {
    List<Metric> metrics = MetricRegistry.load().resolve(config.eval(), data, capabilities);
    Map<String, Double> values = new LinkedHashMap<>();
    try (MetricResources resources = new MetricResources()) {
      resources.startEvaluation();
      for (Metric metric : metrics) {
        values.putAll(metric.measure(
            new EvaluationInput(samples, data, config.seed(), config.eval(), resources)).values());
      }
    }
    return values;
  }

  @Test
  void heldOutShapesAgainstThemselvesMatchTheRealData() {
    try (EvaluatorExtractor evaluator = EvaluatorExtractor.load("shapes-cnn")) {
      HeldoutCheck recorded = evaluator.metadata().heldoutCheck();
      ExperimentConfig config = config("data.source=shapes", "seed=" + evaluator.metadata().seed(),
          "eval.samples=" + recorded.n(), "eval.metrics=[fid, kid, precision_recall, "
              + "density_coverage, conditional_accuracy]");
      DataSource data = DataSources.open(config.data(), config.seed());
      Batch real = data.heldOut(config.eval().samples());

      Map<String, Double> values =
          evaluate(config, data, real, Set.of(ModelCapability.CLASS_CONDITIONAL));

      assertThat(values.get("fid")).isCloseTo(0.0, within(1e-6));
      assertThat(values.get("kid_mean"))
          .isCloseTo(kidOfASetWithItself(config, data, real), within(1e-9))
          .isLessThanOrEqualTo(0.0);
      // Every subset is the whole set, in another order: the spread is summation rounding only.
      assertThat(values.get("kid_std")).isCloseTo(0.0, within(1e-6));
      assertThat(values.get("precision")).isEqualTo(1.0);
      assertThat(values.get("recall")).isEqualTo(1.0);
      assertThat(values.get("coverage")).isEqualTo(1.0);
      assertThat(values.get("conditional_accuracy")).isEqualTo(recorded.accuracy());
    }
  }

  /**
   * The unbiased MMD² of a set with itself (every KID subset is the whole set when it has at most 1000
   * rows): {@code 2/n (mean_{i≠j} k(x_i, x_j) − mean_i k(x_i, x_i))}, a bias of order 1/n below 0,
   * here checked to be under 1% of the mean kernel value on the diagonal.
   */
  private static double kidOfASetWithItself(ExperimentConfig config, DataSource data, Batch real) {
    double[][] x;
    try (FeatureExtractor extractor = FeatureExtractors.open(config.eval().extractor(), data)) {
      x = extractor.extract(real).features();
    }
    int n = x.length;
    double offDiagonal = 0;
    double diagonal = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double k = Math.pow(dot(x[i], x[j]) / x[i].length + 1, 3);
        if (i == j) {
          diagonal += k;
        } else {
          offDiagonal += k;
        }
      }
    }
    double kid = 2.0 / n * (offDiagonal / (n * (n - 1.0)) - diagonal / n);
    assertThat(Math.abs(kid)).isLessThan(0.01 * diagonal / n);
    return kid;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /**
   * Points drawn from the true mixture cover every mode, and the share within 3σ of its centre is the
   * probability mass of the 3σ disc of a 2-D Gaussian, 1 − e^(−4.5) ≈ 0.9889, within four binomial
   * standard errors of the sample count; the mode histogram's KL divergence to uniform stays below the
   * 99.9% quantile of its chi-square approximation, {@code χ²(K − 1) / 2n}.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ring8", "grid25"})
  void pointsOfTheTrueMixtureCoverEveryModeWithTheGaussianHighQualityShare(String source) {
    ExperimentConfig config = config("data.source=" + source, "eval.metrics=[modes]");
    DataSource data = DataSources.open(config.data(), config.seed());
    int n = config.eval().samples();
    Batch drawn = data.heldOut(n);

    Map<String, Double> values = evaluate(config, data, drawn, Set.of());

    int modes = source.equals("ring8") ? 8 : 25;
    double chiSquare999 = source.equals("ring8") ? 24.322 : 51.179;
    double p = 1 - Math.exp(-4.5);
    double tolerance = 4 * Math.sqrt(p * (1 - p) / n);
    assertThat(n).isEqualTo(2500);
    assertThat(values.get("modes_covered")).isEqualTo(modes);
    assertThat(values.get("hq_fraction")).isCloseTo(p, within(tolerance));
    assertThat(values.get("kl_to_uniform")).isBetween(0.0, chiSquare999 / (2.0 * n));
  }
}
