package org.ganlab.lapgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.List;
import java.util.SplittableRandom;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.random.Gaussian;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.SampleFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shapes of each level's networks, and the chained sampler against a hand-built chain. */
class LapganNetworksTest {

  @ParameterizedTest(name = "{0} px, {1} channels, conditional {2}")
  @CsvSource({"28,1,false", "32,3,false", "28,1,true", "32,3,true"})
  void eachLevelsNetworksHaveTheLevelsShapes(int size, int channels, boolean conditional) {
    try (NDManager manager = NDManager.newBaseManager()) {
      LaplacianGan models = Fixtures.build(Fixtures.config("model.conditional=" + conditional),
          new SampleShape(channels, size, size), manager);
      ParameterStore store = new ParameterStore(manager, false);
      LaplacianGenerator generator = (LaplacianGenerator) models.networks().get(GanModels.GENERATOR);
      NDArray labels = manager.create(new int[] {1, 9});
      NDArray latent = manager.randomNormal(new Shape(2, models.latentDim()));
      int[] sizes = {size, size / 2, size / 4};

      assertThat(models.latentDim()).isEqualTo(8 + sizes[1] * sizes[1] + size * size);
      assertThat(models.networks().keySet()).containsExactly(GanModels.GENERATOR,
          "discriminator_l0", "discriminator_l1", "discriminator_l2");
      assertThat(generator.base(store, manager.zeros(new Shape(2, 8)), labels, false).getShape())
          .isEqualTo(new Shape(2, channels, sizes[2], sizes[2]));
      for (int k = 0; k < 2; k++) {
        Shape level = new Shape(2, channels, sizes[k], sizes[k]);
        NDArray residual = generator.residual(store, k, manager.zeros(level),
            manager.zeros(new Shape(2, 1, sizes[k], sizes[k])), labels, false);
        assertThat(residual.getShape()).isEqualTo(level);
      }
      for (int k = 0; k < 3; k++) {
        NDList inputs = new NDList(manager.zeros(new Shape(2, channels, sizes[k], sizes[k])));
        if (conditional) {
          inputs.add(labels);
        }
        Block discriminator = models.networks().get("discriminator_l" + k);
        assertThat(discriminator.forward(store, inputs, false).singletonOrThrow().getShape())
            .isEqualTo(new Shape(2, 1));
      }
      assertThat(models.generate(latent, conditional ? labels : null).getShape())
          .isEqualTo(new Shape(2, channels, size, size));
    }
  }

  @Test
  void withZeroResidualGeneratorsTheChainIsTheUpsampledBase() {
    try (NDManager manager = NDManager.newBaseManager()) {
      LaplacianGan models = Fixtures.build(Fixtures.config(), new SampleShape(1, 28, 28), manager);
      LaplacianGenerator generator = (LaplacianGenerator) models.networks().get(GanModels.GENERATOR);
      zeroLastConvolutions(generator);
      NDArray latent = NativeArrays.create(manager,
          Gaussian.sample(new SplittableRandom(2), 3 * models.latentDim(), 0, 1),
          new Shape(3, models.latentDim()));
      ParameterStore store = new ParameterStore(manager, false);
      NDArray base = generator.base(store, latent.get(":, 0:8"), null, false);

      NDArray samples = models.generate(latent, null);

      NDArray expected = LaplacianPyramid.up(LaplacianPyramid.up(base));
      assertThat(samples.getShape()).isEqualTo(new Shape(3, 1, 28, 28));
      assertThat(samples.toFloatArray()).containsExactly(expected.toFloatArray());
      assertThat(base.abs().max().getFloat()).isGreaterThan(0f);
    }
  }

  @Test
  void theChainAddsEachLevelsResidualToTheUpsampledCoarserImage() {
    try (NDManager manager = NDManager.newBaseManager()) {
      LaplacianGan models = Fixtures.build(Fixtures.config(), new SampleShape(1, 28, 28), manager);
      LaplacianGenerator generator = (LaplacianGenerator) models.networks().get(GanModels.GENERATOR);
      PyramidShape shape = new PyramidShape(1, 28, 3, 8);
      NDArray latent = NativeArrays.create(manager,
          Gaussian.sample(new SplittableRandom(3), 2 * models.latentDim(), 0, 1),
          new Shape(2, models.latentDim()));
      ParameterStore store = new ParameterStore(manager, false);

      NDArray image = generator.base(store, shape.z(latent), null, false).clip(-1, 1);
      for (int k = 1; k >= 0; k--) {
        NDArray coarse = LaplacianPyramid.up(image);
        image = coarse.add(generator.residual(store, k, coarse, shape.noise(latent, k), null, false))
            .clip(-1, 1);
      }

      float[] expected = image.toFloatArray();
      float[] actual = models.generate(latent, null).toFloatArray();
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i]).isCloseTo(expected[i], within(1e-6f));
      }
    }
  }

  @Test
  void theChainFigureHasOneRowPerLevelEndingWithTheSamples() {
    try (NDManager manager = NDManager.newBaseManager()) {
      LaplacianGan models = Fixtures.build(Fixtures.config(), new SampleShape(1, 28, 28), manager);
      NDArray latent = manager.randomNormal(new Shape(5, models.latentDim()));

      List<SampleFigure> figures = models.sampleFigures(latent, null);

      assertThat(figures).hasSize(1);
      SampleFigure chain = figures.get(0);
      assertThat(chain.name()).isEqualTo("chain");
      assertThat(chain.columns()).isEqualTo(5);
      assertThat(chain.values()).hasSize(15 * 28 * 28);
      NDArray images = manager.create(chain.values(), new Shape(15, 1, 28, 28));
      assertThat(images.get("10:15").toFloatArray())
          .containsExactly(models.generate(latent, null).toFloatArray());
      NDArray baseRow = images.get("0:5");
      assertThat(LaplacianPyramid.up(LaplacianPyramid.down(baseRow)).toFloatArray())
          .containsExactly(baseRow.toFloatArray());
    }
  }

  /** Sets the weights and bias of each residual generator's 5×5 output convolution to 0. */
  private static void zeroLastConvolutions(LaplacianGenerator generator) {
    for (Pair<String, Parameter> parameter : generator.getParameters()) {
      String name = parameter.getKey();
      if (!name.startsWith("level2") && name.contains("05Conv2d")) {
        NDArray array = parameter.getValue().getArray();
        NativeArrays.assign(array, new float[(int) array.size()]);
      }
    }
    assertThat(generator.getParameters().keys()).anyMatch(name -> name.contains("05Conv2d_weight"));
  }
}
