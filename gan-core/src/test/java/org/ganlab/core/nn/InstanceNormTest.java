package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.ganlab.core.autograd.Autograd;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Instance normalisation against hand-computed means and variances, and gradient flow. */
class InstanceNormTest {

  private static final Shape SHAPE = new Shape(1, 2, 2, 2);
  /** Channel 0 = [[1, 2], [3, 4]], channel 1 = [[0, 0], [0, 4]]. */
  private static final float[] X = {1, 2, 3, 4, 0, 0, 0, 4};

  private NDManager manager;

  @BeforeEach
  void setUp() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void tearDown() {
    manager.close();
  }

  @Test
  void normalisesEachChannelWithPopulationVariance() {
    // Channel 0: mean 2.5, variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25.
    // Channel 1: mean 1, variance (1 + 1 + 1 + 9) / 4 = 3.
    double s0 = Math.sqrt(1.25 + 1e-5);
    double s1 = Math.sqrt(3 + 1e-5);
    double[] expected = {-1.5 / s0, -0.5 / s0, 0.5 / s0, 1.5 / s0, -1 / s1, -1 / s1, -1 / s1, 3 / s1};
    float[] out = forward(InstanceNorm.builder().build(), input(), false).toFloatArray();
    assertClose(out, expected);
  }

  @Test
  void samplesAreNormalisedSeparately() {
    // Sample 1 is sample 0 times 10: mean 25, variance 125, so only ε tells the two apart.
    NDArray x = manager.create(new float[] {1, 2, 3, 4, 10, 20, 30, 40}, new Shape(2, 1, 2, 2));
    double s0 = Math.sqrt(1.25 + 1e-5);
    double s1 = Math.sqrt(125 + 1e-5);
    double[] expected = {-1.5 / s0, -0.5 / s0, 0.5 / s0, 1.5 / s0, -15 / s1, -5 / s1, 5 / s1, 15 / s1};
    assertClose(forward(InstanceNorm.builder().build(), x, false).toFloatArray(), expected);
  }

  @Test
  void affineStartsAtIdentityThenScalesAndShiftsPerChannel() {
    InstanceNorm block = InstanceNorm.builder().affine(true).build();
    block.initialize(manager, DataType.FLOAT32, SHAPE);
    NDArray gamma = block.getParameters().get("gamma").getArray();
    NDArray beta = block.getParameters().get("beta").getArray();
    assertThat(gamma.getShape()).isEqualTo(new Shape(2));
    assertThat(gamma.toFloatArray()).containsExactly(new float[] {1, 1}, within(1e-6f));
    assertThat(beta.toFloatArray()).containsExactly(new float[] {0, 0}, within(1e-6f));
    gamma.set(new float[] {2, -1});
    beta.set(new float[] {0.5f, 1});
    double s0 = Math.sqrt(1.25 + 1e-5);
    double s1 = Math.sqrt(3 + 1e-5);
    // Channel 0: 2·y + 0.5; channel 1: −y + 1.
    double[] expected = {
      -3 / s0 + 0.5, -1 / s0 + 0.5, 1 / s0 + 0.5, 3 / s0 + 0.5,
      1 / s1 + 1, 1 / s1 + 1, 1 / s1 + 1, -3 / s1 + 1};
    NDArray out =
        block.forward(new ParameterStore(manager, false), new NDList(input()), false)
            .singletonOrThrow();
    assertClose(out.toFloatArray(), expected);
  }

  @Test
  void gradientsReachInputGammaAndBeta() {
    InstanceNorm block = InstanceNorm.builder().affine(true).build();
    block.initialize(manager, DataType.FLOAT32, SHAPE);
    NDArray gamma = block.getParameters().get("gamma").getArray();
    NDArray beta = block.getParameters().get("beta").getArray();
    NDArray x = input();
    x.setRequiresGradient(true);
    Autograd.zeroGradients(List.of(x, gamma, beta));
    try (Autograd.Recording recording = Autograd.record()) {
      NDArray out =
          block.forward(new ParameterStore(manager, false), new NDList(x), true).singletonOrThrow();
      Autograd.backward(out.get("0, 0, 0, 0"));
    }
    // Loss = out[0,0,0,0] = γ_0 · y_0 + β_0 with γ = 1, β = 0. With m = [1, 0, 0, 0] on channel 0,
    // dL/dx_j = ((m_j − mean m) − y_j · mean(m · y)) / s = ((m_j − 1/4) − y_j · y_0 / 4) / s.
    double s = Math.sqrt(1.25 + 1e-5);
    double[] y = {-1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s};
    double[] expected = new double[8];
    for (int j = 0; j < 4; j++) {
      expected[j] = ((j == 0 ? 0.75 : -0.25) - y[j] * y[0] / 4) / s;
    }
    assertClose(x.getGradient().toFloatArray(), expected);
    assertClose(gamma.getGradient().toFloatArray(), new double[] {y[0], 0});
    assertClose(beta.getGradient().toFloatArray(), new double[] {1, 0});
  }

  @Test
  void outputShapesMatchForwardAndPlainNormHasNoParameters() {
    InstanceNorm block = InstanceNorm.builder().build();
    Shape input = new Shape(3, 4, 5, 6);
    NDArray out = forward(block, manager.ones(input), false);
    assertThat(out.getShape()).isEqualTo(input);
    assertThat(block.getOutputShapes(new Shape[] {input})[0]).isEqualTo(input);
    assertThat(block.getParameters().isEmpty()).isTrue();
  }

  @Test
  void rejectsInputThatIsNotFourDimensional() {
    InstanceNorm block = InstanceNorm.builder().affine(true).build();
    assertThatThrownBy(() -> block.initialize(manager, DataType.FLOAT32, new Shape(2, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("InstanceNorm input must be [N, C, H, W], found shape (2, 3)");
  }

  private NDArray input() {
    return manager.create(X, SHAPE);
  }

  private NDArray forward(InstanceNorm block, NDArray x, boolean training) {
    block.initialize(manager, DataType.FLOAT32, x.getShape());
    return block.forward(new ParameterStore(manager, false), new NDList(x), training)
        .singletonOrThrow();
  }

  private static void assertClose(float[] actual, double[] expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) actual[i]).as("element %d", i).isCloseTo(expected[i], within(1e-6));
    }
  }
}
