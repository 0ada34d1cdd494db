package org.ganlab.metrics.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassDistributionTest {

  @Test
  void countsCoverageAndKl() {
    ClassDistribution d = ClassDistribution.of(new int[] {0, 0, 1, 3}, 4);
    assertThat(d.counts()).containsExactly(2, 1, 0, 1);
    assertThat(d.proportions()).containsExactly(0.5, 0.25, 0, 0.25);
    assertThat(d.classesCovered()).isEqualTo(3);
    assertThat(d.classesCovered(2)).isEqualTo(1);
    double expected = 0.5 * Math.log(2) + 2 * 0.25 * Math.log(1);
    assertThat(d.klToUniform()).isCloseTo(expected, within(1e-15));
    assertThat(d.klTo(new double[] {0.25, 0.25, 0.25, 0.25})).isCloseTo(expected, within(1e-15));
  }

  @Test
  void klToReferenceMatchesHandValueAndIsInfiniteOffSupport() {
    ClassDistribution d = ClassDistribution.of(new int[] {0, 1, 1, 1}, 2);
    double expected = 0.25 * Math.log(0.25 / 0.5) + 0.75 * Math.log(0.75 / 0.5);
    assertThat(d.klTo(new double[] {0.5, 0.5})).isCloseTo(expected, within(1e-15));
    assertThat(ClassDistribution.of(new int[] {1}, 2).klTo(new double[] {0, 1})).isZero();
    assertThat(d.klTo(new double[] {0, 1})).isInfinite();
    assertThat(ClassDistribution.of(new int[] {0, 1}, 2).klToUniform()).isZero();
  }

  @Test
  void rejectsBadInputWithClearMessages() {
    assertThatThrownBy(() -> ClassDistribution.of(new int[] {0, 10}, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("labels[1] must be in [0, 10), found 10");
    assertThatThrownBy(() -> ClassDistribution.of(new int[0], 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("labels must not be empty");
    ClassDistribution d = ClassDistribution.of(new int[] {0}, 2);
    assertThatThrownBy(() -> d.klTo(new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference must have 2 entries, found 1");
    assertThatThrownBy(() -> d.klTo(new double[] {0.5, 0.6}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("probabilities row 0 sums to 1.1");
    assertThatThrownBy(() -> d.classesCovered(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minCount must be >= 1, found 0");
  }

  @Test
  void conditionalAccuracyIsTheShareOfMatches() {
    assertThat(ConditionalAccuracy.of(new int[] {1, 2, 3, 4}, new int[] {1, 0, 3, 0})).isEqualTo(0.5);
    assertThatThrownBy(() -> ConditionalAccuracy.of(new int[] {1}, new int[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("predicted has 1 labels but requested has 2");
    assertThatThrownBy(() -> ConditionalAccuracy.of(new int[0], new int[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("predicted and requested labels must not be empty");
  }
}
