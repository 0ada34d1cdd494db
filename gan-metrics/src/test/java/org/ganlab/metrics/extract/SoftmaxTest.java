package org.ganlab.metrics.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SoftmaxTest {

  @Test
  void knownProbabilitiesAndStabilityForLargeLogits() {
    float[] logits = {0f, (float) Math.log(2), (float) Math.log(3), 1000f, 1000f, 998f};
    double[][] rows = new double[3][];

    Softmax.rows(logits, 3, rows, 1);

    assertThat(rows[0]).isNull();
    assertThat(rows[1][0]).isCloseTo(1.0 / 6, within(1e-7));
    assertThat(rows[1][1]).isCloseTo(2.0 / 6, within(1e-7));
    assertThat(rows[1][2]).isCloseTo(3.0 / 6, within(1e-7));
    double rest = 1 / (2 + Math.exp(-2));
    assertThat(rows[2][0]).isCloseTo(rest, within(1e-12));
    assertThat(rows[2][2]).isCloseTo(Math.exp(-2) * rest, within(1e-12));
  }

  @Test
  void argmaxTakesTheFirstOfTiedMaxima() {
    assertThat(Softmax.argmax(new double[] {0.1, 0.4, 0.4, 0.1})).isEqualTo(1);
    assertThat(Softmax.argmax(new double[] {0.7, 0.2, 0.1})).isZero();
    assertThat(Softmax.argmax(new double[] {0.1, 0.2, 0.7})).isEqualTo(2);
  }
}
