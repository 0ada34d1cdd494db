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

/** Transposed convolution against hand-computed outputs (scatter definition) and gradient flow. */
class TransposedConv2dTest {

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
  void stride2Padding1OutputPadding1MatchesHandComputation() {
    TransposedConv2d block =
        TransposedConv2d.builder().kernel(3).stride(2).padding(1).outputPadding(1).channels(1)
            .bias(false).build();
    float[] x = {1, 2, 3, 4};
    float[] w = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    NDArray out = run(block, x, new Shape(1, 1, 2, 2), w, null);
    // out[2i + a - 1][2j + b - 1] += x[i][j] * w[a][b], e.g. out[1][1] = 1*9 + 2*7 + 3*3 + 4*1 = 36.
    float[] expected = {5, 14, 10, 12, 14, 36, 24, 30, 15, 34, 20, 24, 24, 55, 32, 36};
    assertThat(out.getShape()).isEqualTo(new Shape(1, 1, 4, 4));
    assertThat(out.toFloatArray()).containsExactly(expected, within(1e-5f));
    // Every one of the 4 input pixels times every one of the 9 taps.
    assertThat(block.multiplyAdds(new Shape(1, 1, 2, 2))).isEqualTo(4L * 9);
  }

  @Test
  void twoChannelsWithBiasMatchScatterDefinition() {
    TransposedConv2d block =
        TransposedConv2d.builder().kernel(2).stride(2).channels(2).build();
    float[] x = {1, -2, 0.5f, 3, 2, 1, -1, 0.25f};
    float[] w = new float[16];
    for (int i = 0; i < w.length; i++) {
      w[i] = 0.1f * (i + 1) * (i % 3 == 0 ? -1 : 1);
    }
    float[] b = {0.5f, -1f};
    NDArray out = run(block, x, new Shape(1, 2, 2, 2), w, b);
    assertThat(out.getShape()).isEqualTo(new Shape(1, 2, 4, 4));
    float[] expected = scatter(x, 2, 2, w, b, 2, 2, 2, 0, 0);
    assertThat(out.toFloatArray()).containsExactly(expected, within(1e-5f));
  }

  @Test
  void parametersReceiveGradients() {
    TransposedConv2d block =
        TransposedConv2d.builder().kernel(3).stride(2).padding(1).outputPadding(1).channels(1)
            .build();
    block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 2, 2));
    NDArray input = manager.create(new float[] {1, 2, 3, 4}, new Shape(1, 1, 2, 2));
    NDArray weight = block.getParameters().get("weight").getArray();
    NDArray bias = block.getParameters().get("bias").getArray();
    Autograd.zeroGradients(List.of(weight, bias));
    try (Autograd.Recording recording = Autograd.record()) {
      NDArray out = block.forward(new ParameterStore(manager, false), new NDList(input), true)
          .singletonOrThrow();
      Autograd.backward(out.sum());
    }
    // d sum(out) / d bias = number of output pixels; d sum(out) / d w[a][b] = sum of the inputs
    // that tap w[a][b]: the centre tap w[1][1] sees every input once: 1 + 2 + 3 + 4 = 10.
    assertThat(bias.getGradient().toFloatArray()[0]).isCloseTo(16f, within(1e-5f));
    assertThat(weight.getGradient().toFloatArray()[4]).isCloseTo(10f, within(1e-5f));
  }

  @Test
  void rejectsPaddingBeyondKernel() {
    assertThatThrownBy(() -> TransposedConv2d.builder().kernel(3).padding(3).channels(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("padding");
  }

  private NDArray run(TransposedConv2d block, float[] x, Shape shape, float[] w, float[] b) {
    block.initialize(manager, DataType.FLOAT32, shape);
    block.getParameters().get("weight").getArray().set(w);
    if (b != null) {
      block.getParameters().get("bias").getArray().set(b);
    }
    NDArray input = manager.create(x, shape);
    return block.forward(new ParameterStore(manager, false), new NDList(input), false)
        .singletonOrThrow();
  }

  /**
   * The definition of a transposed convolution for batch 1 and square inputs: every input pixel
   * scatters its value times the kernel into the output, out[c][s·i + a − p][s·j + b − p] +=
   * x[ci][i][j] · w[ci][c][a][b].
   */
  private static float[] scatter(
      float[] x, int in, int size, float[] w, float[] b, int out, int k, int s, int p, int op) {
    int outSize = (size - 1) * s - 2 * p + k + op;
    float[] result = new float[out * outSize * outSize];
    for (int c = 0; c < out; c++) {
      for (int i = 0; i < outSize * outSize; i++) {
        result[c * outSize * outSize + i] = b[c];
      }
    }
    for (int ci = 0; ci < in; ci++) {
      for (int i = 0; i < size; i++) {
        for (int j = 0; j < size; j++) {
          for (int c = 0; c < out; c++) {
            for (int a = 0; a < k; a++) {
              for (int bb = 0; bb < k; bb++) {
                int r = s * i + a - p;
                int col = s * j + bb - p;
                if (r >= 0 && r < outSize && col >= 0 && col < outSize) {
                  float v = x[(ci * size + i) * size + j] * w[((ci * out + c) * k + a) * k + bb];
                  result[(c * outSize + r) * outSize + col] += v;
                }
              }
            }
          }
        }
      }
    }
    return result;
  }
}
