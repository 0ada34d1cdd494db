package org.ganlab.metrics.image;

/**
 * A normalised 1-D Gaussian window applied separably, without padding ("valid" region), as
 * {@code scipy.ndimage.gaussian_filter} builds it: radius {@code ⌊truncate·σ + 0.5⌋}.
 */
final class GaussianWindow {
  private final double[] taps;

  GaussianWindow(double sigma, double truncate) {
    int radius = (int) (truncate * sigma + 0.5);
    taps = new double[2 * radius + 1];
    double sum = 0;
    for (int t = 0; t < taps.length; t++) {
      int x = t - radius;
      taps[t] = StrictMath.exp(-0.5 * x * x / (sigma * sigma));
      sum += taps[t];
    }
    for (int t = 0; t < taps.length; t++) {
      taps[t] /= sum;
    }
  }

  int size() {
    return taps.length;
  }

  /** Filters an {@code [h, w]} plane to its valid {@code [h − size + 1, w − size + 1]} region. */
  double[] filterValid(double[] plane, int height, int width) {
    int outWidth = width - taps.length + 1;
    int outHeight = height - taps.length + 1;
    double[] rows = new double[height * outWidth];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < outWidth; x++) {
        rows[y * outWidth + x] = dot(plane, y * width + x, 1);
      }
    }
    double[] out = new double[outHeight * outWidth];
    for (int y = 0; y < outHeight; y++) {
      for (int x = 0; x < outWidth; x++) {
        out[y * outWidth + x] = dot(rows, y * outWidth + x, outWidth);
      }
    }
    return out;
  }

  private double dot(double[] values, int start, int stride) {
    double sum = 0;
    for (int t = 0; t < taps.length; t++) {
      sum += taps[t] * values[start + t * stride];
    }
    return sum;
  }
}
