package org.ganlab.experiments.stats;

import org.apache.commons.math3.special.Erf;

/**
 * Mann–Whitney U test (Mann &amp; Whitney 1947, "On a test of whether one of two random variables is
 * stochastically larger than the other", Ann. Math. Statist. 18; Wilcoxon 1945), two-sided.
 *
 * <p>U of the first sample counts the pairs (a_i, b_j) with a_i &gt; b_j, ties counting one half.
 * Sweeps have 3–5 seeds per cell, where the normal approximation is poor (for 3 vs 3 the smallest
 * attainable exact p is 0.1, the approximation gives 0.05) and Commons Math's
 * {@code MannWhitneyUTest} uses it without continuity or tie correction. So this test is exact
 * whenever {@code na + nb ≤} {@value #EXACT_MAX_TOTAL}: p comes from the permutation distribution of
 * the rank sum, counted exactly by dynamic programming, which without ties is Mann and Whitney's
 * exact distribution of U and with ties is the distribution conditional on the tie pattern
 * (midranks). Two-sided p is {@code min(1, 2·min(P(U ≤ u), P(U ≥ u)))}, as scipy's
 * {@code method="exact"} does without ties.
 * Larger samples use the normal approximation with tie-corrected variance
 * {@code σ² = na·nb/12 · (N + 1 − Σ(t³ − t)/(N(N − 1)))} and a continuity correction of 1/2.
 */
public final class MannWhitneyTest {
  /** Largest pooled sample size {@code na + nb} for which the p-value is exact. */
  public static final int EXACT_MAX_TOTAL = 50;

  private MannWhitneyTest() {}

  /**
   * Tests whether one cell's values tend to be larger than the other's.
   *
   * @param a finite per-seed values of the first cell
   * @param b finite per-seed values of the second cell
   * @return U of the first sample, the two-sided p-value and whether it is exact; U and p are NaN when
   *     either sample is empty
   * @throws IllegalArgumentException for non-finite values
   */
  public static MannWhitneyResult test(double[] a, double[] b) {
    Samples.requireFinite("a", a);
    Samples.requireFinite("b", b);
    int na = a.length;
    int nb = b.length;
    if (na == 0 || nb == 0) {
      return new MannWhitneyResult(Double.NaN, Double.NaN, false);
    }
    double[] pooled = new double[na + nb];
    System.arraycopy(a, 0, pooled, 0, na);
    System.arraycopy(b, 0, pooled, na, nb);
    MidRanks ranks = MidRanks.of(pooled);
    int[] doubled = ranks.doubled();
    int doubledSum = 0;
    for (int i = 0; i < na; i++) {
      doubledSum += doubled[i];
    }
    double u = doubledSum / 2.0 - na * (na + 1) / 2.0;
    if (na + nb <= EXACT_MAX_TOTAL) {
      return new MannWhitneyResult(u, RankSumDistribution.of(doubled, na).twoSidedP(doubledSum), true);
    }
    return new MannWhitneyResult(u, normalP(u, na, nb, ranks.tieCorrection()), false);
  }

  private static double normalP(double u, int na, int nb, double ties) {
    double total = na + nb;
    double variance = na * (double) nb / 12 * (total + 1 - ties / (total * (total - 1)));
    if (variance <= 0) {
      return 1;
    }
    double z = Math.max(0, Math.abs(u - na * (double) nb / 2) - 0.5) / Math.sqrt(variance);
    return Math.min(1, Erf.erfc(z / Math.sqrt(2)));
  }
}
