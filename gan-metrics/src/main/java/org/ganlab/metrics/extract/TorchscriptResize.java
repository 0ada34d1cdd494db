package org.ganlab.metrics.extract;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.ganlab.core.engine.NativeArrays;

/**
 * Bilinear resizing with PyTorch's default semantics, {@code F.interpolate(x, size, mode="bilinear",
 * align_corners=False)} (no antialiasing), the resize of pytorch-fid's Inception wrapper. It is
 * separable: {@code out = Rh · x · Rwᵀ} with one interpolation matrix per axis, two matrix products.
 *
 * <p>DJL's own resize ({@code NDImageUtils.resize}, {@code JniUtils.interpolate} with the bilinear mode)
 * calls libtorch's interpolate with {@code align_corners=False} but {@code antialias=True}: the same
 * values when enlarging, a wider (triangle) filter when shrinking, e.g. [0, 1, 2, 3] → 2 pixels gives
 * [0.714, 2.286] there and [0.5, 2.5] here. Hence this class.
 */
final class TorchscriptResize {

  private TorchscriptResize() {}

  /**
   * Returns the interpolation matrix of one axis: source coordinate {@code (j + 0.5) · in / out − 0.5},
   * clamped at 0, split between its two neighbouring pixels (the last pixel repeats at the far edge).
   *
   * @param in the input length
   * @param out the output length
   * @return the weights, row-major {@code [out, in]}; each row sums to 1
   */
  static float[] weights(int in, int out) {
    float[] matrix = new float[out * in];
    double scale = (double) in / out;
    for (int j = 0; j < out; j++) {
      double source = Math.max(scale * (j + 0.5) - 0.5, 0.0);
      int low = (int) source;
      int high = low < in - 1 ? low + 1 : low;
      double highWeight = source - low;
      matrix[j * in + low] += (float) (1.0 - highWeight);
      matrix[j * in + high] += (float) highWeight;
    }
    return matrix;
  }

  /**
   * Resizes images to a square.
   *
   * @param images images {@code [N, C, H, W]}, float32
   * @param size the output side
   * @return {@code [N, C, size, size]}, the input itself when it already has that size
   */
  static NDArray resize(NDArray images, int size) {
    Shape shape = images.getShape();
    int height = Math.toIntExact(shape.get(2));
    int width = Math.toIntExact(shape.get(3));
    if (height == size && width == size) {
      return images;
    }
    NDArray columns = NativeArrays.create(images.getManager(), weights(width, size),
        new Shape(size, width)).transpose();
    NDArray rows = NativeArrays.create(images.getManager(), weights(height, size),
        new Shape(size, height));
    return rows.matMul(images.matMul(columns));
  }
}
