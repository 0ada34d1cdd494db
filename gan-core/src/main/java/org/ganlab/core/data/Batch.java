package org.ganlab.core.data;

/**
 * A batch of samples held in Java memory, independent of any engine.
 *
 * @param values the samples, row-major {@code [n, dims...]}; images in [-1, 1]
 * @param labels class labels {@code [n]}, or {@code null} for unlabelled data
 * @param shape the shape of one sample
 */
public record Batch(float[] values, int[] labels, SampleShape shape) {

  /**
   * Returns the number of samples.
   *
   * @return values.length / shape.size()
   */
  public int size() {
    return values.length / shape.size();
  }

  /**
   * Returns whether the batch carries labels.
   *
   * @return true when labels are present
   */
  public boolean labelled() {
    return labels != null;
  }
}
