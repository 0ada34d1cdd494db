package org.ganlab.lapgan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import java.util.HashSet;
import java.util.Set;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.testing.StepScopeGuard;
import org.ganlab.core.train.GanModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The step-scope memory guard on the LAPGAN variant's own blocks: the label plane on its own, and the
 * whole generator (every level's generator and the chained sampler) and every level's discriminator,
 * unconditional and conditional, which between them hold every block of the package.
 */
class LapganStepScopeTest {
  private static final SampleShape SHAPES = new SampleShape(1, 28, 28);

  @Test
  void labelPlaneLeavesTheModelManagerAsItWas() {
    StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(new LabelPlane(3, 4),
        manager -> new NDList(manager.create(new int[] {2, 0}).toType(DataType.INT32, false)));
  }

  @ParameterizedTest(name = "conditional {0}")
  @ValueSource(booleans = {false, true})
  void generatorAndDiscriminatorsLeaveTheModelManagerAsTheyWere(boolean conditional) {
    try (NDManager model = NDManager.newBaseManager()) {
      LaplacianGan models =
          Fixtures.build(Fixtures.config("model.conditional=" + conditional), SHAPES, model);
      int latent = models.latentDim();

      StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(model,
          models.networks().get(GanModels.GENERATOR), manager -> labelled(conditional, manager,
              new NDList(manager.arange(2f * latent).div(2 * latent).reshape(2, latent))));
      for (int k = 0; k < 3; k++) {
        int side = 28 >> k;
        StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(model,
            models.networks().get(LaplacianGan.discriminatorName(k)),
            manager -> labelled(conditional, manager, new NDList(
                manager.arange(2f * side * side).div(side * side).reshape(2, 1, side, side))));
      }
    }
  }

  @Test
  void theGuardedNetworksHoldEveryBlockOfThePackage() {
    Set<Class<?>> reached = new HashSet<>();
    try (NDManager model = NDManager.newBaseManager()) {
      Fixtures.build(Fixtures.config("model.conditional=true"), SHAPES, model).networks().values()
          .forEach(network -> collect(network, reached));
    }

    Set<Class<?>> all = StepScopeGuard.concreteBlocks("org.ganlab.lapgan");
    assertThat(all).contains(LabelPlane.class, BaseGenerator.class, BaseDiscriminator.class,
        ResidualGenerator.class, ResidualDiscriminator.class, LaplacianGenerator.class);
    assertThat(reached).containsAll(all);
  }

  private static NDList labelled(boolean conditional, NDManager manager, NDList inputs) {
    if (conditional) {
      inputs.add(manager.create(new int[] {3, 7}).toType(DataType.INT32, false));
    }
    return inputs;
  }

  private static void collect(Block block, Set<Class<?>> reached) {
    reached.add(block.getClass());
    block.getChildren().values().forEach(child -> collect(child, reached));
  }
}
