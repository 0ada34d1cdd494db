package org.ganlab.experiments.report;

import java.util.List;
import java.util.Optional;
import org.ganlab.core.metric.MetricDirection;
import org.ganlab.experiments.stats.CellSummary;
import org.ganlab.experiments.stats.RankedCell;

/**
 * One final metric across the cells of a sweep: per-cell summaries, pairwise comparisons and a ranking.
 * A metric measured under different protocols ({@link ProtocolCheck}) keeps its summaries (each is a
 * fact about its cell) but has no comparisons and no ranking.
 *
 * @param column the final metric column, e.g. {@code fid}
 * @param direction which way is better, or null for a column that is not ranked (losses, spreads,
 *     unknown columns)
 * @param cells the cells' names, in report order
 * @param summaries one summary per cell, aligned with {@code cells}
 * @param pairs every pair of cells (i &lt; j in report order); empty when the protocols differ
 * @param ranking best first; empty when the column has no direction, the protocols differ, there is
 *     only one cell or no cell has a value
 * @param protocolProblem why the values are not compared; empty when they are
 * @param dropped ids of done runs without a finite value of this column
 */
public record MetricAnalysis(String column, MetricDirection direction, List<String> cells,
    List<CellSummary> summaries, List<PairResult> pairs, List<RankedCell> ranking,
    String protocolProblem, List<String> dropped) {

  /** Keeps unmodifiable copies of the lists. */
  public MetricAnalysis {
    cells = List.copyOf(cells);
    summaries = List.copyOf(summaries);
    pairs = List.copyOf(pairs);
    ranking = List.copyOf(ranking);
    dropped = List.copyOf(dropped);
  }

  /**
   * Tells whether the cells' values may be compared.
   *
   * @return false when the runs used different protocols
   */
  public boolean comparable() {
    return protocolProblem.isEmpty();
  }

  /**
   * Returns a cell's summary.
   *
   * @param cell a cell's name
   * @return its summary
   * @throws IllegalArgumentException for a cell this analysis does not have
   */
  public CellSummary summary(String cell) {
    int index = cells.indexOf(cell);
    if (index < 0) {
      throw new IllegalArgumentException("no cell '" + cell + "' in the analysis of " + column);
    }
    return summaries.get(index);
  }

  /**
   * Returns a cell's place in the ranking.
   *
   * @param cell a cell's name
   * @return its entry, or empty when the metric is not ranked
   */
  public Optional<RankedCell> rank(String cell) {
    return ranking.stream().filter(r -> r.name().equals(cell)).findFirst();
  }

  /**
   * Tells whether a report marks the cell as best: the best cell and those not significantly different.
   *
   * @param cell a cell's name
   * @return true when ranked and tied with the best
   */
  public boolean best(String cell) {
    return rank(cell).map(r -> r.tiedWithBest()).orElse(false);
  }

  /**
   * Returns the comparison of two cells, in either order.
   *
   * @param a one cell's name
   * @param b another cell's name
   * @return the pair as computed (its {@code first} may be {@code b}), or empty when not compared
   */
  public Optional<PairResult> pair(String a, String b) {
    return pairs.stream().filter(p -> p.first().equals(a) && p.second().equals(b)
        || p.first().equals(b) && p.second().equals(a)).findFirst();
  }
}
