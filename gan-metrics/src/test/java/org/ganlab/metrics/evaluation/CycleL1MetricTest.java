package org.ganlab.metrics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.data.ShapesSource;
import org.ganlab.core.data.ShapesTranslationSource;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.core.metric.Translation;
import org.junit.jupiter.api.Test;

class CycleL1MetricTest {
  private static final SampleShape SHAPE = new SampleShape(1, 1, 2);
  private static final ShapesTranslationSource DATA = new ShapesTranslationSource(28, 1, 1);

  /**
   * Image 0: |(0, 1) − (−1, 1)| / 2 = (0.5, 0), mean 0.25; image 1: |(1, 0.5) − (0.5, −0.5)| / 2 =
   * (0.25, 0.5), mean 0.375; both: 0.3125.
   */
  private static EvaluationInput input(float[] reconstructed) {
    Batch inputs = new Batch(new float[] {-1f, 1f, 0.5f, -0.5f}, null, SHAPE);
    Batch recon = reconstructed == null ? null : new Batch(reconstructed, null, SHAPE);
    Translation translation = new Translation(inputs, inputs, recon, null, false);
    return new EvaluationInput(inputs, DATA, 1, null, null, translation);
  }

  @Test
  void meanAbsoluteReconstructionErrorOnTheUnitScale() {
    Measurement measurement = new CycleL1Metric().measure(input(new float[] {0f, 1f, 1f, 0.5f}));

    assertThat(measurement.values().get("cycle_l1")).isCloseTo(0.3125, within(1e-9));
    assertThat(measurement.resampled(new int[] {1, 1}).get("cycle_l1")).isCloseTo(0.375, within(1e-9));
    assertThat(measurement.resampled(new int[] {0, 0}).get("cycle_l1")).isCloseTo(0.25, within(1e-9));
    assertThat(measurement.protocol()).containsEntry("n_fake", 2);
  }

  @Test
  void aPerfectReconstructionScoresZero() {
    Measurement measurement = new CycleL1Metric().measure(input(new float[] {-1f, 1f, 0.5f, -0.5f}));

    assertThat(measurement.values().get("cycle_l1")).isZero();
  }

  @Test
  void aModelWithoutAWayBackIsRefusedClearly() {
    assertThatThrownBy(() -> new CycleL1Metric().measure(input(null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cycle_l1").hasMessageContaining("maps back");
    EvaluationInput generative = new EvaluationInput(
        new Batch(new float[2], null, SHAPE), DATA, 1, null, null);
    assertThatThrownBy(() -> new CycleL1Metric().measure(generative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a translation model");
  }

  @Test
  void itAppliesToTranslationSourcesOnlyAndIsRegistered() {
    assertThat(new CycleL1Metric().appliesTo(DATA)).isTrue();
    assertThat(new CycleL1Metric().appliesTo(new ShapesSource(28, 1, 1))).isFalse();
    assertThat(MetricRegistry.load().names()).contains("cycle_l1");
    assertThat(new CycleL1Metric().columns()).isEqualTo(List.of("cycle_l1"));
  }
}
