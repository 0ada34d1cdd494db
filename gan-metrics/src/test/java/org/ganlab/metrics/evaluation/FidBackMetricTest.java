package org.ganlab.metrics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.EvalConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ShapesSource;
import org.ganlab.core.data.ShapesTranslationSource;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.core.metric.MetricResources;
import org.ganlab.core.metric.ModelCapability;
import org.ganlab.core.metric.Translation;
import org.ganlab.core.train.NoOptions;
import org.ganlab.metrics.extract.FeatureExtractor;
import org.ganlab.metrics.extract.FeatureExtractors;
import org.ganlab.metrics.feature.FrechetDistance;
import org.junit.jupiter.api.Test;

/** {@code fid_ba} on held-out shapes-translation images through the shipped shapes-cnn evaluator. */
class FidBackMetricTest {
  private static final int REFERENCE = 500;
  private static final ShapesTranslationSource DATA = new ShapesTranslationSource(28, 1, 1);
  private static final EvalConfig EVAL = ConfigLoader.load("name: t\n", "yaml",
      List.of("model.variant=v", "data.source=shapes-translation", "eval.samples=" + REFERENCE,
          "eval.metrics=[fid_ba]"),
      VariantOptionsResolver.of(Map.of("v", NoOptions.class))).eval();

  private final FidBackMetric metric = new FidBackMetric();

  @Test
  void inputsMappedBackOntoThemselvesScoreZero() {
    Batch inputs = DATA.heldOutInputs(REFERENCE);
    try (MetricResources resources = new MetricResources()) {
      Measurement measurement = measure(inputs, resources);

      assertThat(measurement.values().get("fid_ba")).isCloseTo(0, within(1e-6));
      assertThat(measurement.protocol()).containsEntry("n_real", REFERENCE)
          .containsEntry("n_fake", REFERENCE).containsEntry("generator", "raw");
    }
  }

  @Test
  void itIsTheFidOfTheMappedBackImagesAgainstTheHeldOutInputs() {
    Batch outlines = DATA.heldOut(REFERENCE);
    double expected;
    try (FeatureExtractor extractor = FeatureExtractors.open(EVAL.extractor(), DATA)) {
      expected = FrechetDistance.of(extractor.extract(DATA.heldOutInputs(REFERENCE)).features(),
          extractor.extract(outlines).features());
    }
    try (MetricResources resources = new MetricResources()) {
      Measurement measurement = measure(outlines, resources);

      assertThat(measurement.values().get("fid_ba"))
          .isGreaterThan(1).isCloseTo(expected, within(1e-9 * expected));
      int[] all = new int[REFERENCE];
      Arrays.setAll(all, i -> i);
      assertThat(measurement.resampled(all)).isEqualTo(measurement.values());
      int[] half = Arrays.copyOf(all, REFERENCE / 2);
      assertThat(measurement.resampled(half).get("fid_ba"))
          .isNotEqualTo(measurement.values().get("fid_ba"));
    }
  }

  @Test
  void onlyModelsThatMapBackMayAskForIt() {
    MetricRegistry registry = MetricRegistry.load();

    assertThat(registry.resolve(EVAL, DATA, Set.of(ModelCapability.MAPS_BACK)))
        .extracting(m -> m.name()).containsExactly("fid_ba");
    assertThatThrownBy(() -> registry.resolve(EVAL, DATA, Set.of()))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("eval.metrics"))
        .hasMessageContaining("'fid_ba'").hasMessageContaining("maps back");
    assertThat(metric.appliesTo(new ShapesSource(28, 1, 1))).isFalse();
  }

  @Test
  void anEvaluationWithoutTheWayBackIsRefusedClearly() {
    Batch inputs = DATA.heldOutInputs(4);
    Translation oneWay = new Translation(inputs, inputs, null, null, true);

    assertThatThrownBy(() -> metric.measure(
        new EvaluationInput(inputs, DATA, 1, EVAL, new MetricResources(), oneWay)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maps back");
  }

  private Measurement measure(Batch mappedBack, MetricResources resources) {
    Batch inputs = DATA.heldOutInputs(REFERENCE);
    Translation translation = new Translation(inputs, inputs, null, mappedBack, true);
    return metric.measure(new EvaluationInput(inputs, DATA, 7, EVAL, resources, translation));
  }
}
