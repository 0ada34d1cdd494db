package org.ganlab.metrics.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Blocked precision/recall and density/coverage against a brute-force reference. */
class NeighbourhoodMetricsTest {
  private static final double[][] REAL = Gaussians.sample(2300, 5, 0.0, 21);
  private static final double[][] FAKE = Gaussians.sample(1100, 5, 0.4, 22);

  @Test
  void blockedScanMatchesBruteForceAcrossSeveralBlocks() {
    double[] realRadii = BruteForce.radii(REAL, 5);
    double[] fakeRadii = BruteForce.radii(FAKE, 5);

    DensityCoverageResult dc = DensityCoverage.compute(REAL, FAKE);
    PrecisionRecallResult pr = PrecisionRecall.compute(REAL, FAKE, 5);

    assertThat(dc.precision()).isEqualTo(BruteForce.share(FAKE, REAL, realRadii, false));
    assertThat(dc.recall()).isEqualTo(BruteForce.share(REAL, FAKE, fakeRadii, false));
    assertThat(dc.density()).isEqualTo(BruteForce.density(FAKE, REAL, realRadii, 5));
    assertThat(dc.coverage()).isEqualTo(BruteForce.coverage(REAL, FAKE, realRadii));
    assertThat(pr.precision()).isEqualTo(BruteForce.share(FAKE, REAL, realRadii, true));
    assertThat(pr.recall()).isEqualTo(BruteForce.share(REAL, FAKE, fakeRadii, true));
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() throws Exception {
    DensityCoverageResult parallel = DensityCoverage.compute(REAL, FAKE);
    ForkJoinPool single = new ForkJoinPool(1);
    try {
      DensityCoverageResult serial = single.submit(() -> DensityCoverage.compute(REAL, FAKE)).get();
      assertThat(serial).isEqualTo(parallel);
    } finally {
      single.shutdown();
    }
  }

  @Test
  void identicalSetsHaveFullPrecisionAndRecall() {
    PrecisionRecallResult pr = PrecisionRecall.compute(FAKE, FAKE);

    assertThat(pr.precision()).isEqualTo(1.0);
    assertThat(pr.recall()).isEqualTo(1.0);
  }

  /** The definitions written out over the full distance matrix. */
  private static final class BruteForce {
    static double[] radii(double[][] x, int k) {
      double[] radii = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        double[] others = new double[x.length - 1];
        int n = 0;
        for (int j = 0; j < x.length; j++) {
          if (j != i) {
            others[n++] = distance(x[i], x[j]);
          }
        }
        Arrays.sort(others);
        radii[i] = others[k - 1];
      }
      return radii;
    }

    static double share(double[][] points, double[][] centres, double[] radii, boolean inclusive) {
      int count = 0;
      for (double[] p : points) {
        count += countInside(p, centres, radii, inclusive) > 0 ? 1 : 0;
      }
      return (double) count / points.length;
    }

    static double density(double[][] points, double[][] centres, double[] radii, int k) {
      long inside = 0;
      for (double[] p : points) {
        inside += countInside(p, centres, radii, false);
      }
      return (1.0 / k) * ((double) inside / points.length);
    }

    static double coverage(double[][] real, double[][] fake, double[] realRadii) {
      int covered = 0;
      for (int i = 0; i < real.length; i++) {
        double nearest = Double.POSITIVE_INFINITY;
        for (double[] f : fake) {
          nearest = Math.min(nearest, distance(real[i], f));
        }
        covered += nearest < realRadii[i] ? 1 : 0;
      }
      return (double) covered / real.length;
    }

    private static int countInside(double[] p, double[][] centres, double[] radii, boolean le) {
      int count = 0;
      for (int j = 0; j < centres.length; j++) {
        double d = distance(p, centres[j]);
        count += (le ? d <= radii[j] : d < radii[j]) ? 1 : 0;
      }
      return count;
    }

    private static double distance(double[] a, double[] b) {
      double sum = 0;
      for (int k = 0; k < a.length; k++) {
        sum += (a[k] - b[k]) * (a[k] - b[k]);
      }
      return Math.sqrt(sum);
    }
  }
}
