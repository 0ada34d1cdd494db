package org.ganlab.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Known answers of {@link Numbers}. */
class NumbersTest {

  @Test
  void meanIsRoundedToTheDecimalOfTheHalfWidthsSecondSignificantDigit() {
    assertThat(Numbers.plusMinus(2.0, 2.4841377)).isEqualTo("2.0 ± 2.5");
    assertThat(Numbers.plusMinus(12.3456, 0.0789)).isEqualTo("12.346 ± 0.079");
    assertThat(Numbers.plusMinus(0.5, 0.0996)).isEqualTo("0.50 ± 0.10");
    assertThat(Numbers.plusMinus(12345.678, 1234)).isEqualTo("12346 ± 1200");
    assertThat(Numbers.plusMinus(-0.01234, 0.00051)).isEqualTo("-0.01234 ± 0.00051");
  }

  @Test
  void withoutAnIntervalTheMeanHasFourSignificantDigits() {
    assertThat(Numbers.plusMinus(8, 0)).isEqualTo("8");
    assertThat(Numbers.plusMinus(0.512345, Double.NaN)).isEqualTo("0.5123");
    assertThat(Numbers.plusMinus(Double.NaN, 1)).isEqualTo("n/a");
  }

  @Test
  void significantSwitchesToScientificForTinyAndHugeValues() {
    assertThat(Numbers.significant(1234.5)).isEqualTo("1235");
    assertThat(Numbers.significant(0.0)).isEqualTo("0");
    assertThat(Numbers.significant(1.23456e-5)).isEqualTo("1.235e-05");
    assertThat(Numbers.significant(2.5e8)).isEqualTo("2.500e+08");
    assertThat(Numbers.significant(Double.POSITIVE_INFINITY)).isEqualTo("inf");
  }

  @Test
  void pValuesAndEffectSizes() {
    assertThat(Numbers.p(0.0004)).isEqualTo("<0.001");
    assertThat(Numbers.p(0.22540333)).isEqualTo("0.225");
    assertThat(Numbers.p(Double.NaN)).isEqualTo("n/a");
    assertThat(Numbers.effect(-4.7876)).isEqualTo("-4.79");
    assertThat(Numbers.effect(-0.0)).isEqualTo("0.00");
    assertThat(Numbers.effect(Double.NaN)).isEqualTo("n/a");
  }
}
