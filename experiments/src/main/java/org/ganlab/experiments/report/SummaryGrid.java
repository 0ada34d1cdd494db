package org.ganlab.experiments.report;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.experiments.stats.CellSummary;

/**
 * The summary table every format shows, before escaping: one row per cell with its labels (the value
 * of each varying key), how many of its runs count ({@code done/planned}) and, per final metric,
 * {@code mean ± half-width} of the 95% t-interval, marked best where the cell is the best or not
 * significantly different from it.
 *
 * @param labelHeaders the varying keys, or {@code cell} when the sweep varies only the seed
 * @param metrics the metric columns, each with its direction and whether it is comparable
 * @param rows one row per cell, in report order
 */
public record SummaryGrid(List<String> labelHeaders, List<MetricAnalysis> metrics, List<Row> rows) {

  /**
   * One cell's row.
   *
   * @param labels one text per label header
   * @param seeds {@code included/planned} runs, e.g. {@code 2/3}
   * @param entries one entry per metric
   */
  public record Row(List<String> labels, String seeds, List<Entry> entries) {}

  /**
   * One cell's figure for one metric.
   *
   * @param text e.g. {@code 2.0 ± 2.5} ({@link Numbers#plusMinus}), followed by {@code (n=2)} when
 *     fewer of the cell's done runs have a value than it has done runs
   * @param best whether the cell is the best or tied with it
   */
  public record Entry(String text, boolean best) {}

  /**
   * Lays out the summary of an analysed sweep.
   *
   * @param analysis the analysed sweep
   * @return the grid
   */
  public static SummaryGrid of(SweepAnalysis analysis) {
    List<String> keys = analysis.results().varyingKeys();
    List<String> headers = keys.isEmpty() ? List.of("cell") : keys;
    List<Row> rows = new ArrayList<>();
    for (Cell cell : analysis.cells()) {
      List<String> labels = keys.isEmpty() ? List.of(cell.name()) : List.copyOf(cell.values().values());
      List<Entry> entries = new ArrayList<>();
      for (MetricAnalysis metric : analysis.metrics()) {
        CellSummary summary = metric.summary(cell.name());
        String text = Numbers.plusMinus(summary.mean(), summary.tInterval().width() / 2);
        if (summary.n() > 0 && summary.n() < cell.included().size()) {
          text += " (n=" + summary.n() + ")";
        }
        entries.add(new Entry(text, metric.best(cell.name())));
      }
      rows.add(new Row(labels, cell.included().size() + "/" + cell.runs().size(), entries));
    }
    return new SummaryGrid(headers, analysis.metrics(), rows);
  }

  /**
   * Returns the arrow that tells a metric's direction.
   *
   * @param metric an analysed metric
   * @return {@code ↓} (lower is better), {@code ↑} (higher is better) or empty
   */
  public static String arrow(MetricAnalysis metric) {
    if (metric.direction() == null) {
      return "";
    }
    return metric.direction().higherIsBetter() ? "↑" : "↓";
  }
}
