package org.ganlab.metrics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.EvalConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.GaussianMixtureSource;
import org.ganlab.core.data.ShapesSource;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.MetricResources;
import org.ganlab.core.train.NoOptions;
import org.ganlab.metrics.extract.Extraction;
import org.ganlab.metrics.extract.FeatureExtractor;
import org.ganlab.metrics.extract.FeatureExtractors;
import org.ganlab.metrics.feature.FrechetDistance;
import org.junit.jupiter.api.Test;

/** {@code per_class_fid} on held-out shapes through the shipped shapes-cnn evaluator. */
class PerClassFidMetricTest {
  private static final int REFERENCE = 1000;
  private static final DataSource SHAPES = new ShapesSource(28, 1, 1);
  private static final EvalConfig EVAL = ConfigLoader.load("name: t\n", "yaml",
      List.of("model.variant=v", "data.source=shapes", "eval.samples=" + REFERENCE),
      VariantOptionsResolver.of(Map.of("v", NoOptions.class))).eval();

  private final PerClassFidMetric metric = new PerClassFidMetric();

  @Test
  void thereIsOneColumnPerClassAndTheirMean() {
    assertThat(metric.columns(SHAPES)).containsExactly("fid_class_0", "fid_class_1", "fid_class_2",
        "fid_class_3", "fid_class_4", "fid_class_5", "fid_class_6", "fid_class_7", "fid_class_8",
        "fid_class_9", "fid_class_mean");
    assertThat(metric.columns()).containsExactly("fid_class_mean");
  }

  @Test
  void itAppliesToLabelledImagesOnly() {
    assertThat(metric.appliesTo(SHAPES)).isTrue();
    assertThat(metric.appliesTo(GaussianMixtureSource.ring8(1))).isFalse();
  }

  @Test
  void theHeldOutSamplesAgainstThemselvesScoreZero() {
    try (MetricResources resources = new MetricResources()) {
      Map<String, Double> values = measure(SHAPES.heldOut(REFERENCE), resources).values();

      assertThat(values).hasSize(11);
      values.values().forEach(fid -> assertThat(fid).isCloseTo(0, within(1e-6)));
    }
  }

  @Test
  void eachClassIsThePlainFidOfItsSubsets() {
    Batch twice = SHAPES.heldOut(2 * REFERENCE);
    Batch generated = rows(twice, REFERENCE, 2 * REFERENCE);
    double[] expected = new double[10];
    try (FeatureExtractor extractor = FeatureExtractors.open(EVAL.extractor(), SHAPES)) {
      Extraction real = extractor.extract(SHAPES.heldOut(REFERENCE));
      Extraction fake = extractor.extract(generated);
      for (int c = 0; c < 10; c++) {
        expected[c] = FrechetDistance.of(ofClass(real.features(), twice.labels(), 0, c),
            ofClass(fake.features(), twice.labels(), REFERENCE, c));
      }
    }
    try (MetricResources resources = new MetricResources()) {
      Measurement measurement = measure(generated, resources);
      Map<String, Double> values = measurement.values();
      for (int c = 0; c < 10; c++) {
        assertThat(values.get("fid_class_" + c)).as("class %d", c)
            .isCloseTo(expected[c], within(1e-9 * expected[c])).isGreaterThan(0);
      }
      assertThat(values.get("fid_class_mean"))
          .isCloseTo(Arrays.stream(expected).average().orElseThrow(), within(1e-9));
      int[] all = new int[REFERENCE];
      Arrays.setAll(all, i -> i);
      assertThat(measurement.resampled(all)).isEqualTo(values);
      assertThat(measurement.protocol()).containsEntry("n_real", REFERENCE)
          .containsEntry("n_fake", REFERENCE);
    }
  }

  @Test
  void samplesWithoutRequestedLabelsAreRefused() {
    Batch heldOut = SHAPES.heldOut(10);
    Batch unlabelled = new Batch(heldOut.values(), null, heldOut.shape());

    try (MetricResources resources = new MetricResources()) {
      Measurement measurement = measure(unlabelled, resources);

      assertThatThrownBy(measurement::values)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("metric per_class_fid needs a conditional model: the generated samples carry"
              + " no requested labels");
    }
  }

  private Measurement measure(Batch generated, MetricResources resources) {
    return metric.measure(new EvaluationInput(generated, SHAPES, 7, EVAL, resources));
  }

  private static Batch rows(Batch batch, int from, int to) {
    int size = batch.shape().size();
    return new Batch(Arrays.copyOfRange(batch.values(), from * size, to * size),
        Arrays.copyOfRange(batch.labels(), from, to), batch.shape());
  }

  private static double[][] ofClass(double[][] features, int[] labels, int offset, int c) {
    List<double[]> picked = new ArrayList<>();
    for (int i = 0; i < features.length; i++) {
      if (labels[offset + i] == c) {
        picked.add(features[i]);
      }
    }
    return picked.toArray(double[][]::new);
  }
}
