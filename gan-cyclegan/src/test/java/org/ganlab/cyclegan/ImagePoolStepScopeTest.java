package org.ganlab.cyclegan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.testing.StepScopeGuard;
import org.junit.jupiter.api.Test;

/**
 * The step-scope memory guard on CycleGAN's one custom block, the image pool: queries that fill it,
 * swap stored fakes out and pass fakes through leave nothing in the model's manager. (Its generators
 * and discriminators are built from gan-core's guarded layers.)
 */
class ImagePoolStepScopeTest {
  private static final SampleShape IMAGE = new SampleShape(3, 4, 4);

  @Test
  void queriesLeaveTheModelManagerAsItWas() {
    try (NDManager model = NDManager.newBaseManager()) {
      ImagePool pool = new ImagePool(4, IMAGE);
      pool.initialize(model);
      SplittableRandom random = new SplittableRandom(11);

      StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(model, step ->
          pool.query(step.randomUniform(-1, 1, new Shape(IMAGE.batchShape(3))), random).sum());

      assertThat(pool.size()).isEqualTo(4);
    }
  }

  @Test
  void everyBlockOfThePackageIsGuarded() {
    assertThat(StepScopeGuard.concreteBlocks("org.ganlab.cyclegan")).containsExactly(ImagePool.class);
  }
}
