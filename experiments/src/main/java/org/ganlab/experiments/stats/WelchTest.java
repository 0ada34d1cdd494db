package org.ganlab.experiments.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Welch's unequal-variances t-test (Welch 1947, "The generalization of 'Student's' problem when several
 * different population variances are involved", Biometrika 34): {@code t = (x̄a − x̄b) / √(sa²/na +
 * sb²/nb)} with the Welch–Satterthwaite degrees of freedom {@code df = (sa²/na + sb²/nb)² /
 * ((sa²/na)²/(na−1) + (sb²/nb)²/(nb−1))} and the two-sided p-value {@code 2·P(T_df ≥ |t|)}.
 *
 * <p>The p-value equals Commons Math's {@code TTest.tTest(double[], double[])}, which is Welch's test
 * too (its pooled-variance test is {@code homoscedasticTTest}); this class also returns t and df and
 * answers NaN instead of throwing for samples it cannot test.
 */
public final class WelchTest {
  private WelchTest() {}

  /**
   * Tests whether two cells have the same mean.
   *
   * @param a finite per-seed values of the first cell
   * @param b finite per-seed values of the second cell
   * @return t (positive when a's mean is larger), df and the two-sided p; all NaN when either sample
   *     has fewer than two values; when both samples have zero variance, df is NaN, t is ±∞ and p = 0
   *     for different means, and t is NaN and p = 1 for equal means
   * @throws IllegalArgumentException for non-finite values
   */
  public static WelchResult test(double[] a, double[] b) {
    Samples.requireFinite("a", a);
    Samples.requireFinite("b", b);
    if (a.length < 2 || b.length < 2) {
      return new WelchResult(Double.NaN, Double.NaN, Double.NaN);
    }
    double difference = Samples.mean(a) - Samples.mean(b);
    double va = Samples.variance(a) / a.length;
    double vb = Samples.variance(b) / b.length;
    double se2 = va + vb;
    if (se2 == 0) {
      return difference == 0
          ? new WelchResult(Double.NaN, Double.NaN, 1)
          : new WelchResult(Math.copySign(Double.POSITIVE_INFINITY, difference), Double.NaN, 0);
    }
    double t = difference / Math.sqrt(se2);
    double df = se2 * se2 / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
    double p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    return new WelchResult(t, df, Math.min(1, p));
  }
}
