package org.ganlab.metrics.image;

/**
 * Peak signal-to-noise ratio {@code 10·log10(L² / MSE)} in decibels, with peak value {@code L = 1} for
 * images in [0, 1] (the standard full-reference fidelity measure; see e.g. Wang et al. 2004, "Image
 * Quality Assessment: From Error Visibility to Structural Similarity", for its definition and limits).
 * Identical images have MSE 0 and PSNR +∞.
 */
public final class Psnr {

  private Psnr() {}

  /**
   * Returns the PSNR of each image pair.
   *
   * @param a images {@code [N, C, H, W]} in [0, 1]
   * @param b images of the same shape
   * @return {@code [N]} PSNR values in dB, +∞ where a pair is identical
   * @throws IllegalArgumentException when the shapes differ
   */
  public static double[] perImage(Images a, Images b) {
    a.checkSameShape(b);
    int size = a.imageSize();
    double[] psnr = new double[a.count()];
    for (int n = 0; n < psnr.length; n++) {
      psnr[n] = fromMse(sumOfSquares(a.data(), b.data(), n * size, size) / size);
    }
    return psnr;
  }

  /**
   * Returns the mean of the per-image PSNR values (the value reports use).
   *
   * @param a images {@code [N, C, H, W]} in [0, 1]
   * @param b images of the same shape
   * @return mean PSNR in dB; +∞ when any pair is identical
   * @throws IllegalArgumentException when the shapes differ
   */
  public static double mean(Images a, Images b) {
    double sum = 0;
    for (double value : perImage(a, b)) {
      sum += value;
    }
    return sum / a.count();
  }

  /**
   * Returns the PSNR of the whole batch taken as one signal (MSE over all pixels of all images), as
   * {@code skimage.metrics.peak_signal_noise_ratio} does on a batch array.
   *
   * @param a images {@code [N, C, H, W]} in [0, 1]
   * @param b images of the same shape
   * @return PSNR in dB, +∞ when the batches are identical
   * @throws IllegalArgumentException when the shapes differ
   */
  public static double global(Images a, Images b) {
    a.checkSameShape(b);
    int length = a.data().length;
    return fromMse(sumOfSquares(a.data(), b.data(), 0, length) / length);
  }

  private static double sumOfSquares(double[] a, double[] b, int from, int length) {
    double sum = 0;
    for (int i = from; i < from + length; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return sum;
  }

  private static double fromMse(double mse) {
    return mse == 0 ? Double.POSITIVE_INFINITY : 10 * StrictMath.log10(1 / mse);
  }
}
