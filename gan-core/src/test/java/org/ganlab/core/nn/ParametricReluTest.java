package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.engine.NativeArrays;
import org.junit.jupiter.api.Test;

/** Known answers of the shared-slope PReLU and the gradient of its slope. */
class ParametricReluTest {

  @Test
  void negativeInputsAreScaledByTheSlopeWhichStartsAtAQuarter() {
    try (NDManager manager = NDManager.newBaseManager()) {
      ParametricRelu prelu = new ParametricRelu();
      prelu.initialize(manager, DataType.FLOAT32, new Shape(1, 2, 1, 3));
      NDArray x = NativeArrays.create(manager, new float[] {-2f, -0.5f, 0f, 0.5f, 3f, -4f},
          new Shape(1, 2, 1, 3));

      NDArray y = prelu.forward(new ParameterStore(manager, false), new NDList(x), false)
          .singletonOrThrow();

      assertThat(y.getShape()).isEqualTo(new Shape(1, 2, 1, 3));
      assertThat(y.toFloatArray()).containsExactly(-0.5f, -0.125f, 0f, 0.5f, 3f, -1f);
    }
  }

  @Test
  void slopeGradientIsTheSumOfTheNegativeInputs() {
    try (NDManager manager = NDManager.newBaseManager()) {
      ParametricRelu prelu = new ParametricRelu();
      prelu.initialize(manager, DataType.FLOAT32, new Shape(4));
      NDArray slope = prelu.getParameters().get("alpha").getArray();
      slope.setRequiresGradient(true);
      NDArray x = NativeArrays.create(manager, new float[] {-2f, 1f, -0.5f, 3f}, new Shape(4));

      try (Autograd.Recording recording = Autograd.record()) {
        Autograd.backward(prelu.forward(new ParameterStore(manager, false), new NDList(x), true)
            .singletonOrThrow().sum());
      }

      assertThat(slope.getGradient().toFloatArray()[0]).isCloseTo(-2.5f, within(1e-6f));
    }
  }
}
