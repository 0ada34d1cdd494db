package org.ganlab.metrics.extract;

import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;

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

  private static void check(SampleShape shape) {
    int[] dims = shape.dims();
    if (!shape.isImage() || (dims[0] != 1 && dims[0] != 3) || dims[1] != dims[2] || dims[1] < 1) {
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
