package org.ganlab.stylegan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.HashSet;
import java.util.Set;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.testing.StepScopeGuard;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.junit.jupiter.api.Test;

/**
 * The step-scope memory guard on StyleGAN's layers: the layers with their own parameters on their own
 * (a modulated convolution and a synthesis layer with fresh and with fixed noise), and the generator
 * and discriminator, which between them hold every block of the package.
 */
class StyleganStepScopeTest {

  @Test
  void modulatedConvolutionLeavesTheModelManagerAsItWas() {
    StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(
        new ModulatedConv2d(4, 3, 4, true, true),
        manager -> new NDList(ramp(manager, new Shape(2, 4, 4, 4)), ramp(manager, new Shape(2, 8))));
  }

  @Test
  void synthesisLayerWithFreshNoiseLeavesTheModelManagerAsItWas() {
    StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(new SynthesisLayer(4, 4, false),
        manager -> new NDList(ramp(manager, new Shape(2, 4, 4, 4)), ramp(manager, new Shape(2, 8)),
            ramp(manager, new Shape(2, 1, 4, 4))));
  }

  @Test
  void synthesisLayerWithFixedNoiseLeavesTheModelManagerAsItWas() {
    StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(new SynthesisLayer(4, 4, true),
        manager -> new NDList(ramp(manager, new Shape(2, 4, 4, 4)), ramp(manager, new Shape(2, 8))));
  }

  @Test
  void generatorAndDiscriminatorLeaveTheModelManagerAsTheyWere() {
    ExperimentConfig config = StyleganTrainingTest.config("model.width=4");
    DataSource data = DataSources.open(config.data(), config.seed());
    Set<Class<?>> reached = new HashSet<>();
    try (NDManager model = NDManager.newBaseManager()) {
      GanModels models = new StyleganVariant().build(BuildContext.of(config, data, model));
      Block generator = models.networks().get(GanModels.GENERATOR);
      Block discriminator = models.networks().get(GanModels.DISCRIMINATOR);

      StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(model, generator,
          manager -> new NDList(ramp(manager, new Shape(2, 8))));
      StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(model, discriminator,
          manager -> new NDList(ramp(manager, new Shape(4, 1, 32, 32))));
      collect(generator, reached);
      collect(discriminator, reached);
    }

    Set<Class<?>> all = StepScopeGuard.concreteBlocks("org.ganlab.stylegan");
    assertThat(all).contains(EqualizedLinear.class, EqualizedConv2d.class, ModulatedConv2d.class,
        SynthesisLayer.class, ToRgb.class, MappingNetwork.class, SynthesisNetwork.class,
        StyleGenerator.class, MinibatchStddev.class, ResidualBlock.class);
    assertThat(reached).containsAll(all);
  }

  private static NDArray ramp(NDManager manager, Shape shape) {
    return manager.arange((float) shape.size()).div(shape.size()).reshape(shape);
  }

  private static void collect(Block block, Set<Class<?>> reached) {
    reached.add(block.getClass());
    block.getChildren().values().forEach(child -> collect(child, reached));
  }
}
