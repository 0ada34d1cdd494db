package org.ganlab.lapgan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** Level sizes and the latent layout, worked out by hand. */
class PyramidShapeTest {

  @Test
  void levelSizesHalveFromTheImageToTheBase() {
    PyramidShape mnist = new PyramidShape(1, 28, 3, 64);
    PyramidShape cifar = new PyramidShape(3, 32, 3, 64);

    assertThat(new int[] {mnist.size(0), mnist.size(1), mnist.size(2)}).containsExactly(28, 14, 7);
    assertThat(new int[] {cifar.size(0), cifar.size(1), cifar.size(2)}).containsExactly(32, 16, 8);
    assertThat(mnist.base()).isEqualTo(2);
  }

  @Test
  void theLatentHoldsZThenOneNoisePlanePerUpperLevelFromCoarseToFine() {
    PyramidShape shape = new PyramidShape(1, 8, 3, 3);
    assertThat(shape.latentDim()).isEqualTo(3 + 4 * 4 + 8 * 8);
    assertThat(new PyramidShape(1, 28, 3, 64).latentDim()).isEqualTo(64 + 196 + 784);
    assertThat(new PyramidShape(1, 28, 1, 64).latentDim()).isEqualTo(64);

    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray latent = manager.arange(2f * 83).reshape(2, 83);

      assertThat(shape.z(latent).toFloatArray()).containsExactly(0, 1, 2, 83, 84, 85);
      NDArray coarse = shape.noise(latent, 1);
      assertThat(coarse.getShape()).isEqualTo(new Shape(2, 1, 4, 4));
      assertThat(coarse.get(0).toFloatArray()[0]).isEqualTo(3f);
      assertThat(coarse.get(1).toFloatArray()[15]).isEqualTo(83f + 18);
      NDArray fine = shape.noise(latent, 0);
      assertThat(fine.getShape()).isEqualTo(new Shape(2, 1, 8, 8));
      assertThat(fine.get(0).toFloatArray()[0]).isEqualTo(19f);
      assertThat(fine.get(1).toFloatArray()[63]).isEqualTo(83f + 82);
    }
  }
}
