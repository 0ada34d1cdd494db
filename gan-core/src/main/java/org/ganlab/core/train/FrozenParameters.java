package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * Stops autograd from computing gradients for parameters that an update phase does not step, until
 * closed: in a GAN's generator phase the discriminator's weight gradients would cost half of its
 * backward pass and be zeroed unused before the next phase. Gradients with respect to the frozen layers'
 * inputs still flow, and every computed gradient is the same bits as without the freeze (a layer's input
 * and weight gradients are separate products).
 */
final class FrozenParameters implements AutoCloseable {
  private final List<NDArray> arrays;

  private FrozenParameters(List<NDArray> arrays) {
    this.arrays = arrays;
  }

  /**
   * Freezes parameter arrays until the returned scope is closed.
   *
   * @param arrays trainable arrays (they require a gradient again on close)
   * @return the open scope
   */
  static FrozenParameters freeze(List<NDArray> arrays) {
    arrays.forEach(array -> array.setRequiresGradient(false));
    return new FrozenParameters(arrays);
  }

  @Override
  public void close() {
    arrays.forEach(array -> array.setRequiresGradient(true));
  }
}
