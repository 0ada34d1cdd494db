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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
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
   * Runs one warm-up step, then {@value #STEPS} more, each in a sub-manager of the model's manager
   * that is closed after it, and asserts that the model's manager holds as many arrays as after the
   * warm-up.
   *
   * @param model the manager that owns the parameters
   * @param step one step, given its own manager
   */
  public static void assertStepsLeaveTheModelManagerAsItWas(
      NDManager model, Consumer<NDManager> step) {
    runIn(model, step);
    int before = model.getManagedArrays().size();

    for (int i = 0; i < STEPS; i++) {
      runIn(model, step);
    }

    assertThat(model.getManagedArrays()).as("arrays in the model's manager").hasSize(before);
  }

  /**
   * Guards an initialised network: each step is a training step (forward, backward of the squared
   * output's sum to the parameters and the floating-point inputs) followed by an evaluation pass.
   *
   * @param model the manager that owns the network's parameters
   * @param network the network, initialised in {@code model}
   * @param inputs makes the network's inputs in a step's manager
   */
  public static void assertStepsLeaveTheModelManagerAsItWas(
      NDManager model, Block network, Function<NDManager, NDList> inputs) {
    List<NDArray> parameters = network.getParameters().stream().map(Pair::getValue)
        .filter(p -> p.requiresGradient()).map(p -> p.getArray()).toList();
    assertStepsLeaveTheModelManagerAsItWas(model, step -> {
      trainingStep(step, network, parameters, inputs);
      network.forward(new ParameterStore(step, false), inputs.apply(step), false).head().sum();
    });
  }

  /**
   * Initialises a layer in a fresh manager and guards it as
   * {@link #assertStepsLeaveTheModelManagerAsItWas(NDManager, Block, Function)} does.
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
      assertStepsLeaveTheModelManagerAsItWas(model, block, inputs);
    }
  }

  /**
   * The same guard for a layer with one input of values in [0, 1).
   *
   * @param block the layer, not yet initialised
   * @param input the shape of its input
   */
  public static void assertStepsLeaveTheModelManagerAsItWas(Block block, Shape input) {
    assertStepsLeaveTheModelManagerAsItWas(block,
        manager -> new NDList(manager.arange((float) input.size()).div(input.size()).reshape(input)));
  }

  /**
   * Lists the concrete {@link Block} classes of a package (top-level classes of the main and test
   * class directories), so that a test can check that it guards every one.
   *
   * @param packageName e.g. {@code org.ganlab.core.nn}
   * @return the classes, by simple name
   */
  public static Set<Class<?>> concreteBlocks(String packageName) {
    Set<Class<?>> blocks = new TreeSet<>(Comparator.comparing(Class::getSimpleName));
    try {
      for (URL url : Collections.list(StepScopeGuard.class.getClassLoader()
          .getResources(packageName.replace('.', '/')))) {
        if (!url.getProtocol().equals("file")) {
          continue;
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
          files.map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .map(name -> load(packageName + "." + name.substring(0, name.length() - 6)))
              .filter(type -> Block.class.isAssignableFrom(type) && !type.isInterface()
                  && !Modifier.isAbstract(type.getModifiers()))
              .forEach(blocks::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return blocks;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void runIn(NDManager model, Consumer<NDManager> step) {
    try (NDManager scope = model.newSubManager()) {
      step.accept(scope);
    }
  }

  private static void trainingStep(NDManager step, Block network, List<NDArray> parameters,
      Function<NDManager, NDList> inputs) {
    Autograd.zeroGradients(parameters);
    NDList in = inputs.apply(step);
    in.stream().filter(x -> x.getDataType().isFloating()).forEach(x -> x.setRequiresGradient(true));
    try (Autograd.Recording recording = Autograd.record()) {
      NDArray out = network.forward(new ParameterStore(step, false), in, true).head();
      Autograd.backward(out.square().sum());
    }
  }
}
