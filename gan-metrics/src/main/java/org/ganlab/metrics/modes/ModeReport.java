package org.ganlab.metrics.modes;

/**
 * The result of {@link ModeDiagnostics}.
 *
 * @param countsPerMode high-quality samples per mode, in centre order
 * @param modesCovered modes with at least the minimum count
 * @param highQualityCount samples within 3σ of their nearest centre
 * @param highQualityFraction that count over all samples
 * @param klToUniform KL(p_hq ‖ uniform), natural log; NaN when no sample is high-quality
 * @param jsdToUniform Jensen–Shannon divergence of p_hq and uniform, natural log; NaN likewise
 */
public record ModeReport(
    int[] countsPerMode,
    int modesCovered,
    int highQualityCount,
    double highQualityFraction,
    double klToUniform,
    double jsdToUniform) {

  static ModeReport of(int[] counts, int samples, int highQuality, int minCount) {
    int covered = 0;
    for (int count : counts) {
      if (count >= minCount) {
        covered++;
      }
    }
    double[] p = new double[counts.length];
    for (int k = 0; k < counts.length; k++) {
      p[k] = highQuality == 0 ? Double.NaN : (double) counts[k] / highQuality;
    }
    double uniform = 1.0 / counts.length;
    double kl = 0;
    double jsd = 0;
    for (double pk : p) {
      double m = (pk + uniform) / 2;
      kl += xLogXOverY(pk, uniform);
      jsd += 0.5 * xLogXOverY(pk, m) + 0.5 * xLogXOverY(uniform, m);
    }
    return new ModeReport(counts.clone(), covered, highQuality, (double) highQuality / samples, kl, jsd);
  }

  private static double xLogXOverY(double x, double y) {
    return x == 0 ? 0 : x * StrictMath.log(x / y);
  }
}
