package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.ganlab.core.engine.NativeArrays;
import org.junit.jupiter.api.Test;

/** Maxout groups consecutive values into units and keeps each unit's largest. */
class MaxoutTest {

  @Test
  void eachUnitIsTheLargestOfItsConsecutivePieces() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Block maxout = Maxout.of(3);
      NDArray x = NativeArrays.create(manager,
          new float[] {1f, 5f, 2f, -1f, -3f, -0.5f, 0f, -2f, -7f, 4f, 4f, 3f}, new Shape(2, 6));

      NDArray y = maxout.forward(new ParameterStore(manager, false), new NDList(x), false)
          .singletonOrThrow();

      // Units of row 0: (1, 5, 2) and (-1, -3, -0.5); of row 1: (0, -2, -7) and (4, 4, 3).
      assertThat(y.getShape()).isEqualTo(new Shape(2, 2));
      assertThat(y.toFloatArray()).containsExactly(5f, -0.5f, 0f, 4f);
    }
  }

  @Test
  void needsAtLeastOnePiece() {
    assertThatThrownBy(() -> Maxout.of(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found 0");
  }
}
