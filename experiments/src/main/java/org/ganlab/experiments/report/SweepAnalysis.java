package org.ganlab.experiments.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ganlab.core.metric.Bootstrap;

/**
 * A sweep's results grouped into cells and analysed per final metric: what every report file shows.
 *
 * @param results the sweep's runs as read
 * @param cells runs grouped by everything but the seed, in order of first appearance
 * @param metrics one analysis per final metric column of the done runs (bootstrap interval columns
 *     {@code *_ci_low} / {@code *_ci_high} left out), in order of first appearance
 * @param excluded runs left out of every statistic (diverged, failed or unfinished), in plan order
 */
public record SweepAnalysis(SweepResults results, List<Cell> cells, List<MetricAnalysis> metrics,
    List<RunResult> excluded) {

  /** Keeps unmodifiable copies of the lists. */
  public SweepAnalysis {
    cells = List.copyOf(cells);
    metrics = List.copyOf(metrics);
    excluded = List.copyOf(excluded);
  }

  /**
   * Analyses a sweep.
   *
   * @param results the sweep's results
   * @return the analysis
   */
  public static SweepAnalysis of(SweepResults results) {
    List<Cell> cells = Cells.group(results);
    Set<String> columns = new LinkedHashSet<>();
    results.runs().stream().filter(RunResult::included)
        .forEach(run -> run.metrics().keySet().stream().filter(c -> !isInterval(c)).forEach(columns::add));
    List<MetricAnalysis> metrics = new ArrayList<>();
    columns.forEach(column -> metrics.add(MetricAnalyzer.analyze(cells, column)));
    List<RunResult> excluded = results.runs().stream().filter(run -> !run.included()).toList();
    return new SweepAnalysis(results, cells, metrics, excluded);
  }

  /**
   * Tells whether a final metric column is a bootstrap interval end of another column.
   *
   * @param column a column name
   * @return true for {@code *_ci_low} and {@code *_ci_high}
   */
  public static boolean isInterval(String column) {
    return column.endsWith(Bootstrap.LOW) || column.endsWith(Bootstrap.HIGH);
  }

  /**
   * Returns every final metric column of any run, interval columns included, for the table of runs.
   *
   * @return columns in order of first appearance in plan order
   */
  public List<String> allMetricColumns() {
    Set<String> columns = new LinkedHashSet<>();
    results.runs().forEach(run -> columns.addAll(run.metrics().keySet()));
    return List.copyOf(columns);
  }
}
