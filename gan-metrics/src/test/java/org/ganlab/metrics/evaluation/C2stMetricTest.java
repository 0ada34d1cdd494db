package org.ganlab.metrics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.data.GaussianMixture;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.core.metric.MetricResources;
import org.ganlab.core.train.NoOptions;
import org.junit.jupiter.api.Test;

/**
 * Known answers of {@code c2st} as the trainer's evaluator calls it (resolved from
 * {@code eval.metrics} through the registry): an independent draw of the training data is within four
 * binomial standard errors of 0.5 on points, evaluator features and raw pixels, and a ring collapsed
 * to one of its eight modes is told apart on all but the real points of that mode, 15/16.
 */
class C2stMetricTest {
  private static final VariantOptionsResolver VARIANTS =
      VariantOptionsResolver.of(Map.of("v", NoOptions.class));

  private static ExperimentConfig config(String... overrides) {
    return ConfigLoader.load("name: t\nmodel: {variant: v}\n", "yaml", List.of(overrides), VARIANTS);
  }

  private static Measurement measure(ExperimentConfig config, DataSource data, Batch samples) {
    List<Metric> metrics = MetricRegistry.load().resolve(config.eval(), data);
    assertThat(metrics).extracting(Metric::name).containsExactly("c2st");
    try (MetricResources resources = new MetricResources()) {
      resources.startEvaluation();
      Measurement measurement = metrics.get(0).measure(
          new EvaluationInput(samples, data, config.seed(), config.eval(), resources));
      measurement.values();
      return measurement;
    }
  }

  /** Four binomial standard errors of a held-out accuracy of 0.5 on the measurement's test split. */
  private static double nullBound(Measurement measurement) {
    int testRows = 2 * (Integer) measurement.protocol().get("test_per_class");
    return 4 * Math.sqrt(0.25 / testRows);
  }

  @Test
  void anIndependentDrawOfTheRingIsIndistinguishable() {
    ExperimentConfig config = config("data.source=ring8", "eval.metrics=[c2st]");
    DataSource data = DataSources.open(config.data(), config.seed());
    int n = config.eval().samples();

    Measurement measurement = measure(config, data, data.trainBatch(0, n));

    assertThat(measurement.protocol()).containsEntry("representation", "points")
        .containsEntry("test_per_class", 1250).containsEntry("k", 25)
        .containsEntry("seed", config.seed());
    assertThat(nullBound(measurement)).isCloseTo(0.04, within(1e-12));
    assertThat(measurement.values().get("c2st")).isCloseTo(0.5, within(nullBound(measurement)));
  }

  /**
   * All generated points at mode 0: every generated held-out point and every real one of the other
   * seven modes is classified right, the real points of mode 0 (1/8 of them) are outvoted by the
   * generated ones around them, so the accuracy is {@code (1 + 7/8) / 2 = 15/16}; the share of real
   * held-out points in mode 0 is binomial, {@code 4 · 0.5 · sqrt(7/64 / 1250) < 0.02}.
   */
  @Test
  void aRingCollapsedToOneModeIsToldApartEverywhereElse() {
    ExperimentConfig config = config("data.source=ring8", "eval.metrics=[c2st]");
    DataSource data = DataSources.open(config.data(), config.seed());
    GaussianMixture ring = (GaussianMixture) data;
    int n = config.eval().samples();
    float[] collapsed = new float[2 * n];
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < collapsed.length; i++) {
      collapsed[i] = (float) (ring.centres()[0][i % 2] + ring.sigma() * gaussian(random));
    }

    Measurement measurement = measure(config, data, new Batch(collapsed, null, data.shape()));

    assertThat(measurement.values().get("c2st")).isCloseTo(15.0 / 16, within(0.02));
  }

  @Test
  void heldOutFashionMnistFeaturesAgainstTrainingImagesAreIndistinguishable() {
    ExperimentConfig config =
        config("data.source=fashion-mnist", "eval.samples=600", "eval.metrics=[c2st]");
    DataSource data = DataSources.open(config.data(), config.seed());

    Measurement measurement = measure(config, data, data.trainBatch(0, 600));

    assertThat(measurement.protocol()).containsEntry("representation", "features")
        .containsEntry("extractor", "fashion-mnist-cnn").containsEntry("n_real", 600)
        .containsEntry("test_per_class", 300).containsEntry("k", 13);
    assertThat(measurement.values().get("c2st")).isCloseTo(0.5, within(nullBound(measurement)));
  }

  @Test
  void imagesWithoutAnEvaluatorAreComparedAsPixels() {
    ExperimentConfig config = config("data.source=idx", "data.path=/usr/share/datasets/fashion-mnist",
        "eval.samples=600", "eval.metrics=[c2st]");
    DataSource data = DataSources.open(config.data(), config.seed());

    Measurement measurement = measure(config, data, data.trainBatch(0, 600));

    assertThat(measurement.protocol()).containsEntry("representation", "pixels")
        .doesNotContainKey("extractor").containsEntry("test_per_class", 300);
    assertThat(measurement.values().get("c2st")).isCloseTo(0.5, within(nullBound(measurement)));
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
