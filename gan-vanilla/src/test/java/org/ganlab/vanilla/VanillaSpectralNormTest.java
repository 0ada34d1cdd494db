package org.ganlab.vanilla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.testing.SpectralNormLayers;
import org.ganlab.core.testing.SpectralNormLayers.Measured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code model.spectral_norm: true} on the vanilla GAN: after three training steps every linear layer of
 * D, and nothing in G, is normalised, W/σ(u) has a largest singular value of about 1 and u has moved.
 */
class VanillaSpectralNormTest {
  private static final VariantOptionsResolver VANILLA =
      VariantOptionsResolver.of(Map.of("vanilla", VanillaOptions.class));

  @Test
  void everyDiscriminatorLayerIsNormalisedAfterThreeSteps(@TempDir Path dir) {
    ExperimentConfig config = ConfigLoader.load("name: sn\n", "yaml", List.of("model.variant=vanilla",
        "model.spectral_norm=true", "model.width=8", "model.depth=2", "model.latent_dim=4",
        "data.source=ring8", "training.steps=3", "training.batch_size=8", "training.log_every=1",
        "eval.samples=8", "eval.grid_size=4", "eval.metrics=[]", "runtime.threads=1"), VANILLA);

    List<Measured> layers = SpectralNormLayers.trainAndMeasure(new VanillaVariant(), config, dir);

    assertThat(layers).extracting(Measured::name).containsExactly(
        "discriminator/02SpectralNormLinear", "discriminator/04SpectralNormLinear",
        "discriminator/06SpectralNormLinear");
    assertThat(layers).extracting(Measured::outputs).containsExactly(8, 8, 1);
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
}
