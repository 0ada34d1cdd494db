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

/** Reflection padding against hand-written outputs (torch.nn.ReflectionPad2d's definition). */
class ReflectionPad2dTest {

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
  void padOneMirrorsWithoutRepeatingTheEdge() {
    // x = [[1,2,3],[4,5,6],[7,8,9]]; row -1 = row 1, row 3 = row 1, and the same for columns.
    float[] expected = {
      5, 4, 5, 6, 5,
      2, 1, 2, 3, 2,
      5, 4, 5, 6, 5,
      8, 7, 8, 9, 8,
      5, 4, 5, 6, 5};
    NDArray out = pad(1, new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, new Shape(1, 1, 3, 3));
    assertThat(out.getShape()).isEqualTo(new Shape(1, 1, 5, 5));
    assertThat(out.toFloatArray()).containsExactly(expected, within(1e-6f));
  }

  @Test
  void padTwoReachesTheOppositeEdge() {
    // rows and columns taken in the order 2,1,0,1,2,1,0.
    float[] expected = {
      9, 8, 7, 8, 9, 8, 7,
      6, 5, 4, 5, 6, 5, 4,
      3, 2, 1, 2, 3, 2, 1,
      6, 5, 4, 5, 6, 5, 4,
      9, 8, 7, 8, 9, 8, 7,
      6, 5, 4, 5, 6, 5, 4,
      3, 2, 1, 2, 3, 2, 1};
    NDArray out = pad(2, new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, new Shape(1, 1, 3, 3));
    assertThat(out.getShape()).isEqualTo(new Shape(1, 1, 7, 7));
    assertThat(out.toFloatArray()).containsExactly(expected, within(1e-6f));
  }

  @Test
  void rectangularInputPadsRowsAndColumnsSeparately() {
    // x = [[1,2,3],[4,5,6]]: rows in the order 1,0,1,0; columns 1,0,1,2,1.
    float[] expected = {
      5, 4, 5, 6, 5,
      2, 1, 2, 3, 2,
      5, 4, 5, 6, 5,
      2, 1, 2, 3, 2};
    NDArray out = pad(1, new float[] {1, 2, 3, 4, 5, 6}, new Shape(1, 1, 2, 3));
    assertThat(out.getShape()).isEqualTo(new Shape(1, 1, 4, 5));
    assertThat(out.toFloatArray()).containsExactly(expected, within(1e-6f));
  }

  @Test
  void outputShapesMatchForward() {
    ReflectionPad2d block = ReflectionPad2d.builder().padding(3).build();
    Shape input = new Shape(2, 3, 4, 5);
    NDArray out = forward(block, manager.ones(input));
    assertThat(out.getShape()).isEqualTo(new Shape(2, 3, 10, 11));
    assertThat(block.getOutputShapes(new Shape[] {input})[0]).isEqualTo(out.getShape());
    assertThat(block.getParameters().isEmpty()).isTrue();
  }

  @Test
  void gradientSumsOverEveryCopyOfAPixel() {
    NDArray x = manager.create(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, new Shape(1, 1, 3, 3));
    x.setRequiresGradient(true);
    Autograd.zeroGradients(List.of(x));
    try (Autograd.Recording recording = Autograd.record()) {
      Autograd.backward(forward(ReflectionPad2d.builder().padding(1).build(), x).sum());
    }
    // Padded rows come from rows 1,0,1,2,1, so row 1 appears 3 times and rows 0, 2 once (columns
    // likewise): each pixel's gradient is its row count times its column count.
    float[] expected = {1, 3, 1, 3, 9, 3, 1, 3, 1};
    assertThat(x.getGradient().toFloatArray()).containsExactly(expected, within(1e-6f));
  }

  @Test
  void rejectsNegativePadding() {
    assertThatThrownBy(() -> ReflectionPad2d.builder().padding(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("padding must be >= 0, found -1");
  }

  @Test
  void rejectsPaddingNotBelowHeightOrWidth() {
    ReflectionPad2d block = ReflectionPad2d.builder().padding(2).build();
    assertThatThrownBy(() -> block.getOutputShapes(new Shape[] {new Shape(1, 1, 2, 3)}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("padding must be < H and < W, found padding 2");
    assertThatThrownBy(() -> forward(block, manager.ones(new Shape(1, 1, 5, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found padding 2");
  }

  @Test
  void rejectsInputThatIsNotFourDimensional() {
    ReflectionPad2d block = ReflectionPad2d.builder().build();
    assertThatThrownBy(() -> forward(block, manager.ones(new Shape(3, 3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[N, C, H, W]");
  }

  private NDArray pad(int padding, float[] values, Shape shape) {
    return forward(ReflectionPad2d.builder().padding(padding).build(), manager.create(values, shape));
  }

  private NDArray forward(ReflectionPad2d block, NDArray input) {
    block.initialize(manager, DataType.FLOAT32, input.getShape());
    return block.forward(new ParameterStore(manager, false), new NDList(input), false)
        .singletonOrThrow();
  }
}
