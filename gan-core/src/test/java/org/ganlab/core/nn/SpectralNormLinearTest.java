package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.train.ParameterInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Spectral normalisation of a linear layer: σ against an SVD, the normalised weight, gradients and u. */
class SpectralNormLinearTest {

  private static final int UNITS = 5;
  private static final int IN = 7;

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
  void sigmaConvergesToTheLargestSingularValue() {
    SpectralNormLinear block = block(false);
    float[] w = SingularValues.randomWeight(11, UNITS * IN);
    block.getParameters().get("weight").getArray().set(w);
    NDArray x = manager.ones(new Shape(2, IN));
    for (int i = 0; i < 50; i++) {
      forward(block, x, true);
    }
    assertThat(block.sigma()).isCloseTo(SingularValues.largest(w, UNITS), within(1e-3));
  }

  @Test
  void effectiveWeightHasUnitSpectralNorm() {
    SpectralNormLinear block = block(false);
    float[] w = SingularValues.randomWeight(12, UNITS * IN);
    block.getParameters().get("weight").getArray().set(w);
    NDArray identity = manager.eye(IN);
    for (int i = 0; i < 50; i++) {
      forward(block, identity, true);
    }
    // Row i of I (W/σ)ᵀ is column i of W/σ, so the output is the effective weight transposed.
    float[] effective = forward(block, identity, false).toFloatArray();
    assertThat(SingularValues.largest(effective, IN)).isCloseTo(1.0, within(1e-3));
    assertThat(SingularValues.largest(w, UNITS)).isGreaterThan(2.0);
  }

  @Test
  void outputShapesFollowTheLastAxis() {
    SpectralNormLinear block = SpectralNormLinear.builder().setUnits(3).build();
    Shape input = new Shape(2, 4, IN);
    block.initialize(manager, DataType.FLOAT32, input);
    NDArray out = forward(block, manager.ones(input), true);
    assertThat(out.getShape()).isEqualTo(new Shape(2, 4, 3));
    assertThat(block.getOutputShapes(new Shape[] {input})[0]).isEqualTo(new Shape(2, 4, 3));
    assertThat(block.getParameters().get("weight").getArray().getShape()).isEqualTo(new Shape(3, IN));
    assertThat(block.getParameters().get("u").getArray().getShape()).isEqualTo(new Shape(3));
  }

  @Test
  void gradientOfWeightIncludesTheSigmaTerm() {
    SpectralNormLinear block = block(false);
    NDArray weight = block.getParameters().get("weight").getArray();
    float[] w = SingularValues.randomWeight(13, UNITS * IN);
    weight.set(w);
    float[] uBefore = block.getParameters().get("u").getArray().toFloatArray();
    float[] xs = SingularValues.randomWeight(14, 3 * IN);
    NDArray x = manager.create(xs, new Shape(3, IN));
    Autograd.zeroGradients(List.of(weight));
    try (Autograd.Recording recording = Autograd.record()) {
      Autograd.backward(forward(block, x, true).sum());
    }
    float[] uAfter = block.getParameters().get("u").getArray().toFloatArray();
    // L = 1ᵀ W s / σ with s = Σ_n x_n, σ = u'ᵀ W v, v = normalize(Wᵀ u), u' = normalize(W v):
    // dL/dW = 1 sᵀ / σ − (1ᵀ W s / σ²) u' vᵀ, with u' and v held constant.
    double[] s = new double[IN];
    for (int n = 0; n < 3; n++) {
      for (int i = 0; i < IN; i++) {
        s[i] += xs[n * IN + i];
      }
    }
    double[] v = new double[IN];
    double norm = 0;
    for (int i = 0; i < IN; i++) {
      for (int o = 0; o < UNITS; o++) {
        v[i] += w[o * IN + i] * uBefore[o];
      }
      norm += v[i] * v[i];
    }
    for (int i = 0; i < IN; i++) {
      v[i] /= Math.sqrt(norm);
    }
    double sigma = 0;
    double numerator = 0;
    for (int o = 0; o < UNITS; o++) {
      for (int i = 0; i < IN; i++) {
        sigma += uAfter[o] * w[o * IN + i] * v[i];
        numerator += w[o * IN + i] * s[i];
      }
    }
    float[] gradient = weight.getGradient().toFloatArray();
    for (int o = 0; o < UNITS; o++) {
      for (int i = 0; i < IN; i++) {
        double expected = s[i] / sigma - numerator / (sigma * sigma) * uAfter[o] * v[i];
        assertThat((double) gradient[o * IN + i]).as("dL/dW[%d, %d]", o, i)
            .isCloseTo(expected, within(1e-4));
      }
    }
  }

  @Test
  void uIsNotTrainedAndOnlyTrainingPassesUpdateIt() {
    SpectralNormLinear block = block(true);
    Parameter u = block.getParameters().get("u");
    assertThat(u.requiresGradient()).isFalse();
    assertThat(u.getType()).isEqualTo(Parameter.Type.OTHER);
    assertThat(u.getArray().hasGradient()).isFalse();
    float[] initial = u.getArray().toFloatArray();
    assertThat((double) u.getArray().norm().getFloat()).isCloseTo(1.0, within(1e-6));
    NDArray x = manager.ones(new Shape(2, IN));
    forward(block, x, false);
    assertThat(u.getArray().toFloatArray()).containsExactly(initial);
    forward(block, x, true);
    assertThat(u.getArray().toFloatArray()).isNotEqualTo(initial);
    assertThat((double) u.getArray().norm().getFloat()).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void uIsSeededAndLeftAloneByTheParameterInitializer() {
    SpectralNormLinear a = SpectralNormLinear.builder().setUnits(UNITS).optSeed(5).build();
    SpectralNormLinear b = SpectralNormLinear.builder().setUnits(UNITS).optSeed(5).build();
    SpectralNormLinear c = SpectralNormLinear.builder().setUnits(UNITS).optSeed(6).build();
    for (SpectralNormLinear block : List.of(a, b, c)) {
      block.initialize(manager, DataType.FLOAT32, new Shape(1, IN));
    }
    float[] ua = a.getParameters().get("u").getArray().toFloatArray();
    new ParameterInitializer(99).normal("d", a, 0.02);
    assertThat(a.getParameters().get("u").getArray().toFloatArray()).containsExactly(ua);
    assertThat(b.getParameters().get("u").getArray().toFloatArray()).containsExactly(ua);
    assertThat(c.getParameters().get("u").getArray().toFloatArray()).isNotEqualTo(ua);
    assertThat(a.getParameters().keys()).containsExactly("weight", "bias", "u");
  }

  @Test
  void rejectsZeroUnits() {
    assertThatThrownBy(() -> SpectralNormLinear.builder().setUnits(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("units must be >= 1, found 0");
  }

  private SpectralNormLinear block(boolean bias) {
    SpectralNormLinear block =
        SpectralNormLinear.builder().setUnits(UNITS).optBias(bias).optSeed(3).build();
    block.initialize(manager, DataType.FLOAT32, new Shape(1, IN));
    return block;
  }

  private NDArray forward(SpectralNormLinear block, NDArray x, boolean training) {
    return block.forward(new ParameterStore(manager, false), new NDList(x), training)
        .singletonOrThrow();
  }
}
