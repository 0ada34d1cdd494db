package org.ganlab.experiments.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The bar grammar: each form's threshold computed by hand, the operators, and malformed bars. */
class BarRuleTest {
  private static final Map<String, Double> METRICS = Map.of("psnr_baseline", 19.22, "l1_baseline", 0.0494);

  @Test
  void aNumberIsItsOwnThreshold() {
    BarRule rule = BarRule.parse(">= 6");

    assertThat(rule.threshold(OptionalDouble.empty(), METRICS).getAsDouble()).isEqualTo(6.0);
    assertThat(rule.holds(6, 6)).isTrue();
    assertThat(rule.holds(5.999, 6)).isFalse();
  }

  @Test
  void theStatedFigureMinusATolerance() {
    BarRule rule = BarRule.parse(">= stated - 0.3");

    assertThat(rule.readsStated()).isTrue();
    assertThat(rule.threshold(OptionalDouble.of(22.4), METRICS).getAsDouble())
        .isCloseTo(22.1, within(1e-12));
  }

  @Test
  void aFactorTimesAnotherColumnOfTheRun() {
    BarRule rule = BarRule.parse("<= 0.5 * l1_baseline");

    assertThat(rule.threshold(OptionalDouble.empty(), METRICS).getAsDouble())
        .isCloseTo(0.0247, within(1e-12));
    assertThat(rule.holds(0.0230, 0.0247)).isTrue();
    assertThat(rule.holds(0.0250, 0.0247)).isFalse();
  }

  @Test
  void aColumnPlusAMargin() {
    BarRule rule = BarRule.parse("> psnr_baseline + 1.5");

    assertThat(rule.threshold(OptionalDouble.empty(), METRICS).getAsDouble())
        .isCloseTo(20.72, within(1e-12));
    assertThat(rule.holds(20.72, 20.72)).isFalse();
    assertThat(rule.holds(20.73, 20.72)).isTrue();
  }

  @Test
  void strictAndNonStrictUpperBounds() {
    assertThat(BarRule.parse("< 1").holds(1, 1)).isFalse();
    assertThat(BarRule.parse("<= 1").holds(1, 1)).isTrue();
    assertThat(BarRule.parse("<= 1").holds(Double.NaN, 1)).isFalse();
    assertThat(BarRule.parse(">= 1").holds(Double.NaN, 1)).isFalse();
  }

  @Test
  void aBarReadingAnUnstatedFigureHasNoThresholdYet() {
    assertThat(BarRule.parse("<= 1.25 * stated").threshold(OptionalDouble.empty(), METRICS))
        .isEmpty();
  }

  @Test
  void aBarReadingAColumnTheRunLacksIsAnError() {
    assertThatThrownBy(() -> BarRule.parse("> ssim_baseline").threshold(OptionalDouble.empty(), METRICS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ssim_baseline");
  }

  @Test
  void malformedBarsNameTheAllowedForms() {
    for (String text : new String[] {"6", "=> 6", ">= stated * 1.25 + 1", ">= stated + x", ">="}) {
      assertThatThrownBy(() -> BarRule.parse(text)).as(text)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OP TERM");
    }
  }
}
