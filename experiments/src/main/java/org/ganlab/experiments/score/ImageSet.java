package org.ganlab.experiments.score;

import java.util.Arrays;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.ganlab.metrics.image.Images;

/**
 * Images read from an input, kept in float64 in [0, 1] so PSNR and SSIM see exactly the stored pixel
 * values; converted to ganlab's float layout in [-1, 1] for a feature extractor.
 *
 * @param values row-major {@code [N, C, H, W]} values in [0, 1]
 * @param count number of images N ≥ 1
 * @param shape the shape of one image {@code [C, H, W]}
 */
record ImageSet(double[] values, int count, SampleShape shape) {

  /**
   * Checks that the values fill {@code N · C · H · W} and the shape is an image shape.
   *
   * @throws IllegalArgumentException when they do not
   */
  ImageSet {
    if (!shape.isImage() || count < 1 || (long) count * shape.size() != values.length) {
      throw new IllegalArgumentException("image set of " + count + " images of shape " + shape
          + " cannot hold " + values.length + " values");
    }
  }

  /**
   * Returns the images in ganlab's layout, as generators produce them.
   *
   * @return an unlabelled batch {@code [N, C, H, W]} with values {@code 2v − 1} in [-1, 1]
   */
  Batch toBatch() {
    float[] scaled = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = (float) (2 * values[i] - 1);
    }
    return new Batch(scaled, null, shape);
  }

  /**
   * Returns the images for the image-quality metrics.
   *
   * @return {@code [N, C, H, W]} in [0, 1], float64
   */
  Images toImages() {
    int[] dims = shape.dims();
    return Images.of(values, count, dims[0], dims[1], dims[2]);
  }

  /**
   * Returns one row of pixel values per image, for metrics that compare images as vectors.
   *
   * @return {@code [N][C·H·W]} in [0, 1], in {@code C, H, W} order
   */
  double[][] pixelRows() {
    int width = shape.size();
    double[][] rows = new double[count][];
    for (int i = 0; i < count; i++) {
      rows[i] = Arrays.copyOfRange(values, i * width, (i + 1) * width);
    }
    return rows;
  }
}
