package org.ganlab.core.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every loss on five literal logits against values computed here from the papers' formulas. */
class AdversarialLossKnownAnswerTest {

  private static final double[] REAL = {2.0, -1.0, 0.5, 0.0, 3.0};
  private static final double[] FAKE = {-2.0, 1.5, 0.0, -0.5, 4.0};
  private static final double TOLERANCE = 1e-5;

  private NDManager manager;
  private NDArray real;
  private NDArray fake;

  @BeforeEach
  void setUp() {
    manager = NDManager.newBaseManager();
    real = manager.create(toFloat(REAL));
    fake = manager.create(toFloat(FAKE), new Shape(5, 1));
  }

  @AfterEach
  void tearDown() {
    manager.close();
  }

  @Test
  void minimaxMatchesLogSigmoidFormulas() {
    LossTerms d = new MinimaxLoss().discriminator(real, fake);
    double dReal = mean(REAL, r -> -Math.log(sigmoid(r)));
    double dFake = mean(FAKE, f -> -Math.log(1 - sigmoid(f)));
    assertTerms(d, dReal, dFake);
    double g = mean(FAKE, f -> Math.log(1 - sigmoid(f)));
    assertThat(value(new MinimaxLoss().generator(fake))).isCloseTo(g, within(TOLERANCE));
  }

  @Test
  void nonSaturatingSharesDiscriminatorAndFlipsGenerator() {
    LossTerms d = new NonSaturatingLoss().discriminator(real, fake);
    assertTerms(
        d, mean(REAL, r -> -Math.log(sigmoid(r))), mean(FAKE, f -> -Math.log(1 - sigmoid(f))));
    double g = mean(FAKE, f -> -Math.log(sigmoid(f)));
    double minimaxG = value(new MinimaxLoss().generator(fake));
    assertThat(value(new NonSaturatingLoss().generator(fake))).isCloseTo(g, within(TOLERANCE));
    // log(1 - σ(f)) is negative and decreasing, -log σ(f) positive and decreasing.
    assertThat(minimaxG).isNegative();
    assertThat(g).isPositive();
  }

  @Test
  void leastSquaresMatchesMaoTargets() {
    LossTerms d = new LeastSquaresLoss().discriminator(real, fake);
    assertTerms(d, 0.5 * mean(REAL, r -> (r - 1) * (r - 1)), 0.5 * mean(FAKE, f -> f * f));
    double g = 0.5 * mean(FAKE, f -> (f - 1) * (f - 1));
    assertThat(value(new LeastSquaresLoss().generator(fake))).isCloseTo(g, within(TOLERANCE));
  }

  @Test
  void wassersteinIsDifferenceOfMeans() {
    // mean(REAL) = 4.5 / 5 = 0.9, mean(FAKE) = 3.0 / 5 = 0.6
    LossTerms d = new WassersteinLoss(WassersteinLoss.NAME).discriminator(real, fake);
    assertTerms(d, -0.9, 0.6);
    assertThat(value(new WassersteinLoss(WassersteinLoss.NAME).generator(fake)))
        .isCloseTo(-0.6, within(TOLERANCE));
  }

  @Test
  void hingeMatchesRectifiedMargins() {
    // relu(1 - r) = [0, 2, 0.5, 1, 0] -> 3.5 / 5; relu(1 + f) = [0, 2.5, 1, 0.5, 5] -> 9 / 5
    LossTerms d = new HingeLoss().discriminator(real, fake);
    assertTerms(d, 0.7, 1.8);
    assertThat(value(new HingeLoss().generator(fake))).isCloseTo(-0.6, within(TOLERANCE));
  }

  @Test
  void softplusIsStableForLargeLogits() {
    NDArray extreme = manager.create(new float[] {-200f, 200f});
    float[] values = StableMath.softplus(extreme).toFloatArray();
    assertThat(values[0]).isCloseTo(0f, within(1e-6f));
    assertThat(values[1]).isCloseTo(200f, within(1e-3f));
  }

  private static void assertTerms(LossTerms d, double dReal, double dFake) {
    assertThat(d.terms().keySet()).containsExactly("d_real", "d_fake", "d_loss");
    assertThat(d.totalName()).isEqualTo("d_loss");
    assertThat(value(d.get("d_real"))).isCloseTo(dReal, within(TOLERANCE));
    assertThat(value(d.get("d_fake"))).isCloseTo(dFake, within(TOLERANCE));
    assertThat(value(d.total())).isCloseTo(dReal + dFake, within(TOLERANCE));
  }

  private static double mean(double[] values, DoubleUnaryOperator f) {
    double sum = 0;
    for (double v : values) {
      sum += f.applyAsDouble(v);
    }
    return sum / values.length;
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  private static double value(NDArray scalar) {
    assertThat(scalar.getShape().size()).isEqualTo(1);
    return scalar.toFloatArray()[0];
  }

  private static float[] toFloat(double[] values) {
    float[] result = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (float) values[i];
    }
    return result;
  }
}
