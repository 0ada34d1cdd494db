package org.ganlab.dcgan;

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
import org.ganlab.core.config.ConfigValidator;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.loss.NonSaturatingLoss;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DcganShapesTest {
  private static final VariantOptionsResolver DCGAN =
      VariantOptionsResolver.of(java.util.Map.of("dcgan", DcganOptions.class));

  @ParameterizedTest(name = "{0}x{1}x{1} {2}")
  @CsvSource({"1,28,transposed", "1,28,resize", "3,32,transposed", "3,32,resize", "1,32,transposed"})
  void networksFitTheImageShape(int channels, int size, String upsample) {
    ExperimentConfig config = ConfigLoader.load("name: t\n", "yaml", List.of("model.variant=dcgan",
        "data.source=shapes", "data.image_size=" + size, "data.channels=" + channels,
        "model.width=8", "model.latent_dim=16", "model.upsample=" + upsample), DCGAN);
    SampleShape shape = new SampleShape(channels, size, size);
    try (NDManager manager = NDManager.newBaseManager()) {
      GanModels models = new DcganVariant().build(new BuildContext(config, shape, 10,
          new NonSaturatingLoss(), null, manager));
      NDArray images = models.generate(manager.randomNormal(new Shape(5, 16)), null);
      assertThat(images.getShape().getShape()).containsExactly(5, channels, size, size);
      float[] values = images.toFloatArray();
      for (float v : values) {
        assertThat(v).isBetween(-1f, 1f);
      }
      NDArray logits = models.networks().get("discriminator")
          .forward(new ParameterStore(manager, false), new NDList(images), false).singletonOrThrow();
      assertThat(logits.getShape().getShape()).containsExactly(5, 1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ring8", "grid25"})
  void pointsAreRefusedNamingTheVariant(String source) {
    ExperimentConfig config = ConfigLoader.load("name: t\n", "yaml",
        List.of("model.variant=dcgan", "data.source=" + source), DCGAN);
    ConfigValidator.validate(config);

    assertThatThrownBy(() -> new DcganVariant().validate(config, new SampleShape(2), 0))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("model.variant"))
        .hasMessageContaining("dcgan needs images");
  }
}
