package org.ganlab.stylegan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.loss.PenaltyInput;
import org.ganlab.core.loss.R1Penalty;
import org.ganlab.core.train.Contest;
import org.ganlab.core.train.PhaseContext;
import org.junit.jupiter.api.Test;

/**
 * The lazy R1 pass on a discriminator whose input gradient is known by hand: D(x) = Σ x², so ∇D = 2x
 * and ‖∇D(x)‖² = 4·Σ x².
 */
class LazyPenaltyPhaseTest {
  private static final UnaryOperator<NDArray> SQUARES =
      x -> x.square().sum(new int[] {1}).reshape(-1, 1);

  @Test
  void lazyPenaltyIsTheEagerPenaltyTimesTheInterval() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray real = manager.create(new float[] {1, 2, 3, 0}, new Shape(2, 2));
      NDArray fake = manager.zeros(new Shape(2, 2));
      LazyPenaltyPhase phase = new LazyPenaltyPhase(new R1Penalty(), 0.5, 16,
          context -> Contest.of(real, fake, SQUARES));

      LossTerms terms = phase.loss(new PhaseContext(manager, 0, real, null, null, null, null,
          new SplittableRandom(1)));
      double eager = 0.5 * new R1Penalty().compute(
          new PenaltyInput(SQUARES, real, fake, new SplittableRandom(1))).getFloat();

      // ‖∇D‖² = 4·(1 + 4) = 20 and 4·9 = 36: mean 28; weight 0.5 gives 14, × 16 gives 224.
      assertThat(eager).isCloseTo(14.0, within(1e-4));
      assertThat(terms.values().get(LazyPenaltyPhase.PENALTY)).isCloseTo(eager, within(1e-4));
      assertThat(terms.values().get(LazyPenaltyPhase.LOSS)).isCloseTo(16 * eager, within(1e-3));
      assertThat(terms.totalName()).isEqualTo(LazyPenaltyPhase.LOSS);
    }
  }

  @Test
  void runsEveryIntervalStepsOnTheDiscriminatorsOptimizerWithTheAdjustedRatio() {
    LazyPenaltyPhase phase = new LazyPenaltyPhase(new R1Penalty(), 1, 16, context -> null);

    assertThat(phase.activeAt(0)).isFalse();
    assertThat(phase.activeAt(5)).isFalse();
    assertThat(phase.activeAt(15)).isTrue();
    assertThat(phase.activeAt(16)).isFalse();
    assertThat(phase.activeAt(31)).isTrue();
    assertThat(phase.optimizer()).isEqualTo("d");
    assertThat(phase.lazyRatio()).isCloseTo(16.0 / 17, within(1e-15));
    assertThat(LazyPenaltyPhase.ratio(1)).isEqualTo(0.5);
  }
}
