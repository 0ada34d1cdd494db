package org.ganlab.dcgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.norm.BatchNorm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.loss.HingeLoss;
import org.ganlab.core.testing.SpectralNormLayers;
import org.ganlab.core.testing.SpectralNormLayers.Measured;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code model.spectral_norm: true} on DCGAN: every convolution and the linear layer of D are normalised
 * and D loses its batch norm; G keeps its batch norm and has no normalised layer.
 */
class DcganSpectralNormTest {
  static final VariantOptionsResolver DCGAN =
      VariantOptionsResolver.of(Map.of("dcgan", DcganOptions.class));

  /**
   * Returns a tiny spectrally normalised DCGAN config on 28 px shapes.
   *
   * @param extra more overrides
   * @return the config
   */
  static ExperimentConfig config(String... extra) {
    List<String> overrides = new ArrayList<>(List.of("model.variant=dcgan",
        "model.spectral_norm=true", "model.width=4", "model.latent_dim=8", "data.source=shapes",
        "loss.type=hinge", "training.steps=3", "training.batch_size=4", "training.log_every=1",
        "eval.samples=8", "eval.grid_size=4", "eval.metrics=[]", "runtime.threads=1"));
    overrides.addAll(List.of(extra));
    return ConfigLoader.load("name: sn\n", "yaml", overrides, DCGAN);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"none", "gp"})
  void everyDiscriminatorLayerIsNormalisedAfterThreeSteps(String penalty, @TempDir Path dir) {
    ExperimentConfig config = config("loss.penalty.type=" + penalty);

    List<Measured> layers = SpectralNormLayers.trainAndMeasure(new DcganVariant(), config, dir);

    assertThat(layers).extracting(Measured::name).containsExactly(
        "discriminator/01SpectralNormConv2d", "discriminator/03SpectralNormConv2d",
        "discriminator/06SpectralNormLinear");
    assertThat(layers).extracting(Measured::outputs).containsExactly(4, 8, 1);
    for (Measured layer : layers) {
      assertThat(layer.normalisedNorm()).as(layer.name()).isCloseTo(1.0, within(0.1));
      if (layer.outputs() > 1) {
        assertThat(layer.trainedU()).as(layer.name()).isNotEqualTo(layer.initialU());
      } else {
        // A one-row W has u = ±1 for good: the power iteration maps u to itself.
        assertThat(Math.abs(layer.trainedU()[0])).as(layer.name()).isEqualTo(1f);
      }
    }
  }

  @Test
  void discriminatorDropsBatchNormOnlyWithSpectralNorm() {
    assertThat(batchNorms("discriminator", config())).isZero();
    assertThat(batchNorms("generator", config())).isEqualTo(2);
    assertThat(batchNorms("discriminator", config("model.spectral_norm=false"))).isEqualTo(1);
  }

  private static int batchNorms(String network, ExperimentConfig config) {
    try (NDManager manager = NDManager.newBaseManager()) {
      GanModels models = new DcganVariant().build(
          new BuildContext(config, new SampleShape(1, 28, 28), 10, new HingeLoss(), null, manager));
      int count = 0;
      for (Block block : models.networks().get(network).getChildren().values()) {
        count += block instanceof BatchNorm ? 1 : 0;
      }
      return count;
    }
  }
}
