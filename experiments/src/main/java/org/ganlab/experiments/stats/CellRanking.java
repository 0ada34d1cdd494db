package org.ganlab.experiments.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks sweep cells on one metric. Cells are ordered by mean in the metric's direction (ties in the mean
 * keep the input order; empty cells come last). The first is the best. Each other cell with at least
 * two values is compared with the best by Welch's t-test ({@link WelchTest}), and the family of those
 * p-values is corrected with Holm's method ({@link HolmBonferroni}). A cell is "tied with the best"
 * when its adjusted p is ≥ α, or when it cannot be tested because it or the best has fewer than two
 * values: with so little data the report should not claim a difference. Empty cells (every seed
 * diverged) are never tied.
 */
public final class CellRanking {
  /** Default family-wise significance level. */
  public static final double DEFAULT_ALPHA = 0.05;

  private CellRanking() {}

  /**
   * Ranks cells at α = {@value #DEFAULT_ALPHA}.
   *
   * @param cells the cells, names unique
   * @param higherIsBetter the metric's direction ({@link org.ganlab.core.metric.MetricDirection})
   * @return one entry per cell, best first
   * @throws IllegalArgumentException for duplicate cell names
   */
  public static List<RankedCell> rank(List<CellValues> cells, boolean higherIsBetter) {
    return rank(cells, higherIsBetter, DEFAULT_ALPHA);
  }

  /**
   * Ranks cells.
   *
   * @param cells the cells, names unique
   * @param higherIsBetter the metric's direction ({@link org.ganlab.core.metric.MetricDirection})
   * @param alpha family-wise significance level in (0, 1)
   * @return one entry per cell, best first
   * @throws IllegalArgumentException for duplicate cell names or α outside (0, 1)
   */
  public static List<RankedCell> rank(List<CellValues> cells, boolean higherIsBetter, double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), found " + alpha);
    }
    checkUniqueNames(cells);
    List<CellValues> ordered = order(cells, higherIsBetter);
    double[] adjusted = adjustedPAgainstBest(ordered);
    List<RankedCell> ranking = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      double[] values = ordered.get(i).values();
      boolean tied = values.length > 0 && (Double.isNaN(adjusted[i]) || adjusted[i] >= alpha);
      ranking.add(new RankedCell(
          ordered.get(i).name(), i + 1, values.length, Samples.mean(values), adjusted[i], tied));
    }
    return List.copyOf(ranking);
  }

  private static List<CellValues> order(List<CellValues> cells, boolean higherIsBetter) {
    Comparator<CellValues> byMean = Comparator.comparingDouble(c -> Samples.mean(c.values()));
    Comparator<CellValues> emptyLast = Comparator.comparing(c -> c.values().length == 0);
    List<CellValues> ordered = new ArrayList<>(cells);
    ordered.sort(emptyLast.thenComparing(higherIsBetter ? byMean.reversed() : byMean));
    return ordered;
  }

  /** Holm-adjusted Welch p of each cell against {@code ordered[0]}; NaN where untested. */
  private static double[] adjustedPAgainstBest(List<CellValues> ordered) {
    double[] adjusted = new double[ordered.size()];
    Arrays.fill(adjusted, Double.NaN);
    if (ordered.isEmpty()) {
      return adjusted;
    }
    double[] best = ordered.get(0).values();
    int[] tested = new int[ordered.size()];
    double[] raw = new double[ordered.size()];
    int count = 0;
    for (int i = 1; i < ordered.size(); i++) {
      WelchResult welch = WelchTest.test(best, ordered.get(i).values());
      if (welch.isDefined()) {
        tested[count] = i;
        raw[count++] = welch.p();
      }
    }
    double[] holm = HolmBonferroni.adjust(Arrays.copyOf(raw, count));
    for (int k = 0; k < count; k++) {
      adjusted[tested[k]] = holm[k];
    }
    return adjusted;
  }

  private static void checkUniqueNames(List<CellValues> cells) {
    Set<String> seen = new HashSet<>();
    for (CellValues cell : cells) {
      if (!seen.add(cell.name())) {
        throw new IllegalArgumentException(
            "cell names must be unique, found '" + cell.name() + "' twice");
      }
    }
  }
}
