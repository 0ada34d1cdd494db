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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pixel shuffle against torch's channel order, written out by hand. */
class PixelShuffleTest {

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
  void fourChannelsBecomeOneTwiceAsLarge() {
    // in[k][h][w] = 4k + 2h + w for k < 4, h, w < 2; out[2h + i][2w + j] = in[2i + j][h][w].
    float[] in = new float[16];
    for (int k = 0; k < 16; k++) {
      in[k] = k;
    }
    float[] expected = {
      0, 4, 1, 5,
      8, 12, 9, 13,
      2, 6, 3, 7,
      10, 14, 11, 15};
    NDArray out = shuffle(2, in, new Shape(1, 4, 2, 2));
    assertThat(out.getShape()).isEqualTo(new Shape(1, 1, 4, 4));
    assertThat(out.toFloatArray()).containsExactly(expected, within(1e-6f));
  }

  @Test
  void channelGroupsAndSamplesStaySeparate() {
    // N = 2, C = 2, r = 2, H = 1, W = 2: in[n][k][0][w] = 100n + 10k + w; output channel c takes input
    // channels 4c..4c+3, row i = channel bit 1, column 2w + j.
    float[] in = new float[32];
    for (int n = 0; n < 2; n++) {
      for (int k = 0; k < 8; k++) {
        for (int w = 0; w < 2; w++) {
          in[(n * 8 + k) * 2 + w] = 100 * n + 10 * k + w;
        }
      }
    }
    float[] expected = {
      0, 10, 1, 11, 20, 30, 21, 31,
      40, 50, 41, 51, 60, 70, 61, 71,
      100, 110, 101, 111, 120, 130, 121, 131,
      140, 150, 141, 151, 160, 170, 161, 171};
    NDArray out = shuffle(2, in, new Shape(2, 8, 1, 2));
    assertThat(out.getShape()).isEqualTo(new Shape(2, 2, 2, 4));
    assertThat(out.toFloatArray()).containsExactly(expected, within(1e-6f));
  }

  @Test
  void outputShapesMatchForward() {
    PixelShuffle block = PixelShuffle.builder().factor(3).build();
    Shape input = new Shape(2, 18, 3, 5);
    NDArray out = forward(block, manager.ones(input));
    assertThat(out.getShape()).isEqualTo(new Shape(2, 2, 9, 15));
    assertThat(block.getOutputShapes(new Shape[] {input})[0]).isEqualTo(out.getShape());
    assertThat(block.getParameters().isEmpty()).isTrue();
  }

  @Test
  void rejectsChannelsNotAMultipleOfFactorSquared() {
    PixelShuffle block = PixelShuffle.builder().factor(2).build();
    assertThatThrownBy(() -> block.getOutputShapes(new Shape[] {new Shape(1, 6, 2, 2)}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("multiple of r² = 4, found 6");
  }

  @Test
  void rejectsFactorBelowOne() {
    assertThatThrownBy(() -> PixelShuffle.builder().factor(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("factor must be >= 1, found 0");
  }

  @Test
  void rejectsInputThatIsNotFourDimensional() {
    PixelShuffle block = PixelShuffle.builder().build();
    assertThatThrownBy(() -> block.getOutputShapes(new Shape[] {new Shape(4, 2, 2)}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[N, C·r², H, W]");
  }

  private NDArray shuffle(int factor, float[] values, Shape shape) {
    return forward(PixelShuffle.builder().factor(factor).build(), manager.create(values, shape));
  }

  private NDArray forward(PixelShuffle block, NDArray input) {
    block.initialize(manager, DataType.FLOAT32, input.getShape());
    return block.forward(new ParameterStore(manager, false), new NDList(input), false)
        .singletonOrThrow();
  }
}
