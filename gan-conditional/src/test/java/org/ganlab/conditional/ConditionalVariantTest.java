package org.ganlab.conditional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.VariantRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionalVariantTest {

  @ParameterizedTest(name = "{0} {1} {2}x{3}x{3}")
  @CsvSource({"conv,projection,1,28", "conv,concat,1,28", "conv,projection,3,32", "conv,concat,3,32",
      "mlp,projection,1,28", "mlp,concat,1,28", "mlp,projection,3,32", "mlp,concat,3,32"})
  void networksFitTheImageShape(String backbone, String discriminator, int channels, int size) {
    ExperimentConfig config = Fixtures.config("model.backbone=" + backbone,
        "model.discriminator=" + discriminator, "data.image_size=" + size,
        "data.channels=" + channels);
    try (NDManager manager = NDManager.newBaseManager()) {
      GanModels models = Fixtures.build(config, new SampleShape(channels, size, size), manager);
      NDArray labels = manager.create(new int[] {0, 3, 9, 9, 1});
      NDArray images = models.generate(manager.randomNormal(new Shape(5, 16)), labels);

      assertThat(models.conditional()).isTrue();
      assertThat(images.getShape().getShape()).containsExactly(5, channels, size, size);
      assertThat(images.abs().max().getFloat()).isLessThanOrEqualTo(1f).isGreaterThan(0f);
      NDArray logits = models.networks().get("discriminator").forward(
          new ParameterStore(manager, false), new NDList(images, labels), false).singletonOrThrow();
      assertThat(logits.getShape().getShape()).containsExactly(5, 1);
    }
  }

  @Test
  void theMlpBackboneAlsoGeneratesFlatSamples() {
    ExperimentConfig config = Fixtures.config("model.backbone=mlp");
    try (NDManager manager = NDManager.newBaseManager()) {
      GanModels models = Fixtures.build(config, new SampleShape(2), manager);
      NDArray points = models.generate(manager.randomNormal(new Shape(4, 16)),
          manager.create(new int[] {0, 1, 2, 3}));

      assertThat(points.getShape().getShape()).containsExactly(4, 2);
    }
  }

  @Test
  void generatingWithoutLabelsIsRefused() {
    try (NDManager manager = NDManager.newBaseManager()) {
      GanModels models = Fixtures.build(Fixtures.config(), new SampleShape(1, 28, 28), manager);

      assertThatThrownBy(() -> models.generate(manager.randomNormal(new Shape(2, 16)), null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("needs labels");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"shapes", "fashion-mnist"})
  void autoMetricsAddTheConditionalOnesOnSourcesWithAnEvaluator(String source) {
    ExperimentConfig config = ConfigLoader.load("name: t\n", "yaml",
        List.of("model.variant=conditional", "data.source=" + source), VariantRegistry.load());

    assertThat(config.eval().metrics()).containsExactly("fid", "kid", "precision_recall",
        "density_coverage", "is", "class_coverage", "conditional_accuracy", "per_class_fid");
  }

  @Test
  void autoMetricsOfOtherSourcesAreTheData() {
    assertThat(new ConditionalVariant().defaultMetrics("idx", List.of())).isEmpty();
    assertThat(new ConditionalVariant().defaultMetrics("ring8", List.of("modes")))
        .containsExactly("modes");
  }

  @Test
  void unlabelledDataIsRefusedNamingTheDataSource() {
    ExperimentConfig config = Fixtures.config("data.source=ring8", "model.backbone=mlp");

    assertThatThrownBy(() -> new ConditionalVariant().validate(config, new SampleShape(2), 0))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("data.source"))
        .hasMessageStartingWith("data.source ring8 has no labels");
  }

  @Test
  void theConvBackboneNeedsImagesOf28Or32Pixels() {
    ConditionalVariant variant = new ConditionalVariant();

    assertThatThrownBy(() -> variant.validate(Fixtures.config(), new SampleShape(2), 10))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("model.backbone"));
    assertThatThrownBy(() -> variant.validate(Fixtures.config(), new SampleShape(1, 64, 64), 10))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("data.image_size"))
        .hasMessageContaining("must be 28 or 32");
    variant.validate(Fixtures.config("model.backbone=mlp"), new SampleShape(1, 64, 64), 10);
  }
}
