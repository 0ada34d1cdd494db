package org.ganlab.lapgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** One-hot encoding of class labels, how the base level sees the class. */
final class OneHot {
  private OneHot() {}

  /**
   * Encodes labels.
   *
   * @param labels class indices {@code [B]} (int32), each in 0..classes-1
   * @param classes the number of classes C
   * @return {@code [B, C]} float32 with a single 1 per row, owned by {@code labels}' manager
   */
  static NDArray of(NDArray labels, int classes) {
    NDArray indices = labels.toType(DataType.INT32, false).reshape(-1, 1);
    NDArray columns = labels.getManager().arange(classes).reshape(1, classes);
    return indices.eq(columns).toType(DataType.FLOAT32, false);
  }
}
