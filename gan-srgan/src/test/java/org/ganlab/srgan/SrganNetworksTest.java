package org.ganlab.srgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.List;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.loss.NonSaturatingLoss;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.TranslationModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shapes of SRGAN's networks, baseline and grid panels for both scales, sizes and channel counts. */
class SrganNetworksTest {

  @ParameterizedTest(name = "x{0}, {1} channels, {2} px")
  @CsvSource({"2,1,28", "4,1,28", "2,3,32", "4,3,32", "2,3,28", "4,1,32"})
  void networksMapLowResolutionToHighResolution(int scale, int channels, int size) {
    ExperimentConfig config = SrganConfigs.load("model.scale=" + scale,
        "data.image_size=" + size, "data.channels=" + channels, "model.res_blocks=2");
    int low = size / scale;
    try (NDManager manager = NDManager.newBaseManager()) {
      TranslationModels models = build(config, new SampleShape(channels, size, size), manager);
      NDArray input = manager.randomUniform(-1f, 1f, new Shape(3, channels, low, low));

      NDArray output = models.translate(input);
      NDArray logits = models.networks().get("discriminator")
          .forward(new ParameterStore(manager, false), new NDList(output), false).singletonOrThrow();
      List<NDArray> panels = models.gridPanels(input);

      long[] high = {3, channels, size, size};
      assertThat(output.getShape().getShape()).containsExactly(high);
      for (float v : output.toFloatArray()) {
        assertThat(v).isBetween(-1f, 1f);
      }
      assertThat(logits.getShape().getShape()).containsExactly(3, 1);
      assertThat(models.baseline(input).getShape().getShape()).containsExactly(high);
      assertThat(panels).hasSize(3)
          .allSatisfy(panel -> assertThat(panel.getShape().getShape()).containsExactly(high));
      float[] nearest = panels.get(0).toFloatArray();
      assertThat(nearest[(scale - 1) * size + scale - 1]).isEqualTo(input.toFloatArray()[0]);
    }
  }

  @ParameterizedTest(name = "x{0}")
  @CsvSource({"2", "4"})
  void bicubicBaselineKeepsAFlatImageFlat(int scale) {
    ExperimentConfig config = SrganConfigs.load("model.scale=" + scale);
    try (NDManager manager = NDManager.newBaseManager()) {
      TranslationModels models = build(config, new SampleShape(1, 28, 28), manager);
      NDArray flat = manager.full(new Shape(2, 1, 28 / scale, 28 / scale), 0.375f);

      float[] upsampled = models.baseline(flat).toFloatArray();

      assertThat(upsampled).hasSize(2 * 28 * 28);
      for (float v : upsampled) {
        assertThat(v).isCloseTo(0.375f, within(1e-6f));
      }
    }
  }

  @ParameterizedTest(name = "width {0}")
  @CsvSource({"4", "8"})
  void preluSlopesStartAtPyTorchsDefault(int width) {
    ExperimentConfig config = SrganConfigs.load("model.width=" + width);
    try (NDManager manager = NDManager.newBaseManager()) {
      TranslationModels models = build(config, new SampleShape(1, 28, 28), manager);
      List<float[]> slopes = new java.util.ArrayList<>();
      for (Pair<String, Parameter> parameter : models.networks().get("generator").getParameters()) {
        if (parameter.getKey().endsWith("alpha")) {
          slopes.add(parameter.getValue().getArray().toFloatArray());
        }
      }

      // first layer, one per residual block (res_blocks=1), one per x2 stage (scale 4: two)
      assertThat(slopes).hasSize(4).allSatisfy(slope -> assertThat(slope).containsExactly(0.25f));
    }
  }

  static TranslationModels build(ExperimentConfig config, SampleShape shape, NDManager manager) {
    return new SrganVariant().build(new BuildContext(config, shape, 10, new NonSaturatingLoss(), null,
        manager));
  }
}
