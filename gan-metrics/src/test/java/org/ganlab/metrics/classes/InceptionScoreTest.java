package org.ganlab.metrics.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InceptionScoreTest {

  @Test
  void oneHotBalancedPredictionsScoreTheNumberOfClasses() {
    double[][] p = new double[70][7];
    for (int i = 0; i < p.length; i++) {
      p[i][i % 7] = 1;
    }
    InceptionScoreResult result = InceptionScore.fromProbabilities(p);
    assertThat(result.mean()).isCloseTo(7.0, within(1e-12));
    assertThat(result.std()).isCloseTo(0.0, within(1e-12));
    assertThat(result.perSplit()).hasSize(10);
    for (double split : result.perSplit()) {
      assertThat(split).isCloseTo(7.0, within(1e-12));
    }
  }

  @Test
  void uniformPredictionsScoreOne() {
    double[][] p = new double[20][4];
    for (double[] row : p) {
      Arrays.fill(row, 0.25);
    }
    assertThat(InceptionScore.fromProbabilities(p).mean()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void logitsEqualTheirSoftmaxAndSurviveLargeValues() {
    double[][] logits = {{1000, 0}, {0, 1000}};
    InceptionScoreResult result = InceptionScore.fromLogits(logits, 1);
    assertThat(result.mean()).isCloseTo(2.0, within(1e-12));
    assertThat(result.perSplit()).containsExactly(result.mean());
  }

  @Test
  void splitBoundsUseIntegerDivision() {
    double[][] p = new double[13][2];
    for (int i = 0; i < p.length; i++) {
      p[i][i < 6 ? 0 : 1] = 1;
    }
    // splits [0, 6) and [6, 13): each split is one class only, so both score 1
    assertThat(InceptionScore.fromProbabilities(p, 2).perSplit()).containsExactly(1.0, 1.0);
  }

  @Test
  void rejectsBadInputWithClearMessages() {
    assertThatThrownBy(() -> InceptionScore.fromLogits(new double[][] {{0, 1}, {0}}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("logits rows are ragged: row 0 has 2 columns, row 1 has 1");
    assertThatThrownBy(() -> InceptionScore.fromLogits(new double[][] {{0, Double.NaN}}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("logits[0][1] is not finite: NaN");
    assertThatThrownBy(() -> InceptionScore.fromProbabilities(new double[][] {{0.5, 0.4}}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("probabilities row 0 sums to 0.9, not 1 within 1.0E-6");
    assertThatThrownBy(() -> InceptionScore.fromProbabilities(new double[][] {{1.5, -0.5}}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probabilities[0][1] is negative: -0.5");
    assertThatThrownBy(() -> InceptionScore.fromProbabilities(new double[][] {{1.0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("splits must be in [1, N] = [1, 1], found 10");
    assertThatThrownBy(() -> InceptionScore.fromLogits(new double[0][], 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("logits must have at least one row");
  }

  @Test
  void resultCannotBeChangedFromOutside() {
    double[] scores = {1, 2};
    InceptionScoreResult result = new InceptionScoreResult(1.5, 0.5, scores);
    scores[0] = 9;
    result.perSplit()[1] = 9;
    assertThat(result.perSplit()).containsExactly(1, 2);
  }
}
