package org.ganlab.core.data;

import java.util.Arrays;

/**
 * The shape of one sample: {@code [d]} for points or vectors, {@code [C, H, W]} for images.
 *
 * @param dims the dimensions, outermost first
 */
public record SampleShape(int... dims) {

  /** Copies the dimensions so the record stays immutable. */
  public SampleShape {
    dims = dims.clone();
  }

  /**
   * Returns a copy of the dimensions.
   *
   * @return the dimensions, outermost first
   */
  @Override
  public int[] dims() {
    return dims.clone();
  }

  /**
   * Returns whether the samples are images {@code [C, H, W]}.
   *
   * @return true for rank-3 shapes
   */
  public boolean isImage() {
    return dims.length == 3;
  }

  /**
   * Describes the samples for messages, e.g. {@code 2-D points} or {@code 1x28x28 images}.
   *
   * @return a short phrase
   */
  public String describe() {
    if (isImage()) {
      return dims[0] + "x" + dims[1] + "x" + dims[2] + " images";
    }
    return dims.length == 1 ? dims[0] + "-D points" : Arrays.toString(dims) + " tensors";
  }

  /**
   * Returns the number of values in one sample.
   *
   * @return the product of the dimensions
   */
  public int size() {
    int n = 1;
    for (int d : dims) {
      n *= d;
    }
    return n;
  }

  /**
   * Returns the shape of a batch of these samples.
   *
   * @param batch the batch size
   * @return {@code [batch, dims...]}
   */
  public long[] batchShape(int batch) {
    long[] shape = new long[dims.length + 1];
    shape[0] = batch;
    for (int i = 0; i < dims.length; i++) {
      shape[i + 1] = dims[i];
    }
    return shape;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SampleShape s && Arrays.equals(dims, s.dims);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(dims);
  }

  @Override
  public String toString() {
    return Arrays.toString(dims);
  }
}
