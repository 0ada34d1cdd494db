package org.ganlab.experiments.report;

import org.ganlab.experiments.stats.CellSummary;
import org.ganlab.experiments.stats.RankedCell;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The cell × metric statistics ({@code summary.csv}), one row per cell and final metric: {@code cell},
 * one column per varying key, {@code metric}, {@code direction} (lower/higher/empty),
 * {@code comparable} (false when the runs used different protocols), {@code n}, {@code mean},
 * {@code std}, {@code median}, the 95% t-interval ({@code t_ci_low}, {@code t_ci_high}) and bootstrap
 * interval ({@code bootstrap_ci_low}, {@code bootstrap_ci_high}) of the mean, and when ranked
 * {@code rank}, {@code tied_with_best} and {@code p_vs_best_holm} (Holm-adjusted Welch p against the
 * best cell).
 */
public final class SummaryTable {

  private SummaryTable() {}

  /**
   * Builds the table.
   *
   * @param analysis the analysed sweep
   * @return a Tablesaw table, rows ordered by metric then cell
   */
  public static Table build(SweepAnalysis analysis) {
    Table table = Table.create(analysis.results().name() + " summary");
    table.addColumns(StringColumn.create("cell"));
    analysis.results().varyingKeys().forEach(key -> table.addColumns(StringColumn.create(key)));
    table.addColumns(StringColumn.create("metric"), StringColumn.create("direction"),
        BooleanColumn.create("comparable"), IntColumn.create("n"));
    for (String name : new String[] {"mean", "std", "median", "t_ci_low", "t_ci_high",
        "bootstrap_ci_low", "bootstrap_ci_high"}) {
      table.addColumns(DoubleColumn.create(name));
    }
    table.addColumns(IntColumn.create("rank"), BooleanColumn.create("tied_with_best"),
        DoubleColumn.create("p_vs_best_holm"));
    for (MetricAnalysis metric : analysis.metrics()) {
      for (Cell cell : analysis.cells()) {
        addRow(table, metric, cell);
      }
    }
    return table;
  }

  private static void addRow(Table table, MetricAnalysis metric, Cell cell) {
    CellSummary summary = metric.summary(cell.name());
    table.stringColumn("cell").append(cell.name());
    cell.values().forEach((key, value) -> table.stringColumn(key).append(value));
    table.stringColumn("metric").append(metric.column());
    table.stringColumn("direction").append(metric.direction() == null ? ""
        : metric.direction().higherIsBetter() ? "higher" : "lower");
    table.booleanColumn("comparable").append(metric.comparable());
    table.intColumn("n").append(summary.n());
    table.doubleColumn("mean").append(summary.mean());
    table.doubleColumn("std").append(summary.std());
    table.doubleColumn("median").append(summary.median());
    table.doubleColumn("t_ci_low").append(summary.tInterval().low());
    table.doubleColumn("t_ci_high").append(summary.tInterval().high());
    table.doubleColumn("bootstrap_ci_low").append(summary.bootstrapInterval().low());
    table.doubleColumn("bootstrap_ci_high").append(summary.bootstrapInterval().high());
    RankedCell rank = metric.rank(cell.name()).orElse(null);
    if (rank == null) {
      table.intColumn("rank").appendMissing();
      table.booleanColumn("tied_with_best").appendMissing();
    } else {
      table.intColumn("rank").append(rank.rank());
      table.booleanColumn("tied_with_best").append(rank.tiedWithBest());
    }
    table.doubleColumn("p_vs_best_holm").append(rank == null ? Double.NaN : rank.adjustedP());
  }
}
