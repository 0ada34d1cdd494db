package org.ganlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Arrays moved out of Java memory compute the same numbers wherever the Java memory happened to lie: the
 * [32, 16] × [16, 2] product (a vanilla generator's last layer), whose rounding depends on memory
 * alignment in libtorch's CPU kernels, gives one result for Java buffers at sixteen different offsets.
 */
class NativeArraysTest {

  private static float[] values(SplittableRandom random, int n) {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return values;
  }

  /** Wraps values in Java memory at {@code offset} floats past a fresh direct buffer's start. */
  private static NDArray wrapAt(NDManager manager, float[] values, int offset, Shape shape) {
    ByteBuffer buffer = ByteBuffer.allocateDirect((values.length + 16) * 4)
        .order(ByteOrder.nativeOrder());
    buffer.position(offset * 4);
    ByteBuffer slice = buffer.slice().order(ByteOrder.nativeOrder());
    slice.asFloatBuffer().put(values);
    return manager.create(slice, shape, DataType.FLOAT32);
  }

  @Test
  void productsDoNotDependOnWhereTheJavaValuesLay() {
    float[] x = values(new SplittableRandom(1), 32 * 16);
    float[] w = values(new SplittableRandom(2), 2 * 16);
    Set<String> results = new HashSet<>();
    try (NDManager manager = NDManager.newBaseManager()) {
      for (int offset = 0; offset < 16; offset++) {
        NDArray input = wrapAt(manager, x, offset, new Shape(32, 16));
        NDArray weight = wrapAt(manager, w, 15 - offset, new Shape(2, 16));
        NativeArrays.rehome(input);
        NativeArrays.rehome(weight);
        results.add(Arrays.toString(Linear.linear(input, weight).singletonOrThrow().toFloatArray()));
      }
    }
    assertThat(results).hasSize(1);
  }

  @Test
  void assignCopiesValuesIntoTheTarget() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray target = manager.zeros(new Shape(2, 3));
      NativeArrays.assign(target, new float[] {1, 2, 3, 4, 5, 6});
      assertThat(target.toFloatArray()).containsExactly(1, 2, 3, 4, 5, 6);

      NativeArrays.assign(target, manager.arange(6f).reshape(2, 3));
      assertThat(target.toFloatArray()).containsExactly(0, 1, 2, 3, 4, 5);
    }
  }

  @Test
  void rehomeKeepsValuesAndIntCreationKeepsLabels() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray array = manager.create(new float[] {0.5f, -2f}, new Shape(2));
      NativeArrays.rehome(array);
      assertThat(array.toFloatArray()).containsExactly(0.5f, -2f);
      assertThat(NativeArrays.create(manager, new int[] {3, 1}).toIntArray()).containsExactly(3, 1);
      assertThat(NativeArrays.create(manager, new double[] {1.5}, new Shape(1)).toDoubleArray())
          .containsExactly(1.5);
    }
  }
}
