package org.ganlab.conditional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

/** Class-conditional batch norm against values computed by hand. */
class ClassBatchNormTest {

  @Test
  void normalisesOverTheBatchThenAppliesTheScaleAndShiftOfEachSamplesClass() {
    try (NDManager manager = NDManager.newBaseManager()) {
      ClassBatchNorm norm = new ClassBatchNorm(2);
      Shape activations = new Shape(2, 1, 1, 2);
      norm.initialize(manager, DataType.FLOAT32, activations, new Shape(2, 2));
      norm.getParameters().get("gamma").getArray().set(new float[] {2f, -1f});
      norm.getParameters().get("beta").getArray().set(new float[] {0.5f, 0f});
      NDArray x = manager.create(new float[] {1, 3, 5, 7}, activations);
      NDArray labels = manager.create(new float[] {0, 1, 1, 0}, new Shape(2, 2));

      float[] out = norm.forward(new ParameterStore(manager, false), new NDList(x, labels), true)
          .singletonOrThrow().toFloatArray();

      // batch mean 4, biased variance (9 + 1 + 1 + 9) / 4 = 5
      double sd = Math.sqrt(5 + 1e-5);
      double[] expected = {-1 * (1 - 4) / sd, -1 * (3 - 4) / sd,
          2 * (5 - 4) / sd + 0.5, 2 * (7 - 4) / sd + 0.5};
      for (int i = 0; i < expected.length; i++) {
        assertThat((double) out[i]).isCloseTo(expected[i], within(1e-4));
      }
    }
  }

  @Test
  void theTablesHoldOneRowPerClassAndChannel() {
    try (NDManager manager = NDManager.newBaseManager()) {
      ClassBatchNorm norm = new ClassBatchNorm(10);
      norm.initialize(manager, DataType.FLOAT32, new Shape(4, 6, 7, 7), new Shape(4, 10));

      assertThat(norm.getParameters().get("gamma").getArray().getShape()).isEqualTo(new Shape(10, 6));
      assertThat(norm.getParameters().get("beta").getArray().getShape()).isEqualTo(new Shape(10, 6));
      assertThat(norm.getOutputShapes(new Shape[] {new Shape(4, 6, 7, 7), new Shape(4, 10)})[0])
          .isEqualTo(new Shape(4, 6, 7, 7));
    }
  }
}
