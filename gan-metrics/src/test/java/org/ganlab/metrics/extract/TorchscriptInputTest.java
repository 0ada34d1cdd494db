package org.ganlab.metrics.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.ganlab.core.config.ExtractorConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.junit.jupiter.api.Test;

/** Preprocessing of ganlab images for a TorchScript model, against values computed by hand. */
class TorchscriptInputTest {

  @Test
  void readsOneValuePerChannelFromTheConfig() {
    Batch white = new Batch(new float[] {1}, null, new SampleShape(1, 1, 1));
    ExtractorConfig config =
        new ExtractorConfig("torchscript", "unused.pt", 8, 3, List.of(0.5), List.of(0.5, 0.25, 2.0), 8);
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      NDArray x = TorchscriptInput.of(config).prepare(manager, white, 0, 1);
      assertThat(x.getShape()).isEqualTo(new Shape(1, 3, 8, 8));
      // (1 - 0.5) / std_c at every pixel
      assertThat(x.get(0, 0, 7, 7).getFloat()).isCloseTo(1f, within(1e-6f));
      assertThat(x.get(0, 1, 0, 3).getFloat()).isCloseTo(2f, within(1e-6f));
      assertThat(x.get(0, 2, 4, 0).getFloat()).isCloseTo(0.25f, within(1e-6f));
    }
  }

  private static TorchscriptInput oneChannel() {
    return new TorchscriptInput(2, 1, new float[] {0}, new float[] {1});
  }

  @Test
  void greyIsMappedToUnitRangeRepeatedAndNormalisedPerChannel() {
    Batch grey = new Batch(new float[] {-1, 0, 0.5f, 1}, null, new SampleShape(1, 2, 2));
    TorchscriptInput input =
        new TorchscriptInput(2, 3, new float[] {0.5f, 0.25f, 0}, new float[] {0.5f, 0.25f, 2});
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      NDArray x = input.prepare(manager, grey, 0, 1);
      assertThat(x.getShape()).isEqualTo(new Shape(1, 3, 2, 2));
      // [0, 1] values 0, 0.5, 0.75, 1; channel c: (v - mean_c) / std_c
      assertThat(x.toFloatArray()).containsExactly(new float[] {
          -1, 0, 0.5f, 1,
          -1, 1, 2, 3,
          0, 0.25f, 0.375f, 0.5f}, within(1e-6f));
    }
  }

  @Test
  void colourIsAveragedForAOneChannelModel() {
    float[] colour = {-1, 1, 0, 0, 1, 1, -1, -1, 0.5f, 0.5f, 0.5f, -0.5f};
    Batch batch = new Batch(colour, null, new SampleShape(3, 2, 2));
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      NDArray x = oneChannel().prepare(manager, batch, 0, 1);
      // channel values in [0, 1]: (0, 1, .5, .5), (1, 1, 0, 0), (.75, .75, .75, .25)
      assertThat(x.toFloatArray())
          .containsExactly(new float[] {1.75f / 3, 2.75f / 3, 1.25f / 3, 0.75f / 3}, within(1e-6f));
    }
  }

  @Test
  void preparesTheRequestedImagesOfABatch() {
    float[] values = {-1, -1, -1, -1, 1, 1, 1, 1, 0, 0, 0, 0};
    Batch batch = new Batch(values, null, new SampleShape(1, 2, 2));
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      NDArray x = oneChannel().prepare(manager, batch, 1, 3);
      assertThat(x.toFloatArray()).containsExactly(1, 1, 1, 1, 0.5f, 0.5f, 0.5f, 0.5f);
    }
  }

  @Test
  void refusesSamplesThatAreNotGreyOrColourImages() {
    assertThatThrownBy(() -> TorchscriptInput.check(new SampleShape(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found samples of shape [2]");
    assertThatThrownBy(() -> TorchscriptInput.check(new SampleShape(4, 8, 8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C = 1 or 3");
  }
}
