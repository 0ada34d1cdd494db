package org.ganlab.cyclegan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import java.util.List;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.loss.LeastSquaresLoss;
import org.ganlab.core.nn.InstanceNorm;
import org.ganlab.core.nn.SpectralNormConv2d;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CycleGanNetworksTest {

  private static CycleGan build(ExperimentConfig config, SampleShape shape, NDManager manager) {
    GanModels models = new CycleGanVariant().build(
        new BuildContext(config, shape, 10, new LeastSquaresLoss(), null, manager));
    return (CycleGan) models;
  }

  @ParameterizedTest(name = "{0}x{1}x{1} {2}")
  @CsvSource({"1,28,transposed", "3,28,resize", "1,32,resize", "3,32,transposed"})
  void generatorsKeepTheImageShapeAndRange(int channels, int size, String upsample) {
    ExperimentConfig config = CycleGanConfigs.tiny("data.image_size=" + size,
        "data.channels=" + channels, "model.upsample=" + upsample);
    try (NDManager manager = NDManager.newBaseManager()) {
      CycleGan models = build(config, new SampleShape(channels, size, size), manager);
      NDArray input = manager.randomUniform(-1f, 1f, new Shape(3, channels, size, size));

      NDArray translated = models.translate(input);
      NDArray reconstructed = models.reconstruct(input);
      List<NDArray> panels = models.gridPanels(input);

      assertThat(translated.getShape().getShape()).containsExactly(3, channels, size, size);
      assertThat(reconstructed.getShape().getShape()).containsExactly(3, channels, size, size);
      assertThat(translated.abs().max().getFloat()).isLessThanOrEqualTo(1f);
      assertThat(panels).hasSize(3);
      assertThat(panels.get(0).toFloatArray()).isEqualTo(input.toFloatArray());
      assertThat(panels.get(1).toFloatArray()).isEqualTo(translated.toFloatArray());
      assertThat(panels.get(2).toFloatArray()).isEqualTo(reconstructed.toFloatArray());
      assertThat(models.baseline(input).toFloatArray()).isEqualTo(input.toFloatArray());
    }
  }

  @ParameterizedTest(name = "{0}x{1}x{1}")
  @CsvSource({"1,28,12", "3,28,12", "1,32,14", "3,32,14"})
  void discriminatorsScoreAMapOfPatches(int channels, int size, int patches) {
    ExperimentConfig config = CycleGanConfigs.tiny("data.image_size=" + size,
        "data.channels=" + channels);
    try (NDManager manager = NDManager.newBaseManager()) {
      CycleGan models = build(config, new SampleShape(channels, size, size), manager);
      NDArray images = manager.randomUniform(-1f, 1f, new Shape(5, channels, size, size));

      for (String d : List.of(CycleGan.DISCRIMINATOR_A, CycleGan.DISCRIMINATOR_B)) {
        assertThat(models.run(d, images, false).getShape().getShape())
            .containsExactly(5, 1, patches, patches);
      }
    }
  }

  @Test
  void withSpectralNormEveryDiscriminatorConvolutionIsNormalisedAndInstanceNormGoes() {
    ExperimentConfig config = CycleGanConfigs.tiny("model.spectral_norm=true");
    try (NDManager manager = NDManager.newBaseManager()) {
      CycleGan models = build(config, new SampleShape(1, 28, 28), manager);
      NDArray images = manager.randomUniform(-1f, 1f, new Shape(2, 1, 28, 28));

      for (String d : List.of(CycleGan.DISCRIMINATOR_A, CycleGan.DISCRIMINATOR_B)) {
        List<Class<?>> layers = models.networks().get(d).getChildren().values().stream()
            .<Class<?>>map(Object::getClass).toList();
        assertThat(layers).filteredOn(SpectralNormConv2d.class::equals).hasSize(3);
        assertThat(layers).doesNotContain(InstanceNorm.class, Conv2d.class);
        assertThat(models.run(d, images, false).getShape().getShape()).containsExactly(2, 1, 12, 12);
      }
    }
  }

  @ParameterizedTest(name = "{0} residual blocks")
  @CsvSource({"1", "3"})
  void eachResidualBlockAddsTwoConvolutionsOfFourTimesTheWidth(int blocks) {
    ExperimentConfig config = CycleGanConfigs.tiny("model.res_blocks=" + blocks, "model.width=4");
    try (NDManager manager = NDManager.newBaseManager()) {
      CycleGan models = build(config, new SampleShape(1, 28, 28), manager);
      long weights = models.networks().get(CycleGan.GENERATOR_AB).getParameters().stream()
          .filter(p -> p.getValue().getArray().getShape().equals(new Shape(16, 16, 3, 3)))
          .count();

      assertThat(weights).isEqualTo(2L * blocks);
      assertThat(models.networks()).containsOnlyKeys(CycleGan.GENERATOR_AB, CycleGan.GENERATOR_BA,
          CycleGan.DISCRIMINATOR_A, CycleGan.DISCRIMINATOR_B, CycleGan.POOL_A, CycleGan.POOL_B);
      assertThat(models.generatorName()).isEqualTo(CycleGan.GENERATOR_AB);
      assertThat(models.cycles()).isTrue();
    }
  }
}
