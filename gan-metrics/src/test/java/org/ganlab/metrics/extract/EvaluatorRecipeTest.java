package org.ganlab.metrics.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluatorRecipeTest {

  @Test
  void rejectsNonPositiveCountsAndRates() {
    assertThatThrownBy(() -> new EvaluatorRecipe(EvaluatorDataset.SHAPES, 1, 0, 64, 1e-3, 1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--steps must be >= 1, found 0");
    assertThatThrownBy(() -> new EvaluatorRecipe(EvaluatorDataset.SHAPES, 1, 5, 64, -1, 1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--lr must be a finite number > 0, found -1.0");
  }

  @Test
  void datasetsAreFoundBySourceAndEvaluatorName() {
    assertThat(EvaluatorDataset.bySource("fashion-mnist")).isEqualTo(EvaluatorDataset.FASHION_MNIST);
    assertThat(EvaluatorDataset.byEvaluatorName("shapes-cnn")).isEqualTo(EvaluatorDataset.SHAPES);
    assertThatThrownBy(() -> EvaluatorDataset.bySource("ring8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--data must be one of [shapes, fashion-mnist], found ring8");
  }

  @Test
  void learningRateFollowsAHalfCosineToZero() {
    EvaluatorTrainer trainer = new EvaluatorTrainer(
        new EvaluatorRecipe(EvaluatorDataset.SHAPES, 1, 4, 8, 0.002, 1, 10), (a, b, c, d, e) -> { }, 1);

    assertThat(trainer.learningRate(0)).isEqualTo(0.002);
    assertThat(trainer.learningRate(2)).isCloseTo(0.001, within(1e-15));
    assertThat(trainer.learningRate(3)).isCloseTo(0.002 * (1 + Math.cos(0.75 * Math.PI)) / 2,
        within(1e-15));
  }
}
