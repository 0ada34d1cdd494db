package org.ganlab.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.List;
import java.util.function.Function;
import org.ganlab.core.autograd.Autograd;

/**
 * The step-scope memory guard, shared with the variant modules through gan-core's test-jar: training
 * steps and evaluation passes of a layer leave nothing in the model's manager. Everything a step
 * computes from a parameter must belong to the step's manager and be freed with it
 * ({@link org.ganlab.core.engine.NativeArrays#scopedTo}); an array left in the model's manager grows
 * the process by one array per step (a 12,000-step run once grew to 23 GB).
 */
public final class StepScopeGuard {
  private static final int STEPS = 3;

  private StepScopeGuard() {}

  /**
   * Initialises a layer, runs one warm-up step, then {@value #STEPS} training steps (forward, backward
   * of the squared output's sum to the parameters and the inputs) and {@value #STEPS} evaluation passes, each in a sub-manager of the
   * model's manager that is closed after it, and asserts that the model's manager holds as many arrays
   * as after the warm-up.
   *
   * @param block the layer, not yet initialised
   * @param inputs makes the layer's inputs in a step's manager (the shapes must not change)
   */
  public static void assertStepsLeaveTheModelManagerAsItWas(
      Block block, Function<NDManager, NDList> inputs) {
    try (NDManager model = NDManager.newBaseManager()) {
      Shape[] shapes;
      try (NDManager probe = model.newSubManager()) {
        shapes = inputs.apply(probe).getShapes();
      }
      block.initialize(model, DataType.FLOAT32, shapes);
      List<NDArray> parameters = block.getParameters().stream().map(Pair::getValue)
          .filter(p -> p.requiresGradient()).map(p -> p.getArray()).toList();
      trainingStep(model, block, parameters, inputs);
      evaluationPass(model, block, inputs);
      int before = model.getManagedArrays().size();

      for (int step = 0; step < STEPS; step++) {
        trainingStep(model, block, parameters, inputs);
        evaluationPass(model, block, inputs);
      }

      assertThat(model.getManagedArrays()).as("arrays in the model's manager").hasSize(before);
    }
  }

  /**
   * The same guard for a layer with one input.
   *
   * @param block the layer, not yet initialised
   * @param input the shape of its input (filled with ones)
   */
  public static void assertStepsLeaveTheModelManagerAsItWas(Block block, Shape input) {
    assertStepsLeaveTheModelManagerAsItWas(block,
        manager -> new NDList(manager.arange((float) input.size()).div(input.size()).reshape(input)));
  }

  private static void trainingStep(NDManager model, Block block, List<NDArray> parameters,
      Function<NDManager, NDList> inputs) {
    try (NDManager step = model.newSubManager()) {
      Autograd.zeroGradients(parameters);
      NDList in = inputs.apply(step);
      in.forEach(x -> x.setRequiresGradient(true));
      try (Autograd.Recording recording = Autograd.record()) {
        NDArray out = block.forward(new ParameterStore(step, false), in, true).head();
        Autograd.backward(out.square().sum());
      }
    }
  }

  private static void evaluationPass(
      NDManager model, Block block, Function<NDManager, NDList> inputs) {
    try (NDManager step = model.newSubManager()) {
      block.forward(new ParameterStore(step, false), inputs.apply(step), false).head().sum();
    }
  }
}
