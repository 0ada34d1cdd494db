package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.loss.NonSaturatingLoss;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.NoOptions;
import org.ganlab.core.train.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The discriminator layer factory: plain or normalised layers, and one derived u seed per layer. */
class DiscriminatorLayersTest {
  private static final long SEED = 42;
  private static final Shape IMAGE = new Shape(1, 2, 8, 8);
  private static final Shape VECTOR = new Shape(1, 6);

  private NDManager manager;

  @BeforeEach
  void setUp() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void tearDown() {
    manager.close();
  }

  @Test
  void plainFactoryMakesDjlLayersWithTheSameShapes() {
    DiscriminatorLayers plain = new DiscriminatorLayers(false, SEED);
    DiscriminatorLayers normalised = new DiscriminatorLayers(true, SEED);

    Block conv = plain.conv(4, 2, 1, 3, false);
    Block snConv = normalised.conv(4, 2, 1, 3, false);
    Block linear = plain.linear(5, true);
    Block snLinear = normalised.linear(5, true);

    assertThat(conv).isInstanceOf(Conv2d.class);
    assertThat(snConv).isInstanceOf(SpectralNormConv2d.class);
    assertThat(linear).isInstanceOf(Linear.class);
    assertThat(snLinear).isInstanceOf(SpectralNormLinear.class);
    assertThat(outputShape(conv, IMAGE)).isEqualTo(new Shape(1, 3, 4, 4));
    assertThat(outputShape(snConv, IMAGE)).isEqualTo(new Shape(1, 3, 4, 4));
    assertThat(outputShape(linear, VECTOR)).isEqualTo(new Shape(1, 5));
    assertThat(outputShape(snLinear, VECTOR)).isEqualTo(new Shape(1, 5));
    assertThat(conv.getParameters().keys()).containsExactly("weight");
    assertThat(snConv.getParameters().keys()).containsExactly("weight", "u");
    assertThat(linear.getParameters().keys()).containsExactly("weight", "bias");
    assertThat(snLinear.getParameters().keys()).containsExactly("weight", "bias", "u");
  }

  @Test
  void layerIGetsTheUOfSeedDerivedFromIndexI() {
    DiscriminatorLayers layers = new DiscriminatorLayers(true, SEED);
    Block first = layers.conv(3, 1, 1, 4, true);
    Block second = layers.linear(4, true);
    Block third = layers.linear(4, true);
    outputShape(first, IMAGE);
    outputShape(second, VECTOR);
    outputShape(third, VECTOR);

    assertThat(u(first)).containsExactly(expectedU(0));
    assertThat(u(second)).containsExactly(expectedU(1));
    assertThat(u(third)).containsExactly(expectedU(2));
    assertThat(u(second)).isNotEqualTo(u(third));
  }

  @Test
  void rebuildingGivesTheSameSeedsAndAnotherRunSeedOthers() {
    Block a = new DiscriminatorLayers(true, SEED).linear(4, false);
    Block b = new DiscriminatorLayers(true, SEED).linear(4, false);
    Block c = new DiscriminatorLayers(true, SEED + 1).linear(4, false);
    outputShape(a, VECTOR);
    outputShape(b, VECTOR);
    outputShape(c, VECTOR);

    assertThat(u(b)).containsExactly(u(a));
    assertThat(u(c)).isNotEqualTo(u(a));
  }

  @Test
  void buildContextSuppliesTheConfigFlagAndRunSeed() {
    Block off = DiscriminatorLayers.of(context()).linear(4, true);
    Block on = DiscriminatorLayers.of(context("model.spectral_norm=true", "seed=9")).linear(4, true);
    outputShape(on, VECTOR);

    assertThat(off).isInstanceOf(Linear.class);
    assertThat(on).isInstanceOf(SpectralNormLinear.class);
    assertThat(u(on)).containsExactly(
        PowerIteration.unitNormal(Seeds.derive(9, "spectral-norm", 0))
            .initialize(manager, new Shape(4), DataType.FLOAT32).toFloatArray());
  }

  private BuildContext context(String... overrides) {
    VariantOptionsResolver variants = VariantOptionsResolver.of(Map.of("plain", NoOptions.class));
    ExperimentConfig config =
        ConfigLoader.load("model: {variant: plain}\n", "yaml", List.of(overrides), variants);
    return new BuildContext(config, new SampleShape(2), 0, new NonSaturatingLoss(), null, manager);
  }

  private Shape outputShape(Block block, Shape input) {
    block.initialize(manager, DataType.FLOAT32, input);
    return block.getOutputShapes(new Shape[] {input})[0];
  }

  private float[] expectedU(int index) {
    return PowerIteration.unitNormal(Seeds.derive(SEED, "spectral-norm", index))
        .initialize(manager, new Shape(4), DataType.FLOAT32)
        .toFloatArray();
  }

  private static float[] u(Block block) {
    return block.getParameters().get("u").getArray().toFloatArray();
  }
}
