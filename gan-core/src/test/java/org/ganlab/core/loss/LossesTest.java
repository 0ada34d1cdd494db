package org.ganlab.core.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.LossConfig;
import org.ganlab.core.config.PenaltyConfig;
import org.junit.jupiter.api.Test;

/** The factory, the penalty term helper and weight clipping. */
class LossesTest {

  @Test
  void everyLossNameResolvesToALossOfThatName() {
    for (String type : Losses.LOSS_TYPES) {
      assertThat(Losses.adversarial(config(type, "none")).name()).isEqualTo(type);
    }
    assertThat(Losses.adversarial(config("wasserstein-gp", "gp"))).isInstanceOf(WassersteinLoss.class);
  }

  @Test
  void penaltyNamesResolve() {
    assertThat(Losses.penalty(config("hinge", "none"))).isNull();
    assertThat(Losses.penalty(config("wasserstein", "gp"))).isInstanceOf(WganGradientPenalty.class);
    assertThat(Losses.penalty(config("hinge", "r1")).name()).isEqualTo("r1");
  }

  @Test
  void unknownNamesNameTheFieldAndTheChoices() {
    assertThatThrownBy(() -> Losses.adversarial(config("wgan", "none")))
        .isInstanceOfSatisfying(
            ConfigException.class, e -> assertThat(e.field()).isEqualTo("loss.type"))
        .hasMessageContaining("loss.type")
        .hasMessageContaining("wgan")
        .hasMessageContaining("non-saturating");
    assertThatThrownBy(() -> Losses.penalty(config("hinge", "r2")))
        .isInstanceOfSatisfying(
            ConfigException.class, e -> assertThat(e.field()).isEqualTo("loss.penalty.type"))
        .hasMessageContaining("r2")
        .hasMessageContaining("gp");
  }

  @Test
  void withPenaltyInsertsTheWeightedTermBeforeTotalAndAddsIt() {
    try (NDManager manager = NDManager.newBaseManager()) {
      LossTerms d = LossTerms.discriminator(manager.create(0.25f), manager.create(0.5f));
      LossTerms withPenalty = Losses.withPenalty(d, manager.create(0.5f), 4.0);
      assertThat(withPenalty.terms().keySet())
          .containsExactly("d_real", "d_fake", "d_penalty", "d_loss");
      assertThat(withPenalty.values().get("d_penalty")).isCloseTo(2.0, within(1e-6));
      assertThat(withPenalty.values().get("d_loss")).isCloseTo(2.75, within(1e-6));
      assertThat(d.values().get("d_loss")).isCloseTo(0.75, within(1e-6));
    }
  }

  @Test
  void weightClippingClampsInPlaceAndKeepsLeaves() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray a = manager.create(new float[] {-0.5f, 0.005f, 0.2f});
      NDArray b = manager.create(new float[] {0.01f, -0.02f});
      a.setRequiresGradient(true);
      WeightClipping.clip(List.of(a, b), 0.01);
      assertThat(a.toFloatArray()).containsExactly(new float[] {-0.01f, 0.005f, 0.01f}, within(1e-7f));
      assertThat(b.toFloatArray()).containsExactly(new float[] {0.01f, -0.01f}, within(1e-7f));
      assertThat(a.hasGradient()).isTrue();
      assertThatThrownBy(() -> WeightClipping.clip(List.of(a), 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static LossConfig config(String type, String penalty) {
    return new LossConfig(type, 0, new PenaltyConfig(penalty, 10));
  }
}
