package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/** Differentiable insertion of zeros between neighbouring elements along one axis. */
final class ZeroInsertion {

  private ZeroInsertion() {}

  /**
   * Puts {@code stride − 1} zeros after every element but the last along {@code axis}, by stacking the
   * array with zeros on a new axis right after {@code axis}, merging the two axes and dropping the
   * trailing zeros.
   *
   * @param x any array
   * @param axis the axis to spread out (non-negative)
   * @param stride the spacing, ≥ 2
   * @return the spread array: size n becomes (n − 1)·stride + 1 along {@code axis}
   */
  static NDArray along(NDArray x, int axis, int stride) {
    Shape shape = x.getShape();
    long n = shape.get(axis);
    NDArray expanded = x.expandDims(axis + 1);
    long[] zerosShape = expanded.getShape().getShape();
    zerosShape[axis + 1] = stride - 1L;
    NDArray zeros = x.getManager().zeros(new Shape(zerosShape), x.getDataType(), x.getDevice());
    NDArray interleaved = expanded.concat(zeros, axis + 1);
    long[] merged = shape.getShape();
    merged[axis] = n * stride;
    NDArray spread = interleaved.reshape(new Shape(merged));
    return spread.get(sliceIndex(shape.dimension(), axis, (n - 1) * stride + 1));
  }

  private static NDIndex sliceIndex(int rank, int axis, long length) {
    StringBuilder spec = new StringBuilder();
    for (int i = 0; i < rank; i++) {
      spec.append(i == 0 ? "" : ",").append(i == axis ? ":" + length : ":");
    }
    return new NDIndex(spec.toString());
  }
}
