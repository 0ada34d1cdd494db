package org.ganlab.srgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.train.VariantRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SRGAN's options and the data it accepts, each refusal naming the key and the value. */
class SrganOptionsTest {
  private static final SrganVariant SRGAN = new SrganVariant();

  @Test
  void defaultsAreTheDocumentedOnes() {
    ExperimentConfig config = ConfigLoader.load("model: {variant: srgan}\n", "yaml", List.of(),
        VariantRegistry.load());

    assertThat(config.model().options(SrganOptions.class))
        .isEqualTo(new SrganOptions(4, 4, "pixel", 1e-3))
        .isEqualTo(SrganOptions.defaults());
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "model.scale|3|model.scale must be 2 or 4, found 3",
      "model.res_blocks|0|model.res_blocks must be in [1, 64], found 0",
      "model.content_loss|vgg|model.content_loss must be one of pixel, features, found vgg",
      "model.adversarial_weight|-0.1|model.adversarial_weight must be finite and >= 0, found -0.1"})
  void badValuesAreRefusedNamingTheKey(String key, String value, String message) {
    assertThatThrownBy(() -> SrganConfigs.load(key + "=" + value))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo(key))
        .hasMessageContaining(message);
  }

  @Test
  void aScaleThatDoesNotDivideTheImageSizeIsRefused() {
    ExperimentConfig config = SrganConfigs.load("model.scale=4");

    assertThatThrownBy(() -> SRGAN.validate(config, new SampleShape(1, 30, 30), 10))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("model.scale"))
        .hasMessageContaining("must divide the image size 30x30, found 4");
  }

  @Test
  void pointsAndTranslationSourcesAreRefused() {
    ExperimentConfig points = SrganConfigs.load("data.source=ring8");
    ExperimentConfig pairs = SrganConfigs.load("data.source=shapes-translation");

    assertThatThrownBy(() -> SRGAN.openData(points))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("model.variant"))
        .hasMessageContaining("srgan needs images");
    assertThatThrownBy(() -> SRGAN.openData(pairs))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("data.source"))
        .hasMessageContaining("already a translation source");
  }

  @Test
  void featureContentNeedsAFeatureNetworkForTheSource() {
    ExperimentConfig config = SrganConfigs.load("data.source=fashion-mnist",
        "model.content_loss=features");

    assertThatThrownBy(() -> SRGAN.validate(config, new SampleShape(1, 28, 28), 10))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("model.content_loss"))
        .hasMessageContaining("data.source fashion-mnist");
  }

  @Test
  void viewPairsEachImageWithItsDownsampledCopy() {
    ExperimentConfig config = SrganConfigs.load("model.scale=4", "data.image_size=32");

    var data = SRGAN.openData(config);

    assertThat(data).isInstanceOf(org.ganlab.core.data.LowResolutionView.class);
    assertThat(((org.ganlab.core.data.TranslationSource) data).inputShape())
        .isEqualTo(new SampleShape(1, 8, 8));
    assertThat(data.heldOut(3).values())
        .containsExactly(DataSources.open(config.data(), config.seed()).heldOut(3).values());
  }

  @Test
  void autoMetricsArePsnrSsimAndFidWhereTheSourceHasAnEvaluator() {
    assertThat(SRGAN.defaultMetrics("shapes", List.of("fid", "kid")))
        .containsExactly("psnr", "ssim", "fid");
    assertThat(SRGAN.defaultMetrics("image-folder", List.of())).containsExactly("psnr", "ssim");
    assertThat(SrganConfigs.load("eval.metrics=auto").eval().metrics())
        .containsExactly("psnr", "ssim", "fid");
  }
}
