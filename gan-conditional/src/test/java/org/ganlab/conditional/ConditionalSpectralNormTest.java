package org.ganlab.conditional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.util.Pair;
import java.nio.file.Path;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.testing.SpectralNormLayers;
import org.ganlab.core.testing.SpectralNormLayers.Measured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code model.spectral_norm: true}: the run trains, every weight layer of D (projection embedding
 * included) is normalised, the conv discriminator drops its batch norm and G is untouched.
 */
class ConditionalSpectralNormTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"conv,projection,5", "conv,concat,4", "mlp,projection,5", "mlp,concat,4"})
  void everyDiscriminatorLayerIsNormalisedAfterTraining(String backbone, String discriminator,
      int layers, @TempDir Path dir) {
    ExperimentConfig config = config("model.backbone=" + backbone,
        "model.discriminator=" + discriminator);

    java.util.List<Measured> measured =
        SpectralNormLayers.trainAndMeasure(new ConditionalVariant(), config, dir);

    assertThat(measured).hasSize(layers)
        .allMatch(layer -> layer.name().startsWith("discriminator/"));
    for (Measured layer : measured) {
      assertThat(layer.normalisedNorm()).as(layer.name()).isCloseTo(1.0, within(0.1));
    }
  }

  @Test
  void theConvDiscriminatorDropsBatchNormOnlyWithSpectralNorm() {
    assertThat(batchNorms("discriminator", config())).isZero();
    assertThat(batchNorms("generator", config())).isEqualTo(2);
    assertThat(batchNorms("discriminator", config("model.spectral_norm=false"))).isEqualTo(2);
  }

  private static ExperimentConfig config(String... extra) {
    java.util.List<String> overrides = new java.util.ArrayList<>(java.util.List.of(
        "model.spectral_norm=true", "model.width=4", "loss.type=hinge", "training.steps=3",
        "training.batch_size=4", "training.log_every=1", "eval.samples=8", "eval.grid_size=10",
        "eval.metrics=[]", "runtime.threads=1"));
    overrides.addAll(java.util.List.of(extra));
    return Fixtures.config(overrides.toArray(String[]::new));
  }

  private static int batchNorms(String network, ExperimentConfig config) {
    try (NDManager manager = NDManager.newBaseManager()) {
      return count(Fixtures.build(config, new SampleShape(1, 28, 28), manager).networks()
          .get(network));
    }
  }

  private static int count(Block block) {
    int count = block instanceof BatchNorm ? 1 : 0;
    for (Pair<String, Block> child : block.getChildren()) {
      count += count(child.getValue());
    }
    return count;
  }
}
