package org.ganlab.srgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.util.Pair;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.testing.SpectralNormLayers;
import org.ganlab.core.testing.SpectralNormLayers.Measured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code model.spectral_norm: true} on SRGAN: after training, every convolution and dense layer of D is
 * normalised (largest singular value of W/σ(u) about 1) and D has no batch norm; G keeps its own.
 */
class SrganSpectralNormTest {

  @Test
  void everyDiscriminatorLayerIsNormalisedAfterTraining(@TempDir Path dir) {
    ExperimentConfig config = SrganConfigs.load("model.spectral_norm=true", "model.scale=2",
        "loss.type=hinge", "training.steps=6", "training.pretrain_steps=1", "eval.every=6");

    List<Measured> layers = SpectralNormLayers.trainAndMeasure(new SrganVariant(), config, dir);

    assertThat(layers).hasSize(8).allSatisfy(layer ->
        assertThat(layer.name()).startsWith("discriminator/"));
    assertThat(layers).extracting(Measured::outputs).containsExactly(4, 4, 8, 8, 16, 16, 64, 1);
    for (Measured layer : layers) {
      assertThat(layer.normalisedNorm()).as(layer.name()).isCloseTo(1.0, within(0.1));
      if (layer.outputs() > 1) {
        assertThat(layer.trainedU()).as(layer.name()).isNotEqualTo(layer.initialU());
      }
    }
  }

  @Test
  void discriminatorDropsBatchNormOnlyWithSpectralNorm() {
    assertThat(batchNorms("discriminator", SrganConfigs.load("model.spectral_norm=true"))).isZero();
    assertThat(batchNorms("discriminator", SrganConfigs.load())).isEqualTo(5);
    assertThat(batchNorms("generator", SrganConfigs.load("model.spectral_norm=true")))
        .isEqualTo(2 + 1);
  }

  private static int batchNorms(String network, ExperimentConfig config) {
    try (NDManager manager = NDManager.newBaseManager()) {
      return count(SrganNetworksTest.build(config, new SampleShape(1, 28, 28), manager)
          .networks().get(network));
    }
  }

  private static int count(Block block) {
    int n = block instanceof BatchNorm ? 1 : 0;
    for (Pair<String, Block> child : block.getChildren()) {
      n += count(child.getValue());
    }
    return n;
  }
}
