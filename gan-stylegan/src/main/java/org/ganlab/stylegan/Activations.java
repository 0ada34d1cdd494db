package org.ganlab.stylegan;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import org.ganlab.core.engine.NativeArrays;

/** The activation every StyleGAN2 layer uses. */
final class Activations {
  private static final float GAIN = (float) Math.sqrt(2);

  private Activations() {}

  /**
   * LeakyReLU with slope 0.2 times √2, the gain that keeps unit-variance activations at unit variance.
   *
   * @param x any array
   * @return same shape, in {@code x}'s manager
   */
  static NDArray leakyRelu(NDArray x) {
    return Activation.leakyRelu(x, 0.2f).mul(NativeArrays.scalar(x, GAIN));
  }
}
