package org.ganlab.stylegan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.SplittableRandom;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.random.Gaussian;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** StyleGAN2's layers against values computed by hand. */
class StyleganLayersTest {

  @Test
  void demodulatedOutputHasUnitVariancePerChannelForUnitVarianceInputAndWeights() {
    double[] demodulated = outputVariances(true);
    double[] plain = outputVariances(false);

    for (int channel = 0; channel < demodulated.length; channel++) {
      assertThat(demodulated[channel]).as("channel %d", channel).isCloseTo(1.0, within(0.15));
    }
    assertThat(mean(plain)).as("without demodulation the styles scale the variance")
        .isGreaterThan(1.5);
  }

  /** Variance per output channel over batch and interior pixels (the border sees zero padding). */
  private static double[] outputVariances(boolean demodulate) {
    int in = 64;
    int out = 16;
    try (NDManager manager = NDManager.newBaseManager()) {
      ModulatedConv2d conv = new ModulatedConv2d(in, 3, out, demodulate, false);
      Shape x = new Shape(16, in, 16, 16);
      Shape w = new Shape(16, 8);
      conv.initialize(manager, DataType.FLOAT32, x, w);
      SplittableRandom random = new SplittableRandom(7);
      conv.getParameters().forEach(p -> {
        if (!p.getKey().endsWith("bias")) {
          NDArray array = p.getValue().getArray();
          NativeArrays.assign(array, Gaussian.sample(random, (int) array.size(), 0, 1));
        }
      });
      NDArray input = normal(manager, random, x);
      NDArray styles = normal(manager, random, w);
      NDArray y = conv.forward(new ParameterStore(manager, false), new NDList(input, styles), false)
          .singletonOrThrow().get(new NDIndex(":, :, 1:15, 1:15"));
      NDArray perChannel = y.transpose(1, 0, 2, 3).reshape(out, -1);
      NDArray centred = perChannel.sub(perChannel.mean(new int[] {1}, true));
      float[] variances = centred.square().mean(new int[] {1}).toFloatArray();
      double[] result = new double[out];
      for (int j = 0; j < out; j++) {
        result[j] = variances[j];
      }
      return result;
    }
  }

  @Test
  void equalisedLinearScalesItsWeightByMultiplierOverRootFanIn() {
    try (NDManager manager = NDManager.newBaseManager()) {
      EqualizedLinear layer = new EqualizedLinear(2, 0.01f, 3f);
      layer.initialize(manager, DataType.FLOAT32, new Shape(1, 4));
      NativeArrays.assign(layer.getParameters().get("weight").getArray(),
          new float[] {100, 200, 300, 400, -100, 0, 0, 100});
      NDArray x = manager.create(new float[] {1, 1, 2, 0}, new Shape(1, 4));

      float[] y = layer.forward(new ParameterStore(manager, false), new NDList(x), false)
          .singletonOrThrow().toFloatArray();

      assertThat(layer.runtimeScale(4)).isCloseTo(0.005f, within(1e-9f));
      // W·x = (100 + 200 + 600, −100) = (900, −100); × 0.01/√4 = (4.5, −0.5); + bias 3 × 0.01.
      assertThat(y[0]).isCloseTo(4.53f, within(1e-5f));
      assertThat(y[1]).isCloseTo(-0.47f, within(1e-5f));
    }
  }

  @Test
  void equalisedConvolutionScaleIsOneOverRootOfFanIn() {
    assertThat(EqualizedConv2d.runtimeScale(16, 3)).isCloseTo(1f / 12, within(1e-9f));
    try (NDManager manager = NDManager.newBaseManager()) {
      EqualizedConv2d conv = new EqualizedConv2d(1, 1, false);
      conv.initialize(manager, DataType.FLOAT32, new Shape(1, 4, 1, 1));
      NativeArrays.assign(conv.getParameters().get("weight").getArray(), new float[] {1, 2, 3, 4});
      NDArray x = manager.create(new float[] {1, 1, 1, 1}, new Shape(1, 4, 1, 1));

      float y = conv.forward(new ParameterStore(manager, false), new NDList(x), false)
          .singletonOrThrow().getFloat();

      assertThat(y).isCloseTo(10f / 2, within(1e-6f));
    }
  }

  @ParameterizedTest
  @ValueSource(floats = {0f, 0.5f})
  void truncationPullsTowardsTheAverageStyle(float psi) {
    try (NDManager manager = NDManager.newBaseManager()) {
      MappingNetwork mapping = new MappingNetwork(4, 2);
      mapping.initialize(manager, DataType.FLOAT32, new Shape(2, 4));
      NativeArrays.assign(mapping.average(), new float[] {1, 2, 3, 4});
      NDArray w = manager.create(new float[] {5, 6, 7, 8, -1, -2, -3, -4}, new Shape(2, 4));

      float[] truncated = mapping.truncate(w, psi).toFloatArray();

      float[] expected = psi == 0f ? new float[] {1, 2, 3, 4, 1, 2, 3, 4}
          : new float[] {3, 4, 5, 6, 0, 0, 0, 0};
      assertThat(truncated).containsExactly(expected);
    }
  }

  @Test
  void averageStyleMovesByOneMinusBetaTowardsTheBatchMean() {
    try (NDManager manager = NDManager.newBaseManager()) {
      MappingNetwork mapping = new MappingNetwork(2, 1);
      mapping.initialize(manager, DataType.FLOAT32, new Shape(2, 2));
      NativeArrays.assign(mapping.average(), new float[] {10, 0});

      mapping.track(manager.create(new float[] {2, 4, 6, 8}, new Shape(2, 2)));

      // 0.995·(10, 0) + 0.005·(4, 6)
      assertThat(mapping.average().toFloatArray()[0]).isCloseTo(9.97f, within(1e-5f));
      assertThat(mapping.average().toFloatArray()[1]).isCloseTo(0.03f, within(1e-6f));
    }
  }

  @Test
  void minibatchStddevAppendsTheGroupsMeanStandardDeviation() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray x = manager.create(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, new Shape(4, 1, 1, 2));

      NDArray y = new MinibatchStddev().forward(new ParameterStore(manager, false), new NDList(x),
          false).singletonOrThrow();

      // Both features over the four samples: mean 4 (5), deviations ±1, ±3: variance 5.
      assertThat(y.getShape()).isEqualTo(new Shape(4, 2, 1, 2));
      assertThat(y.get(new NDIndex(":, 0")).toFloatArray()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
      for (float value : y.get(new NDIndex(":, 1")).toFloatArray()) {
        assertThat(value).isCloseTo((float) Math.sqrt(5), within(1e-5f));
      }
    }
  }

  @Test
  void minibatchStddevGroupsSampleNWithTheSamplesOfTheSameIndexModuloTheGroupCount() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray x = manager.create(new float[] {0, 10, 2, 10, 4, 10, 6, 10}, new Shape(8, 1, 1, 1));

      float[] extra = new MinibatchStddev().forward(new ParameterStore(manager, false),
          new NDList(x), false).singletonOrThrow().get(new NDIndex(":, 1")).toFloatArray();

      // Group 0 = samples 0, 2, 4, 6 (0, 2, 4, 6: variance 5); group 1 = the four 10s: √1e-8.
      for (int n = 0; n < 8; n++) {
        assertThat(extra[n]).as("sample %d", n)
            .isCloseTo(n % 2 == 0 ? (float) Math.sqrt(5) : 1e-4f, within(1e-6f));
      }
    }
    assertThat(MinibatchStddev.groupSize(6)).isEqualTo(3);
    assertThat(MinibatchStddev.groupSize(2)).isEqualTo(2);
    assertThat(MinibatchStddev.groupSize(64)).isEqualTo(4);
  }

  @Test
  void mixingGridPutsCoarseSourcesOnTopAndFineSourcesOnTheLeft() {
    float[] grid = MixingGrid.layout(new float[] {1, 2}, new float[] {3, 4},
        new float[] {13, 23, 14, 24}, 2);

    assertThat(grid).containsExactly(-1, 1, 2, 3, 13, 23, 4, 14, 24);
  }

  private static NDArray normal(NDManager manager, SplittableRandom random, Shape shape) {
    return NativeArrays.create(manager, Gaussian.sample(random, (int) shape.size(), 0, 1), shape);
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }
}
