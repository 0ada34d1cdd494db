package org.ganlab.metrics.image;

/**
 * Mean absolute error per pixel between paired images in [0, 1] (the L1 distance of image-to-image
 * translation, e.g. Zhu et al. 2017's cycle-consistency term, as a measure). Identical images give 0.
 */
public final class MeanAbsoluteError {

  private MeanAbsoluteError() {}

  /**
   * Returns the mean absolute difference of each image pair over its channels and pixels.
   *
   * @param a images {@code [N, C, H, W]} in [0, 1]
   * @param b images of the same shape
   * @return {@code [N]} values in [0, 1]
   * @throws IllegalArgumentException when the shapes differ
   */
  public static double[] perImage(Images a, Images b) {
    a.checkSameShape(b);
    int size = a.imageSize();
    double[] mae = new double[a.count()];
    for (int n = 0; n < mae.length; n++) {
      double sum = 0;
      for (int i = n * size; i < (n + 1) * size; i++) {
        sum += Math.abs(a.data()[i] - b.data()[i]);
      }
      mae[n] = sum / size;
    }
    return mae;
  }
}
