package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;
import org.ganlab.core.engine.NativeArrays;

/** Numerically stable element-wise functions shared by the losses. */
final class StableMath {

  private StableMath() {}

  /**
   * Returns softplus(x) = log(1 + exp(x)) computed as max(x, 0) + log(1 + exp(-|x|)), which neither
   * overflows for large x nor loses precision for very negative x.
   *
   * @param x any shape
   * @return softplus of each element, same shape
   */
  static NDArray softplus(NDArray x) {
    return relu(x).add(x.abs().neg().exp().add(1f).log());
  }

  /**
   * Returns max(x, 0) element-wise, with the 0 in libtorch memory ({@link NativeArrays#scalar}): the
   * backward pass of {@code maximum} reads it.
   *
   * @param x any shape
   * @return the rectified values, same shape
   */
  static NDArray relu(NDArray x) {
    return x.maximum(NativeArrays.scalar(x, 0f));
  }
}
