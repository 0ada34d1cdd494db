package org.ganlab.metrics.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known answers of the classifier two-sample test: hand-worked degenerate cases, the null hypothesis
 * within four binomial standard errors of 0.5, clearly separated Gaussians near 1, and determinism.
 */
class C2stKnownAnswerTest {

  @Test
  void theNeighbourCountIsThePapersMadeOdd() {
    assertThat(ClassifierTwoSampleTest.defaultK(2)).isEqualTo(1);
    assertThat(ClassifierTwoSampleTest.defaultK(16)).isEqualTo(3);
    assertThat(ClassifierTwoSampleTest.defaultK(1000)).isEqualTo(15);
    assertThat(ClassifierTwoSampleTest.defaultK(2500)).isEqualTo(25);
    assertThat(ClassifierTwoSampleTest.defaultK(4096)).isEqualTo(33);
  }

  @Test
  void identicalPointsAreAllCalledRealSoHalfTheHeldOutRowsAreRight() {
    // Every distance is 0; the tie goes to training row 0, a real one, so k = 1 calls every held-out
    // row real: the 2 real ones right, the 2 fake ones wrong.
    double[][] same = {{3, 4}, {3, 4}, {3, 4}, {3, 4}};

    C2stResult result = ClassifierTwoSampleTest.compute(same, same, 7);

    assertThat(result.k()).isEqualTo(1);
    assertThat(result.trainPerClass()).isEqualTo(2);
    assertThat(result.testPerClass()).isEqualTo(2);
    assertThat(result.accuracy()).isEqualTo(0.5);
  }

  @Test
  void twoSeparatedPointCloudsAreSeparatedWhateverTheSplit() {
    double[][] real = {{0}, {0.1}, {0.2}, {0.3}, {0.4}};
    double[][] fake = {{5}, {5.1}, {5.2}};

    C2stResult result = ClassifierTwoSampleTest.compute(real, fake, 1);

    // n = min(5, 3) = 3 per class: 1 to train on, 2 held out, k = 1.
    assertThat(result.trainPerClass()).isEqualTo(1);
    assertThat(result.testPerClass()).isEqualTo(2);
    assertThat(result.accuracy()).isEqualTo(1.0);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void twoDrawsOfOneGaussianAreWithinFourStandardErrorsOfChance(long seed) {
    double[][] a = Gaussians.sample(2000, 5, 0.0, 100 + seed);
    double[][] b = Gaussians.sample(2000, 5, 0.0, 200 + seed);

    C2stResult result = ClassifierTwoSampleTest.compute(a, b, seed);

    assertThat(result.testPerClass()).isEqualTo(1000);
    assertThat(result.nullStandardError()).isEqualTo(Math.sqrt(0.25 / 2000));
    assertThat(Math.abs(result.accuracy() - 0.5)).isLessThan(4 * result.nullStandardError());
  }

  @Test
  void gaussiansFiveStandardDeviationsApartPerAxisAreSeparated() {
    double[][] real = Gaussians.sample(1000, 5, 0.0, 11);
    double[][] fake = Gaussians.sample(1000, 5, 5.0, 12);

    assertThat(ClassifierTwoSampleTest.compute(real, fake, 0).accuracy()).isGreaterThan(0.99);
  }

  @Test
  void theSameSeedGivesTheSameValueOnAnyNumberOfThreads() throws Exception {
    double[][] real = Gaussians.sample(1500, 4, 0.0, 31);
    double[][] fake = Gaussians.sample(1500, 4, 0.3, 32);
    C2stResult first = ClassifierTwoSampleTest.compute(real, fake, 9);
    ForkJoinPool single = new ForkJoinPool(1);
    try {
      C2stResult serial = single.submit(() -> ClassifierTwoSampleTest.compute(real, fake, 9)).get();
      assertThat(serial).isEqualTo(first);
    } finally {
      single.shutdown();
    }
    assertThat(ClassifierTwoSampleTest.compute(real, fake, 9)).isEqualTo(first);
    assertThat(first.accuracy()).isBetween(0.5, 1.0);
  }

  @Test
  void refusesASampleWithFewerThanTwoRows() {
    assertThatThrownBy(() -> ClassifierTwoSampleTest.compute(new double[][] {{1}},
        new double[][] {{1}, {2}}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("real has 1 rows, needs at least 2 (one row to train on and one to hold out)");
  }
}
