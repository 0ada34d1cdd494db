package org.ganlab.metrics.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.util.NDImageUtils;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** Bilinear resizing against values computed by hand with PyTorch's align_corners=False rule. */
class TorchscriptResizeTest {

  @Test
  void enlargingTwoPixelsToFour() {
    // source x = (j + 0.5) / 2 - 0.5 = -0.25 (clamped to 0), 0.25, 0.75, 1.25 (past the last pixel)
    float[] w = TorchscriptResize.weights(2, 4);
    assertThat(w).containsExactly(new float[] {1, 0, 0.75f, 0.25f, 0.25f, 0.75f, 0, 1}, within(1e-7f));
  }

  @Test
  void shrinkingFourPixelsToTwoSamplesWithoutAntialiasing() {
    // source x = (j + 0.5) * 2 - 0.5 = 0.5, 2.5: halfway between pixels 0,1 and 2,3
    float[] w = TorchscriptResize.weights(4, 2);
    assertThat(w).containsExactly(new float[] {0.5f, 0.5f, 0, 0, 0, 0, 0.5f, 0.5f}, within(1e-7f));
  }

  @Test
  void resizesBothAxesOfABatch() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      // 2 x 2 -> 3 x 3: source coordinates 0 (clamped), 0.5, 1 (clamped) along each axis
      NDArray image = manager.create(new float[] {0, 1, 2, 3, 10, 10, 10, 10}, new Shape(2, 1, 2, 2));
      NDArray out = TorchscriptResize.resize(image, 3);
      assertThat(out.getShape()).isEqualTo(new Shape(2, 1, 3, 3));
      assertThat(out.toFloatArray()).containsExactly(new float[] {
          0, 0.5f, 1, 1, 1.5f, 2, 2, 2.5f, 3,
          10, 10, 10, 10, 10, 10, 10, 10, 10}, within(1e-6f));
    }
  }

  @Test
  void keepsAnImageThatAlreadyHasTheSize() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      NDArray image = manager.create(new float[] {0, 1, 2, 3}, new Shape(1, 1, 2, 2));
      assertThat(TorchscriptResize.resize(image, 2)).isSameAs(image);
    }
  }

  /** Why ganlab does not use DJL's resize: it antialiases when shrinking (checked on DJL 0.35.1). */
  @Test
  void djlResizeDiffersWhenShrinking() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      NDArray row = manager.create(new float[] {0, 1, 2, 3}, new Shape(1, 4, 1));
      NDArray djl = NDImageUtils.resize(row, 2, 1, Image.Interpolation.BILINEAR);
      // triangle filter of half-width 2 pixels: (0 * 0.75 + 1 * 0.75 + 2 * 0.25) / 1.75 = 5 / 7
      assertThat(djl.toFloatArray()).containsExactly(new float[] {5f / 7, 16f / 7}, within(1e-6f));
    }
  }
}
