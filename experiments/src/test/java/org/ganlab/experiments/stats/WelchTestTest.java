package org.ganlab.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class WelchTestTest {

  @Test
  void matchesAHandComputedExample() {
    // a = [1,2,3,4]: mean 2.5, s² = 5/3; b = [3,5,7,9,11]: mean 7, s² = 10.
    // sa²/na = 0.4166667, sb²/nb = 2, se² = 2.4166667, t = -4.5 / 1.5545632 = -2.8947038.
    // df = 2.4166667² / (0.4166667²/3 + 2²/4) = 5.8402778 / 1.0578704 = 5.5207877.
    // p = 2 P(T_5.52 <= -2.8947) = 0.030286154 (regularized incomplete beta, known_answers.py).
    WelchResult result = WelchTest.test(new double[] {1, 2, 3, 4}, new double[] {3, 5, 7, 9, 11});

    assertThat(result.t()).isCloseTo(-2.8947038440620463, within(1e-12));
    assertThat(result.df()).isCloseTo(5.520787746170677, within(1e-12));
    assertThat(result.p()).isCloseTo(0.030286153937034287, within(1e-9));
  }

  @Test
  void matchesASecondExampleAndCommonsMathWelch() {
    // FID-like values of two cells with 4 and 3 seeds; t = 3.0570689, df = 4.8008585,
    // p = 0.029727626 (known_answers.py).
    double[] a = {19.1, 20.3, 18.7, 21.0};
    double[] b = {17.2, 17.9, 18.4};
    WelchResult result = WelchTest.test(a, b);

    assertThat(result.t()).isCloseTo(3.057068941204245, within(1e-12));
    assertThat(result.df()).isCloseTo(4.800858548128047, within(1e-12));
    assertThat(result.p()).isCloseTo(0.029727625505680816, within(1e-9));
    // Commons Math's tTest(double[], double[]) is Welch's test too.
    assertThat(result.p()).isCloseTo(new TTest().tTest(a, b), within(1e-12));
    assertThat(result.t()).isCloseTo(new TTest().t(a, b), within(1e-12));
  }

  @Test
  void isAntisymmetricInItsArguments() {
    double[] a = {19.1, 20.3, 18.7, 21.0};
    double[] b = {17.2, 17.9, 18.4};
    WelchResult ab = WelchTest.test(a, b);
    WelchResult ba = WelchTest.test(b, a);
    assertThat(ba.t()).isEqualTo(-ab.t());
    assertThat(ba.df()).isEqualTo(ab.df());
    assertThat(ba.p()).isEqualTo(ab.p());
  }

  @Test
  void cellsWithFewerThanTwoValuesCannotBeTested() {
    WelchResult result = WelchTest.test(new double[] {1}, new double[] {1, 2, 3});
    assertThat(result.isDefined()).isFalse();
    assertThat(result.t()).isNaN();
    assertThat(result.df()).isNaN();
  }

  @Test
  void constantCellsAreCertainlyDifferentOrCertainlyEqual() {
    WelchResult different = WelchTest.test(new double[] {2, 2}, new double[] {1, 1, 1});
    assertThat(different.t()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(different.p()).isZero();
    WelchResult equal = WelchTest.test(new double[] {2, 2}, new double[] {2, 2, 2});
    assertThat(equal.p()).isEqualTo(1);
  }

  @Test
  void rejectsNonFiniteValues() {
    assertThatThrownBy(() -> WelchTest.test(new double[] {1, 2}, new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b[1]");
  }
}
