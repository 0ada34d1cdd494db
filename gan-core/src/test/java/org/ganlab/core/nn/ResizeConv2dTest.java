package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resize-convolution: shapes and hand-computed outputs. */
class ResizeConv2dTest {

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
  void pointwiseKernelRepeatsEveryPixel() {
    ResizeConv2d block = ResizeConv2d.builder().kernel(1).factor(2).channels(1).build();
    NDArray out = run(block, new float[] {2f}, new float[] {0.5f});
    // 2·x + 0.5 for x = [[1, 2], [3, 4]], each pixel repeated into a 2 × 2 block.
    float[] expected = {2.5f, 2.5f, 4.5f, 4.5f, 2.5f, 2.5f, 4.5f, 4.5f,
        6.5f, 6.5f, 8.5f, 8.5f, 6.5f, 6.5f, 8.5f, 8.5f};
    assertThat(out.toFloatArray()).containsExactly(expected, within(1e-5f));
  }

  @Test
  void boxKernelSumsUpsampledNeighbourhood() {
    ResizeConv2d block = ResizeConv2d.builder().kernel(3).factor(2).channels(1).bias(false).build();
    float[] ones = new float[9];
    Arrays.fill(ones, 1f);
    float[] out = run(block, ones, null).toFloatArray();
    // upsampled = [[1,1,2,2],[1,1,2,2],[3,3,4,4],[3,3,4,4]], zero padding 1:
    // out[0][0] = 1+1+1+1 = 4; out[1][1] = 1+1+2+1+1+2+3+3+4 = 18; out[3][3] = 4·4 = 16.
    assertThat(out[0]).isCloseTo(4f, within(1e-5f));
    assertThat(out[5]).isCloseTo(18f, within(1e-5f));
    assertThat(out[15]).isCloseTo(16f, within(1e-5f));
  }

  @Test
  void shapesAndMultiplyAdds() {
    ResizeConv2d block = ResizeConv2d.builder().kernel(3).factor(2).channels(3).build();
    Shape input = new Shape(2, 1, 4, 4);
    block.initialize(manager, DataType.FLOAT32, input);
    NDArray out =
        block.forward(new ParameterStore(manager, false), new NDList(manager.ones(input)), false)
            .singletonOrThrow();
    assertThat(out.getShape()).isEqualTo(new Shape(2, 3, 8, 8));
    assertThat(block.getOutputShapes(new Shape[] {input})[0]).isEqualTo(out.getShape());
    assertThat(block.multiplyAdds(input)).isEqualTo(2L * 3 * 8 * 8 * 9);
  }

  private NDArray run(ResizeConv2d block, float[] w, float[] b) {
    Shape shape = new Shape(1, 1, 2, 2);
    block.initialize(manager, DataType.FLOAT32, shape);
    block.getParameters().get("weight").getArray().set(w);
    if (b != null) {
      block.getParameters().get("bias").getArray().set(b);
    }
    NDArray input = manager.create(new float[] {1, 2, 3, 4}, shape);
    return block.forward(new ParameterStore(manager, false), new NDList(input), false)
        .singletonOrThrow();
  }
}
