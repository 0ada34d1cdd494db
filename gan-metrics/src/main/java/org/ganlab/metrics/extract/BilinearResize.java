package org.ganlab.metrics.extract;

/**
 * Bilinear resizing of one image plane with PyTorch's conventions, i.e. what
 * {@code torch.nn.functional.interpolate(x, size, mode="bilinear", align_corners=False,
 * antialias=False)} computes: output pixel {@code o} samples the input at {@code (o + 0.5) · in/out −
 * 0.5}, clamped below at 0, interpolating between the two nearest pixels (the upper one clamped to the
 * last). Computed in float64 and rounded once, in plain Java so the result does not depend on the engine.
 */
final class BilinearResize {
  private final int inSize;
  private final int outSize;
  private final int[] lower;
  private final int[] upper;
  private final double[] weight;

  /**
   * Prepares the sampling positions for square planes.
   *
   * @param inSize input side length in pixels
   * @param outSize output side length in pixels
   */
  BilinearResize(int inSize, int outSize) {
    this.inSize = inSize;
    this.outSize = outSize;
    this.lower = new int[outSize];
    this.upper = new int[outSize];
    this.weight = new double[outSize];
    double scale = (double) inSize / outSize;
    for (int o = 0; o < outSize; o++) {
      double source = Math.max(0.0, (o + 0.5) * scale - 0.5);
      int floor = Math.min((int) source, inSize - 1);
      lower[o] = floor;
      upper[o] = Math.min(floor + 1, inSize - 1);
      weight[o] = source - floor;
    }
  }

  /**
   * Returns the resize as a matrix {@code R [outSize, inSize]}, so that {@code R · P · Rᵀ} is the resized
   * plane {@code P} (the same weights as {@link #resize}, as an array operation that can be
   * differentiated).
   *
   * @return row-major {@code [outSize, inSize]}; each row sums to 1
   */
  float[] matrix() {
    double[] rows = new double[outSize * inSize];
    for (int o = 0; o < outSize; o++) {
      rows[o * inSize + lower[o]] += 1 - weight[o];
      rows[o * inSize + upper[o]] += weight[o];
    }
    float[] matrix = new float[rows.length];
    for (int i = 0; i < rows.length; i++) {
      matrix[i] = (float) rows[i];
    }
    return matrix;
  }

  /**
   * Resizes one plane.
   *
   * @param in the input plane {@code [inSize, inSize]} row-major, starting at {@code inOffset}
   * @param inOffset index of the plane's first value in {@code in}
   * @param out receives the plane {@code [outSize, outSize]} row-major, starting at {@code outOffset}
   * @param outOffset index of the first output value in {@code out}
   */
  void resize(float[] in, int inOffset, float[] out, int outOffset) {
    for (int y = 0; y < outSize; y++) {
      int top = inOffset + lower[y] * inSize;
      int bottom = inOffset + upper[y] * inSize;
      double wy = weight[y];
      for (int x = 0; x < outSize; x++) {
        double wx = weight[x];
        double upperRow = (1 - wx) * in[top + lower[x]] + wx * in[top + upper[x]];
        double lowerRow = (1 - wx) * in[bottom + lower[x]] + wx * in[bottom + upper[x]];
        out[outOffset + y * outSize + x] = (float) ((1 - wy) * upperRow + wy * lowerRow);
      }
    }
  }
}
