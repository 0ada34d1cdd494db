package org.ganlab.metrics.modes;

/**
 * Mode-collapse diagnostics on a 2-D Gaussian mixture with known centres (VEEGAN, Srivastava et al.
 * 2017; PacGAN, Lin et al. 2018): a sample is high-quality when its distance to the nearest centre is
 * strictly below {@code 3σ}; a mode is covered when at least {@code minCount} high-quality samples have
 * it as nearest centre.
 */
public final class ModeDiagnostics {
  private static final double N_STD = 3.0;

  private ModeDiagnostics() {}

  /**
   * Measures samples.
   *
   * @param points samples, row-major {@code [n, 2]}
   * @param centres the mixture's centres {@code [k][2]}
   * @param sigma the components' standard deviation
   * @param minCount high-quality samples a mode needs to count as covered (≥ 1)
   * @return counts per mode, modes covered, high-quality share and divergences to uniform
   */
  public static ModeReport measure(float[] points, double[][] centres, double sigma, int minCount) {
    int n = points.length / 2;
    int[] counts = new int[centres.length];
    int highQuality = 0;
    for (int i = 0; i < n; i++) {
      int nearest = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int k = 0; k < centres.length; k++) {
        double dx = points[2 * i] - centres[k][0];
        double dy = points[2 * i + 1] - centres[k][1];
        double distance = Math.sqrt(dx * dx + dy * dy);
        if (distance < best) {
          best = distance;
          nearest = k;
        }
      }
      if (best < N_STD * sigma) {
        counts[nearest]++;
        highQuality++;
      }
    }
    return ModeReport.of(counts, n, highQuality, minCount);
  }
}
