package org.ganlab.conditional;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.testing.StepScopeGuard;
import org.ganlab.core.train.GanModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The step-scope memory guard on the conditional variant's own layers: class-conditional batch norm on
 * its own, and the generator and discriminator of every option that builds a different network (conv
 * or mlp backbone, class-conditional batch norm, projection with and without classifier, concat), which
 * between them hold every custom block of the package.
 */
class ConditionalStepScopeTest {
  private static final SampleShape SHAPES = new SampleShape(1, 28, 28);
  private static final String[][] NETWORK_OPTIONS = {
      {"model.backbone=conv", "model.conditional_bn=true", "model.classifier_weight=1"},
      {"model.backbone=conv", "model.discriminator=concat"},
      {"model.backbone=mlp", "model.discriminator=projection"},
      {"model.backbone=mlp", "model.discriminator=concat"}};

  @Test
  void classBatchNormLeavesTheModelManagerAsItWas() {
    StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(new ClassBatchNorm(3), manager ->
        new NDList(manager.arange(200f).div(200).reshape(2, 4, 5, 5),
            manager.create(new float[] {1, 0, 0, 0, 0, 1}, new Shape(2, 3))));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void generatorAndDiscriminatorLeaveTheModelManagerAsTheyWere(int option) {
    ExperimentConfig config = Fixtures.config(NETWORK_OPTIONS[option]);
    try (NDManager model = NDManager.newBaseManager()) {
      GanModels models = Fixtures.build(config, SHAPES, model);
      int latent = config.model().latentDim();

      StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(model,
          models.networks().get(GanModels.GENERATOR),
          withLabels(manager -> manager.arange(2f * latent).div(2 * latent).reshape(2, latent)));
      StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(model,
          models.networks().get(GanModels.DISCRIMINATOR),
          withLabels(manager -> manager.arange(2f * 784).div(784).reshape(2, 1, 28, 28)));
    }
  }

  @Test
  void theGuardedNetworksHoldEveryBlockOfThePackage() {
    Set<Class<?>> reached = new HashSet<>();
    reached.add(ClassBatchNorm.class);
    for (String[] options : NETWORK_OPTIONS) {
      try (NDManager model = NDManager.newBaseManager()) {
        Fixtures.build(Fixtures.config(options), SHAPES, model).networks().values()
            .forEach(network -> collect(network, reached));
      }
    }

    Set<Class<?>> all = StepScopeGuard.concreteBlocks("org.ganlab.conditional");
    assertThat(all).contains(ClassBatchNorm.class, LabelledSequence.class,
        ProjectionDiscriminator.class, ConcatDiscriminator.class, ConditionalGenerator.class);
    assertThat(reached).containsAll(all);
  }

  private static Function<NDManager, NDList> withLabels(Function<NDManager, NDArray> samples) {
    return manager -> new NDList(samples.apply(manager),
        manager.create(new int[] {3, 7}).toType(DataType.INT32, false));
  }

  private static void collect(Block block, Set<Class<?>> reached) {
    reached.add(block.getClass());
    block.getChildren().values().forEach(child -> collect(child, reached));
  }
}
