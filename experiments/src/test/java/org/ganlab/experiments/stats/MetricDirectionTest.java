package org.ganlab.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricDirectionTest {

  @ParameterizedTest
  @ValueSource(strings = {"fid", "fid_class_mean", "kid_mean", "kl_to_uniform", "jsd_to_uniform",
      "kl_to_reference"})
  void distancesAreLowerIsBetter(String column) {
    assertThat(MetricDirection.of(column)).contains(MetricDirection.LOWER_IS_BETTER);
    assertThat(MetricDirection.of(column).orElseThrow().higherIsBetter()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"precision", "recall", "density", "coverage", "is_mean", "modes_covered",
      "hq_fraction", "classes_covered", "conditional_accuracy", "psnr", "ssim"})
  void scoresAreHigherIsBetter(String column) {
    assertThat(MetricDirection.of(column)).contains(MetricDirection.HIGHER_IS_BETTER);
    assertThat(MetricDirection.of(column).orElseThrow().higherIsBetter()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"d_loss", "g_loss", "d_real", "d_fake", "lr_g", "kid_std", "is_std", "FID",
      "step", ""})
  void otherColumnsAreNotRanked(String column) {
    assertThat(MetricDirection.of(column)).isEmpty();
  }
}
