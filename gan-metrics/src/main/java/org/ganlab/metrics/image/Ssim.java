package org.ganlab.metrics.image;

/**
 * Structural similarity (Wang, Bovik, Sheikh and Simoncelli 2004, "Image Quality Assessment: From Error
 * Visibility to Structural Similarity", IEEE TIP 13(4)).
 *
 * <p>Local means, variances and covariance come from an 11-tap Gaussian window (σ = 1.5, truncated at
 * 3.5σ, i.e. radius 5, normalised), applied separably without padding; {@code K1 = 0.01},
 * {@code K2 = 0.03}, {@code L = 1}. The SSIM map is averaged over its valid region
 * {@code [H − 10, W − 10]} per channel, the channels are averaged per image, and the images averaged
 * over the batch. Images must be at least 11 × 11.
 */
public final class Ssim {
  private static final double SIGMA = 1.5;
  private static final double TRUNCATE = 3.5;
  private static final double C1 = 0.01 * 0.01;
  private static final double C2 = 0.03 * 0.03;
  private static final GaussianWindow WINDOW = new GaussianWindow(SIGMA, TRUNCATE);

  private Ssim() {}

  /**
   * Returns the mean SSIM with population covariances (Wang et al. 2004).
   *
   * @param a images {@code [N, C, H, W]} in [0, 1], H and W ≥ 11
   * @param b images of the same shape
   * @return mean SSIM over the images, 1 for identical batches
   * @throws IllegalArgumentException when the shapes differ or the images are smaller than 11 × 11
   */
  public static double mean(Images a, Images b) {
    return mean(a, b, CovarianceEstimate.POPULATION);
  }

  /**
   * Returns the mean SSIM.
   *
   * @param a images {@code [N, C, H, W]} in [0, 1], H and W ≥ 11
   * @param b images of the same shape
   * @param estimate population (Wang et al.) or sample (scikit-image default) covariances
   * @return mean SSIM over the images, 1 for identical batches
   * @throws IllegalArgumentException when the shapes differ or the images are smaller than 11 × 11
   */
  public static double mean(Images a, Images b, CovarianceEstimate estimate) {
    double sum = 0;
    for (double value : perImage(a, b, estimate)) {
      sum += value;
    }
    return sum / a.count();
  }

  /**
   * Returns the SSIM of each image pair, averaged over channels.
   *
   * @param a images {@code [N, C, H, W]} in [0, 1], H and W ≥ 11
   * @param b images of the same shape
   * @param estimate population (Wang et al.) or sample (scikit-image default) covariances
   * @return {@code [N]} SSIM values in [−1, 1]
   * @throws IllegalArgumentException when the shapes differ or the images are smaller than 11 × 11
   */
  public static double[] perImage(Images a, Images b, CovarianceEstimate estimate) {
    a.checkSameShape(b);
    if (a.height() < WINDOW.size() || a.width() < WINDOW.size()) {
      throw new IllegalArgumentException("SSIM needs images of at least " + WINDOW.size() + " x "
          + WINDOW.size() + " pixels, found " + a.height() + " x " + a.width());
    }
    double factor = covarianceFactor(estimate);
    double[] ssim = new double[a.count()];
    for (int n = 0; n < ssim.length; n++) {
      ssim[n] = imageSsim(a, b, n, factor);
    }
    return ssim;
  }

  private static double covarianceFactor(CovarianceEstimate estimate) {
    int taps = WINDOW.size() * WINDOW.size();
    return switch (estimate) {
      case POPULATION -> 1.0;
      case SAMPLE -> (double) taps / (taps - 1);
    };
  }

  private static double imageSsim(Images a, Images b, int n, double factor) {
    double sum = 0;
    for (int c = 0; c < a.channels(); c++) {
      int offset = (n * a.channels() + c) * a.planeSize();
      sum += planeSsim(plane(a, offset), plane(b, offset), a.height(), a.width(), factor);
    }
    return sum / a.channels();
  }

  private static double[] plane(Images images, int offset) {
    double[] plane = new double[images.planeSize()];
    System.arraycopy(images.data(), offset, plane, 0, plane.length);
    return plane;
  }

  private static double planeSsim(double[] x, double[] y, int height, int width, double factor) {
    double[] mx = WINDOW.filterValid(x, height, width);
    double[] my = WINDOW.filterValid(y, height, width);
    double[] mxx = WINDOW.filterValid(product(x, x), height, width);
    double[] myy = WINDOW.filterValid(product(y, y), height, width);
    double[] mxy = WINDOW.filterValid(product(x, y), height, width);
    double sum = 0;
    for (int i = 0; i < mx.length; i++) {
      double vx = factor * (mxx[i] - mx[i] * mx[i]);
      double vy = factor * (myy[i] - my[i] * my[i]);
      double vxy = factor * (mxy[i] - mx[i] * my[i]);
      double numerator = (2 * mx[i] * my[i] + C1) * (2 * vxy + C2);
      double denominator = (mx[i] * mx[i] + my[i] * my[i] + C1) * (vx + vy + C2);
      sum += numerator / denominator;
    }
    return sum / mx.length;
  }

  private static double[] product(double[] a, double[] b) {
    double[] product = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      product[i] = a[i] * b[i];
    }
    return product;
  }
}
