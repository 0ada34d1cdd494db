package org.ganlab.experiments.report;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.experiments.stats.CellSummary;

/**
 * The summary table every format shows, before escaping: one row per cell with its short name
 * ({@link CellLabels}; the full settings are in the {@link CellLegend}), how many of its runs count
 * ({@code done/planned}) and, per ranked final metric, {@code mean ± half-width} of the 95% t-interval
 * in the metric's {@link DisplayScale}, marked best where the cell is the best or not significantly
 * different from it. Unranked columns (losses, within-run spreads) are left to the per-metric
 * statistics, unless no column is ranked.
 *
 * @param metrics the metric columns shown, each with its direction and whether it is comparable
 * @param rows one row per cell, in report order
 */
public record SummaryGrid(List<MetricAnalysis> metrics, List<Row> rows) {

  /** Keeps unmodifiable copies. */
  public SummaryGrid {
    metrics = List.copyOf(metrics);
    rows = List.copyOf(rows);
  }

  /**
   * One cell's row.
   *
   * @param cell the cell's short name
   * @param seeds {@code included/planned} runs, e.g. {@code 2/3}
   * @param entries one entry per metric
   */
  public record Row(String cell, String seeds, List<Entry> entries) {}

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
    List<MetricAnalysis> ranked = analysis.metrics().stream().filter(m -> m.direction() != null)
        .toList();
    List<MetricAnalysis> shown = ranked.isEmpty() ? analysis.metrics() : ranked;
    List<Row> rows = new ArrayList<>();
    for (Cell cell : analysis.cells()) {
      List<Entry> entries = new ArrayList<>();
      for (MetricAnalysis metric : shown) {
        CellSummary summary = metric.summary(cell.name());
        double factor = DisplayScale.factor(metric.column());
        String text = Numbers.plusMinus(summary.mean() * factor,
            summary.tInterval().width() / 2 * factor);
        if (summary.n() > 0 && summary.n() < cell.included().size()) {
          text += " (n=" + summary.n() + ")";
        }
        entries.add(new Entry(text, metric.best(cell.name())));
      }
      rows.add(new Row(cell.name(), cell.included().size() + "/" + cell.runs().size(), entries));
    }
    return new SummaryGrid(shown, rows);
  }

  /**
   * Returns a metric's column title: its name, its display scale and its direction.
   *
   * @param metric an analysed metric
   * @return e.g. {@code fid ↓}, {@code kid_mean ×10³ ↓}, {@code d_loss}
   */
  public static String title(MetricAnalysis metric) {
    String arrow = arrow(metric);
    return DisplayScale.title(metric.column()) + (arrow.isEmpty() ? "" : " " + arrow);
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
