package org.ganlab.stylegan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.ganlab.core.engine.NativeArrays;

/** The stride-1 "same" convolution every layer of the module uses. */
final class Convolutions {
  private Convolutions() {}

  /**
   * Convolves with stride 1 and zero padding (k − 1)/2 on every side.
   *
   * @param x input {@code [N, in, H, W]}
   * @param weight kernel {@code [out, in, k, k]}, k odd
   * @param bias {@code [out]}, or {@code null}
   * @return {@code [N, out, H, W]}
   */
  static NDArray same(NDArray x, NDArray weight, NDArray bias) {
    int half = (int) (weight.getShape().get(2) - 1) / 2;
    Shape one = new Shape(1, 1);
    return x.getNDArrayInternal().convolution(x, weight, bias, one, new Shape(half, half), one, 1)
        .singletonOrThrow();
  }

  /**
   * Doubles the resolution by repeating every pixel 2×2 (nearest neighbour).
   *
   * @param x {@code [N, C, H, W]}
   * @return {@code [N, C, 2H, 2W]}
   */
  static NDArray upsample(NDArray x) {
    return x.repeat(2, 2).repeat(3, 2);
  }

  /**
   * Doubles the resolution of an image smoothly: nearest-neighbour repetition then a fixed [1, 2, 1]/4
   * blur in each direction, which together apply StyleGAN2's [1, 3, 3, 1] up-sampling filter (zero
   * padding at the border, as its {@code upfirdn2d}).
   *
   * @param x {@code [N, C, H, W]}
   * @return {@code [N, C, 2H, 2W]}
   */
  static NDArray smoothUpsample(NDArray x) {
    long channels = x.getShape().get(1);
    float[] taps = {1, 2, 1, 2, 4, 2, 1, 2, 1};
    float[] kernel = new float[(int) channels * taps.length];
    for (int c = 0; c < channels; c++) {
      for (int i = 0; i < taps.length; i++) {
        kernel[c * taps.length + i] = taps[i] / 16f;
      }
    }
    NDArray blur = NativeArrays.create(x.getManager(), kernel, new Shape(channels, 1, 3, 3));
    NDArray repeated = upsample(x);
    Shape one = new Shape(1, 1);
    return repeated.getNDArrayInternal()
        .convolution(repeated, blur, null, one, one, one, (int) channels).singletonOrThrow();
  }
}
