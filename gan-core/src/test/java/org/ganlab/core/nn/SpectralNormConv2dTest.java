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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Spectral normalisation of a convolution: σ of W as [out, in·k·k] against an SVD, gradients and u. */
class SpectralNormConv2dTest {

  private static final int OUT = 4;
  private static final int IN = 3;
  private static final int K = 3;
  private static final int PATCH = IN * K * K;

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
  void sigmaConvergesToTheLargestSingularValueOfTheReshapedKernel() {
    SpectralNormConv2d block = block(false);
    float[] w = SingularValues.randomWeight(21, OUT * PATCH);
    block.getParameters().get("weight").getArray().set(w);
    NDArray x = manager.ones(new Shape(2, IN, 5, 5));
    for (int i = 0; i < 50; i++) {
      forward(block, x, true);
    }
    assertThat(block.sigma()).isCloseTo(SingularValues.largest(w, OUT), within(1e-3));
  }

  @Test
  void effectiveKernelHasUnitSpectralNorm() {
    SpectralNormConv2d block = block(false);
    float[] w = SingularValues.randomWeight(22, OUT * PATCH);
    block.getParameters().get("weight").getArray().set(w);
    // Sample j is the j-th one-hot k × k patch, so output [PATCH, OUT, 1, 1] is (W/σ)ᵀ.
    NDArray patches = manager.eye(PATCH).reshape(PATCH, IN, K, K);
    for (int i = 0; i < 50; i++) {
      forward(block, patches, true);
    }
    NDArray out = forward(block, patches, false);
    assertThat(out.getShape()).isEqualTo(new Shape(PATCH, OUT, 1, 1));
    assertThat(SingularValues.largest(out.toFloatArray(), PATCH)).isCloseTo(1.0, within(1e-3));
    assertThat(SingularValues.largest(w, OUT)).isGreaterThan(2.0);
  }

  @Test
  void outputShapesFollowStrideAndPadding() {
    SpectralNormConv2d block =
        SpectralNormConv2d.builder().setKernel(4).setFilters(5).optStride(2).optPadding(1).build();
    Shape input = new Shape(2, IN, 8, 8);
    block.initialize(manager, DataType.FLOAT32, input);
    NDArray out = forward(block, manager.ones(input), true);
    assertThat(out.getShape()).isEqualTo(new Shape(2, 5, 4, 4));
    assertThat(block.getOutputShapes(new Shape[] {input})[0]).isEqualTo(new Shape(2, 5, 4, 4));
    assertThat(block.getParameters().get("weight").getArray().getShape())
        .isEqualTo(new Shape(5, IN, 4, 4));
    assertThat(block.getParameters().get("bias").getArray().getShape()).isEqualTo(new Shape(5));
  }

  @Test
  void gradientReachesWeightAndIsOrthogonalToIt() {
    SpectralNormConv2d block = block(false);
    NDArray weight = block.getParameters().get("weight").getArray();
    float[] w = SingularValues.randomWeight(23, OUT * PATCH);
    weight.set(w);
    NDArray x = manager.create(SingularValues.randomWeight(24, 2 * IN * 25), new Shape(2, IN, 5, 5));
    Autograd.zeroGradients(List.of(weight));
    try (Autograd.Recording recording = Autograd.record()) {
      Autograd.backward(forward(block, x, true).sum());
    }
    float[] gradient = weight.getGradient().toFloatArray();
    double norm = 0;
    double inner = 0;
    for (int i = 0; i < gradient.length; i++) {
      norm += (double) gradient[i] * gradient[i];
      inner += (double) gradient[i] * w[i];
    }
    // W/σ with σ = uᵀ W v (u, v constant) is invariant to scaling W, so ⟨dL/dW, W⟩ = 0; without
    // the σ term it would equal L · σ.
    assertThat(Math.sqrt(norm)).isGreaterThan(0.1);
    assertThat(inner).isCloseTo(0.0, within(1e-3 * Math.sqrt(norm)));
  }

  @Test
  void uIsNotTrainedAndOnlyTrainingPassesUpdateIt() {
    SpectralNormConv2d block = block(true);
    Parameter u = block.getParameters().get("u");
    assertThat(u.requiresGradient()).isFalse();
    assertThat(u.getArray().getShape()).isEqualTo(new Shape(OUT));
    assertThat(block.getParameters().keys()).containsExactly("weight", "bias", "u");
    float[] initial = u.getArray().toFloatArray();
    NDArray x = manager.ones(new Shape(1, IN, 4, 4));
    forward(block, x, false);
    assertThat(u.getArray().toFloatArray()).containsExactly(initial);
    forward(block, x, true);
    assertThat(u.getArray().toFloatArray()).isNotEqualTo(initial);
    assertThat((double) u.getArray().norm().getFloat()).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void rejectsZeroStrideOrNegativePadding() {
    assertThatThrownBy(() -> SpectralNormConv2d.builder().setKernel(3).setFilters(2).optStride(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stride must be >= 1, found 0");
    assertThatThrownBy(
            () -> SpectralNormConv2d.builder().setKernel(3).setFilters(2).optPadding(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("padding must be >= 0, found -1");
  }

  private SpectralNormConv2d block(boolean bias) {
    SpectralNormConv2d block =
        SpectralNormConv2d.builder().setKernel(K).setFilters(OUT).optBias(bias).optSeed(7).build();
    block.initialize(manager, DataType.FLOAT32, new Shape(1, IN, 5, 5));
    return block;
  }

  private NDArray forward(SpectralNormConv2d block, NDArray x, boolean training) {
    return block.forward(new ParameterStore(manager, false), new NDList(x), training)
        .singletonOrThrow();
  }
}
