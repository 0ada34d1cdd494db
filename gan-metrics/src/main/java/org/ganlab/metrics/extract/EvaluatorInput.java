package org.ganlab.metrics.extract;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.engine.NativeArrays;

/**
 * Turns any ganlab image batch into the evaluator's fixed input {@code [N, 1, 28, 28]} in [-1, 1]:
 * three channels become grey as their unweighted mean (not luma weights, so a grey image repeated to
 * three channels maps back to itself exactly), then planes of another size are resized bilinearly with
 * PyTorch's {@code align_corners=False} convention and no antialiasing ({@link BilinearResize}).
 */
public final class EvaluatorInput {
  /** Side length of the evaluator's input, in pixels. */
  public static final int SIZE = 28;

  private EvaluatorInput() {}

  /**
   * Converts a batch.
   *
   * @param images images {@code [N, C, H, W]} with C 1 or 3 and H = W ≥ 1, values in [-1, 1]
   * @return {@code [N, 1, 28, 28]} row-major
   * @throws IllegalArgumentException for a batch that is not square images with 1 or 3 channels
   */
  public static float[] of(Batch images) {
    int[] dims = images.shape().dims();
    check(images.shape());
    int channels = dims[0];
    int side = dims[1];
    int n = images.size();
    float[] grey = channels == 1 ? images.values() : greyscale(images.values(), n, side * side);
    if (side == SIZE) {
      return grey == images.values() ? grey.clone() : grey;
    }
    BilinearResize resize = new BilinearResize(side, SIZE);
    float[] out = new float[n * SIZE * SIZE];
    for (int i = 0; i < n; i++) {
      resize.resize(grey, i * side * side, out, i * SIZE * SIZE);
    }
    return out;
  }

  /**
   * Converts a batch of arrays the same way with array operations, so that gradients flow back to the
   * images: the channel mean, then the bilinear resize as two matrix products.
   *
   * @param images {@code [N, C, H, W]} with C 1 or 3 and H = W, values in [-1, 1]
   * @return {@code [N, 1, 28, 28]}, owned by {@code images}' manager
   * @throws IllegalArgumentException for a batch that is not square images with 1 or 3 channels
   */
  public static NDArray of(NDArray images) {
    long[] dims = images.getShape().getShape();
    if (dims.length != 4) {
      throw new IllegalArgumentException(
          "evaluator input must be images [N, C, S, S], found shape " + images.getShape());
    }
    check(new SampleShape((int) dims[1], (int) dims[2], (int) dims[3]));
    NDArray grey = dims[1] == 1 ? images : images.mean(new int[] {1}, true);
    int side = (int) dims[2];
    if (side == SIZE) {
      return grey;
    }
    NDArray resize = NativeArrays.create(images.getManager(), new BilinearResize(side, SIZE).matrix(),
        new Shape(SIZE, side));
    return resize.matMul(grey).matMul(resize.transpose());
  }

  /**
   * Returns whether {@link #of} accepts images of a shape.
   *
   * @param shape the shape of one sample
   * @return true for square images with 1 or 3 channels
   */
  static boolean accepts(SampleShape shape) {
    int[] dims = shape.dims();
    return shape.isImage() && (dims[0] == 1 || dims[0] == 3) && dims[1] == dims[2] && dims[1] >= 1;
  }

  private static void check(SampleShape shape) {
    if (!accepts(shape)) {
      throw new IllegalArgumentException(
          "evaluator input must be square images [C, S, S] with C 1 or 3, found " + shape);
    }
  }

  private static float[] greyscale(float[] rgb, int n, int plane) {
    float[] grey = new float[n * plane];
    for (int i = 0; i < n; i++) {
      int base = i * 3 * plane;
      for (int p = 0; p < plane; p++) {
        double sum = (double) rgb[base + p] + rgb[base + plane + p] + rgb[base + 2 * plane + p];
        grey[i * plane + p] = (float) (sum / 3);
      }
    }
    return grey;
  }
}
