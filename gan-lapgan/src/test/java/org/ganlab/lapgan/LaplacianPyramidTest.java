package org.ganlab.lapgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.SplittableRandom;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.random.Gaussian;
import org.junit.jupiter.api.Test;

/**
 * The pyramid's operators and decomposition against values worked out by hand, and its invertibility on
 * images of both sizes the variant trains on.
 */
class LaplacianPyramidTest {
  /** A 4×4 image: rows (1 3 | 0 0), (5 7 | 0 4), (2 2 | 1 1), (2 2 | -1 3), blocks marked. */
  private static final float[] IMAGE = {
      1, 3, 0, 0,
      5, 7, 0, 4,
      2, 2, 1, 1,
      2, 2, -1, 3};

  @Test
  void downAveragesEachTwoByTwoBlock() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray image = manager.create(IMAGE, new Shape(1, 1, 4, 4));

      NDArray coarse = LaplacianPyramid.down(image);

      assertThat(coarse.getShape()).isEqualTo(new Shape(1, 1, 2, 2));
      assertThat(coarse.toFloatArray()).containsExactly(4f, 1f, 2f, 1f);
    }
  }

  @Test
  void upRepeatsEachPixelIntoATwoByTwoBlock() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray coarse = manager.create(new float[] {4, 1, 2, 1}, new Shape(1, 1, 2, 2));

      assertThat(LaplacianPyramid.up(coarse).toFloatArray()).containsExactly(
          4, 4, 1, 1,
          4, 4, 1, 1,
          2, 2, 1, 1,
          2, 2, 1, 1);
    }
  }

  @Test
  void decomposeGivesTheHandComputedResidualsAndBase() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray image = manager.create(IMAGE, new Shape(1, 1, 4, 4));

      List<NDArray> parts = LaplacianPyramid.decompose(image, 3);

      assertThat(parts).hasSize(3);
      assertThat(parts.get(0).toFloatArray()).containsExactly(
          -3, -1, -1, -1,
          1, 3, -1, 3,
          0, 0, 0, 0,
          0, 0, -2, 2);
      assertThat(parts.get(1).getShape()).isEqualTo(new Shape(1, 1, 2, 2));
      assertThat(parts.get(1).toFloatArray()).containsExactly(2, -1, 0, -1);
      assertThat(parts.get(2).toFloatArray()).containsExactly(2f);
    }
  }

  @Test
  void downOfUpIsTheIdentityAndResidualsHaveZeroBlockMeans() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray image = random(manager, new Shape(3, 2, 8, 8), 1);

      assertThat(LaplacianPyramid.down(LaplacianPyramid.up(image)).toFloatArray())
          .containsExactly(image.toFloatArray());
      NDArray residual = LaplacianPyramid.decompose(image, 2).get(0);
      for (float mean : LaplacianPyramid.down(residual).toFloatArray()) {
        assertThat(mean).isCloseTo(0f, within(1e-6f));
      }
    }
  }

  @Test
  void reconstructionGivesTheImageBackToFloatRounding() {
    try (NDManager manager = NDManager.newBaseManager()) {
      for (int size : new int[] {28, 32}) {
        NDArray image = random(manager, new Shape(4, 3, size, size), size);

        NDArray rebuilt = LaplacianPyramid.reconstruct(LaplacianPyramid.decompose(image, 3));

        assertThat(rebuilt.getShape()).isEqualTo(image.getShape());
        float[] expected = image.toFloatArray();
        float[] actual = rebuilt.toFloatArray();
        for (int i = 0; i < expected.length; i++) {
          assertThat(actual[i]).isCloseTo(expected[i], within(1e-6f));
        }
      }
    }
  }

  @Test
  void imageDownsamplesTheGivenNumberOfTimes() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray image = random(manager, new Shape(2, 1, 28, 28), 4);

      assertThat(LaplacianPyramid.image(image, 0).toFloatArray()).containsExactly(image.toFloatArray());
      assertThat(LaplacianPyramid.image(image, 2).getShape()).isEqualTo(new Shape(2, 1, 7, 7));
      assertThat(LaplacianPyramid.image(image, 2).toFloatArray()).containsExactly(
          LaplacianPyramid.decompose(image, 3).get(2).toFloatArray());
    }
  }

  private static NDArray random(NDManager manager, Shape shape, long seed) {
    float[] values = Gaussian.sample(new SplittableRandom(seed), (int) shape.size(), 0, 0.5);
    return NativeArrays.create(manager, values, shape);
  }
}
