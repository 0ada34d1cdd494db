package org.ganlab.core.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.ganlab.core.autograd.Autograd;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WGAN-GP and R1 against closed forms on a linear critic and finite differences on a tanh critic. */
class GradientPenaltyTest {

  private static final float[] W = {0.3f, -0.5f, 0.2f, 0.1f, 0.4f, -0.2f};
  private static final double W_SQUARED_NORM = 0.59; // .09 + .25 + .04 + .01 + .16 + .04

  private NDManager manager;

  private List<NDArray> linearCriticParameters;

  @BeforeEach
  void setUp() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void tearDown() {
    manager.close();
  }

  @Test
  void gpOnLinearCriticIsSquaredDistanceOfWeightNormFromOne() {
    PenaltyInput input = linearCriticInput();
    double expected = Math.pow(Math.sqrt(W_SQUARED_NORM) - 1, 2);
    float actual = new WganGradientPenalty().compute(input).getFloat();
    assertThat(actual).isCloseTo((float) expected, within(1e-5f));
    assertGradientsZero(linearCriticParameters);
  }

  @Test
  void r1OnLinearCriticIsSquaredWeightNorm() {
    PenaltyInput input = linearCriticInput();
    float actual = new R1Penalty().compute(input).getFloat();
    assertThat(actual).isCloseTo((float) W_SQUARED_NORM, within(1e-5f));
    assertGradientsZero(linearCriticParameters);
  }

  @Test
  void gpGradientMatchesFiniteDifferencesAndLeavesParameterGradientsZero() {
    checkAgainstFiniteDifferences(new WganGradientPenalty());
  }

  @Test
  void r1GradientMatchesFiniteDifferences() {
    checkAgainstFiniteDifferences(new R1Penalty());
  }

  private void checkAgainstFiniteDifferences(GradientPenalty penalty) {
    float[][] values = tanhCriticParameters();
    List<NDArray> params = leaves(values);
    PenaltyInput input = tanhCriticInput(params);
    NDArray value = penalty.compute(input);
    assertGradientsZero(params);
    Autograd.backward(value);
    double h = 1e-2;
    for (int p = 0; p < values.length; p++) {
      float[] analytic = params.get(p).getGradient().toFloatArray();
      for (int i = 0; i < values[p].length; i++) {
        float saved = values[p][i];
        values[p][i] = (float) (saved + h);
        double plus = penalty.compute(tanhCriticInput(leaves(values))).getFloat();
        values[p][i] = (float) (saved - h);
        double minus = penalty.compute(tanhCriticInput(leaves(values))).getFloat();
        values[p][i] = saved;
        double numeric = (plus - minus) / (2 * h);
        assertThat((double) analytic[i])
            .as("d penalty / d param %d[%d]", p, i)
            .isCloseTo(numeric, within(1e-3 * Math.abs(numeric) + 2e-4));
      }
    }
  }

  /** D(x) = flatten(x) · w + 0.7 on samples [4, 2, 3]; ∇ₓD = w for every sample. */
  private PenaltyInput linearCriticInput() {
    NDArray w = manager.create(W, new Shape(6, 1));
    NDArray b = manager.create(new float[] {0.7f});
    linearCriticParameters = List.of(w, b);
    linearCriticParameters.forEach(param -> param.setRequiresGradient(true));
    UnaryOperator<NDArray> critic =
        x -> x.reshape(new Shape(x.getShape().get(0), 6)).matMul(w).add(b);
    return new PenaltyInput(critic, samples(1), samples(2), new SplittableRandom(11));
  }

  /** D(x) = tanh(x W + c) v on samples [4, 3]: one hidden layer of width 3. */
  private PenaltyInput tanhCriticInput(List<NDArray> params) {
    UnaryOperator<NDArray> critic =
        x -> x.matMul(params.get(0)).add(params.get(1)).tanh().matMul(params.get(2));
    float[] realValues = {0.5f, -1f, 0.3f, 1.2f, 0.1f, -0.4f, -0.8f, 0.9f, 0.2f, 0f, 0.6f, -1.1f};
    float[] fakeValues = {-0.2f, 0.4f, 1f, 0.3f, -0.6f, 0.5f, 0.7f, 0.1f, -0.9f, -0.3f, 0.8f, 0.2f};
    NDArray real = manager.create(realValues, new Shape(4, 3));
    NDArray fake = manager.create(fakeValues, new Shape(4, 3));
    return new PenaltyInput(critic, real, fake, new SplittableRandom(5));
  }

  private static float[][] tanhCriticParameters() {
    return new float[][] {
      {0.9f, -1.2f, 0.4f, 0.3f, 0.8f, -0.7f, -0.5f, 0.6f, 1.1f},
      {0.1f, -0.2f, 0.3f},
      {1.5f, -0.8f, 1.1f}
    };
  }

  private List<NDArray> leaves(float[][] values) {
    List<NDArray> params =
        List.of(
            manager.create(values[0], new Shape(3, 3)),
            manager.create(values[1], new Shape(3)),
            manager.create(values[2], new Shape(3, 1)));
    params.forEach(param -> param.setRequiresGradient(true));
    return params;
  }

  private NDArray samples(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[24];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) random.nextGaussian();
    }
    return manager.create(values, new Shape(4, 2, 3));
  }

  private static void assertGradientsZero(List<NDArray> params) {
    for (NDArray param : params) {
      for (float g : param.getGradient().toFloatArray()) {
        assertThat(g).isZero();
      }
    }
  }
}
