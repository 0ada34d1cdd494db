package org.ganlab.experiments.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.ganlab.core.metric.MetricDirection;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.experiments.stats.CellRanking;
import org.ganlab.experiments.stats.CellSummary;
import org.ganlab.experiments.stats.CellValues;
import org.ganlab.experiments.stats.HolmBonferroni;
import org.ganlab.experiments.stats.PairwiseComparison;
import org.ganlab.experiments.stats.RankedCell;

/**
 * Analyses one final metric over a sweep's cells with the {@code stats} package: a {@link CellSummary}
 * per cell (bootstrap seeded with {@link #BOOTSTRAP_SEED}), every pair of cells compared
 * ({@link PairwiseComparison}) with Holm's correction over the pairs, and a {@link CellRanking} when the
 * metric has a direction. Only done runs with a finite value count.
 */
public final class MetricAnalyzer {
  /** Seed of every bootstrap interval of a report, so that reports of the same runs are identical. */
  public static final long BOOTSTRAP_SEED = 0x67616E6C6162L;

  /** The metrics on the class path, which declare the direction of each column they write. */
  private static final MetricRegistry METRICS = MetricRegistry.load();

  private MetricAnalyzer() {}

  /**
   * Analyses a column.
   *
   * @param cells the sweep's cells, in report order
   * @param column a final metric column
   * @return the analysis
   */
  public static MetricAnalysis analyze(List<Cell> cells, String column) {
    List<String> names = cells.stream().map(Cell::name).toList();
    List<double[]> values = cells.stream().map(cell -> cell.values(column)).toList();
    List<CellSummary> summaries = values.stream().map(v -> CellSummary.of(v, BOOTSTRAP_SEED)).toList();
    List<RunResult> measured = cells.stream().flatMap(cell -> cell.included().stream())
        .filter(run -> run.metric(column).isPresent()).toList();
    List<String> dropped = cells.stream().flatMap(cell -> cell.included().stream())
        .filter(run -> run.metric(column).isEmpty()).map(RunResult::id).toList();
    MetricDirection direction =
        METRICS.direction(column).filter(MetricDirection::ranked).orElse(null);
    Optional<String> problem = ProtocolCheck.problem(column, measured);
    if (problem.isPresent()) {
      return new MetricAnalysis(column, direction, names, summaries, List.of(), List.of(),
          problem.get(), dropped);
    }
    boolean rankable = direction != null && cells.size() > 1
        && values.stream().anyMatch(v -> v.length > 0);
    List<RankedCell> ranking = rankable
        ? CellRanking.rank(cellValues(names, values), direction.higherIsBetter()) : List.of();
    return new MetricAnalysis(column, direction, names, summaries, pairs(names, values), ranking, "",
        dropped);
  }

  private static List<CellValues> cellValues(List<String> names, List<double[]> values) {
    List<CellValues> cells = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      cells.add(new CellValues(names.get(i), values.get(i)));
    }
    return cells;
  }

  private static List<PairResult> pairs(List<String> names, List<double[]> values) {
    List<int[]> indices = new ArrayList<>();
    List<PairwiseComparison> comparisons = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        indices.add(new int[] {i, j});
        comparisons.add(PairwiseComparison.of(values.get(i), values.get(j)));
      }
    }
    double[] welch = holm(comparisons, c -> c.welch().p());
    double[] mannWhitney = holm(comparisons, c -> c.mannWhitney().p());
    List<PairResult> pairs = new ArrayList<>();
    for (int k = 0; k < comparisons.size(); k++) {
      pairs.add(new PairResult(names.get(indices.get(k)[0]), names.get(indices.get(k)[1]),
          comparisons.get(k), welch[k], mannWhitney[k]));
    }
    return pairs;
  }

  /** Holm-adjusts the defined p-values of a family; NaN stays NaN and is not counted in the family. */
  private static double[] holm(List<PairwiseComparison> comparisons,
      ToDoubleFunction<PairwiseComparison> p) {
    double[] raw = comparisons.stream().mapToDouble(p).toArray();
    int[] defined = IntStream.range(0, raw.length)
        .filter(i -> !Double.isNaN(raw[i])).toArray();
    double[] adjusted = HolmBonferroni.adjust(Arrays.stream(defined).mapToDouble(i -> raw[i]).toArray());
    double[] result = new double[raw.length];
    Arrays.fill(result, Double.NaN);
    for (int k = 0; k < defined.length; k++) {
      result[defined[k]] = adjusted[k];
    }
    return result;
  }
}
