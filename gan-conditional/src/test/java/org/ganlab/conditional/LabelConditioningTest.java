package org.ganlab.conditional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.SplittableRandom;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.random.Gaussian;
import org.ganlab.core.train.GanModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The label reaches both networks: changing only the class changes G's samples and D's logits. */
class LabelConditioningTest {

  @ParameterizedTest(name = "{0} {1} conditional_bn={2}")
  @CsvSource({"conv,projection,false", "conv,projection,true", "conv,concat,false",
      "mlp,projection,false", "mlp,concat,false"})
  void changingOnlyTheLabelChangesTheSamples(String backbone, String discriminator,
      boolean conditionalBn) {
    try (NDManager manager = NDManager.newBaseManager()) {
      GanModels models = models(manager, "model.backbone=" + backbone,
          "model.discriminator=" + discriminator, "model.conditional_bn=" + conditionalBn);
      NDArray latent = seeded(manager, new Shape(1, 16)).repeat(0, 3);
      float[][] samples = rows(models.generate(latent, manager.create(new int[] {2, 2, 7})));

      assertThat(maxDifference(samples[0], samples[1])).isLessThan(1e-6f);
      assertThat(maxDifference(samples[0], samples[2])).isGreaterThan(1e-3f);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"conv,projection", "conv,concat", "mlp,projection", "mlp,concat"})
  void changingOnlyTheLabelChangesTheLogit(String backbone, String discriminator) {
    try (NDManager manager = NDManager.newBaseManager()) {
      Block d = models(manager, "model.backbone=" + backbone, "model.discriminator=" + discriminator)
          .networks().get("discriminator");
      NDArray image = seeded(manager, new Shape(1, 1, 28, 28)).clip(-1f, 1f).repeat(0, 3);
      float[] logits = d.forward(new ParameterStore(manager, false),
          new NDList(image, manager.create(new int[] {4, 4, 5})), false).singletonOrThrow()
          .toFloatArray();

      assertThat(logits[1]).isCloseTo(logits[0], within(1e-6f));
      assertThat(Math.abs(logits[2] - logits[0])).isGreaterThan(1e-5f);
    }
  }

  private static GanModels models(NDManager manager, String... overrides) {
    return Fixtures.build(Fixtures.config(overrides), new SampleShape(1, 28, 28), manager);
  }

  private static NDArray seeded(NDManager manager, Shape shape) {
    return manager.create(Gaussian.sample(new SplittableRandom(11), (int) shape.size(), 0, 1), shape);
  }

  private static float[][] rows(NDArray samples) {
    int n = (int) samples.getShape().get(0);
    float[] flat = samples.toFloatArray();
    int size = flat.length / n;
    float[][] rows = new float[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = java.util.Arrays.copyOfRange(flat, i * size, (i + 1) * size);
    }
    return rows;
  }

  private static float maxDifference(float[] a, float[] b) {
    float max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }
}
