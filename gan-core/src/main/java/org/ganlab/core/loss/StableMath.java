package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;

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
    return x.maximum(0f).add(x.abs().neg().exp().add(1f).log());
  }

  /**
   * Returns max(x, 0) element-wise.
   *
   * @param x any shape
   * @return the rectified values, same shape
   */
  static NDArray relu(NDArray x) {
    return x.maximum(0f);
  }
}
