package org.ganlab.experiments.report;

import java.util.List;
import org.ganlab.experiments.stats.CellSummary;
import org.ganlab.experiments.stats.Interval;
import org.ganlab.experiments.stats.RankedCell;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The tables of {@code index.html}: summary, cell legend, per-metric statistics and significance
 * matrices, runs and provenance.
 */
final class HtmlTables {
  /** Provenance fields shown per run, as named in {@code provenance.json}. */
  static final List<String> PROVENANCE = List.of("ganlab_version", "git_commit", "config_sha256",
      "seed", "djl", "engine", "java", "os", "cpu", "threads", "device");

  private HtmlTables() {}

  /** The summary: one row per cell, one column per metric, best and tied cells in bold. */
  static void summary(Xhtml html, SummaryGrid grid) {
    html.open("table", "class", "summary").open("thead").open("tr");
    html.element("th", "cell").element("th", "seeds");
    for (MetricAnalysis metric : grid.metrics()) {
      html.element("th", SummaryGrid.title(metric) + (metric.comparable() ? "" : " † not comparable"));
    }
    html.close("tr").close("thead").open("tbody");
    for (SummaryGrid.Row row : grid.rows()) {
      html.open("tr");
      html.element("td", row.cell()).element("td", row.seeds());
      for (SummaryGrid.Entry entry : row.entries()) {
        if (entry.best()) {
          html.open("td", "class", "best").element("strong", entry.text()).close("td");
        } else {
          html.element("td", entry.text());
        }
      }
      html.close("tr");
    }
    html.close("tbody").close("table");
  }

  /** The cells' legend: each short name beside the settings that tell the cells apart. */
  static void legend(Xhtml html, CellLegend legend) {
    html.open("table", "class", "legend").open("thead").open("tr").element("th", "cell")
        .element("th", "settings").close("tr").close("thead").open("tbody");
    legend.rows().forEach(row -> html.open("tr").element("td", row.name())
        .element("td", row.settings()).close("tr"));
    html.close("tbody").close("table");
  }

  /**
   * One metric's per-cell statistics: n, mean, std, median and both 95% intervals of the mean, in the
   * metric's {@link DisplayScale}.
   */
  static void statistics(Xhtml html, MetricAnalysis metric) {
    double factor = DisplayScale.factor(metric.column());
    html.open("table", "class", "statistics").open("thead").open("tr");
    for (String header : List.of("cell", "n", "mean", "std", "median", "95% t-interval",
        "95% bootstrap interval")) {
      html.element("th", header);
    }
    html.close("tr").close("thead").open("tbody");
    for (String cell : metric.cells()) {
      CellSummary summary = metric.summary(cell);
      html.open("tr").element("td", cell).element("td", Integer.toString(summary.n()))
          .element("td", Numbers.significant(summary.mean() * factor))
          .element("td", Numbers.significant(summary.std() * factor))
          .element("td", Numbers.significant(summary.median() * factor))
          .element("td", interval(summary.tInterval(), factor))
          .element("td", interval(summary.bootstrapInterval(), factor)).close("tr");
    }
    html.close("tbody").close("table");
  }

  private static String interval(Interval interval, double factor) {
    return interval.isDefined() ? "[" + Numbers.significant(interval.low() * factor) + ", "
        + Numbers.significant(interval.high() * factor) + "]" : Numbers.MISSING;
  }

  /**
   * One metric's pairwise comparisons as a matrix: row cell against column cell, Holm-adjusted Welch p,
   * Holm-adjusted Mann–Whitney p and Hedges' g of the row minus the column; then the ranking.
   */
  static void significance(Xhtml html, MetricAnalysis metric) {
    html.open("table", "class", "matrix").open("thead").open("tr").element("th", "row vs column");
    metric.cells().forEach(cell -> html.element("th", cell));
    html.close("tr").close("thead").open("tbody");
    for (String row : metric.cells()) {
      html.open("tr").element("th", row);
      for (String column : metric.cells()) {
        html.element("td", row.equals(column) ? "–" : entry(metric, row, column));
      }
      html.close("tr");
    }
    html.close("tbody").close("table");
    if (!metric.ranking().isEmpty()) {
      html.open("ol", "class", "ranking");
      for (RankedCell cell : metric.ranking()) {
        String note = cell.n() == 0 ? "no values" : cell.rank() == 1 ? "best"
            : cell.tiedWithBest() ? "tied with the best, p = " + Numbers.p(cell.adjustedP())
            : "worse than the best, p = " + Numbers.p(cell.adjustedP());
        html.element("li", cell.name() + ": mean "
            + Numbers.significant(cell.mean() * DisplayScale.factor(metric.column())) + ", n = "
            + cell.n() + " (" + note + ")");
      }
      html.close("ol");
    }
  }

  private static String entry(MetricAnalysis metric, String row, String column) {
    return metric.pair(row, column).map(pair -> {
      double g = pair.comparison().hedgesG();
      double signed = pair.first().equals(row) ? g : -g;
      return "Welch p " + Numbers.p(pair.welchAdjustedP()) + " · MW p "
          + Numbers.p(pair.mannWhitneyAdjustedP()) + " · g " + Numbers.effect(signed);
    }).orElse(Numbers.MISSING);
  }

  /** A Tablesaw table as it stands, numbers to four significant digits. */
  static void table(Xhtml html, Table table) {
    html.open("table", "class", "runs").open("thead").open("tr");
    table.columnNames().forEach(name -> html.element("th", name));
    html.close("tr").close("thead").open("tbody");
    for (int r = 0; r < table.rowCount(); r++) {
      html.open("tr");
      for (Column<?> column : table.columns()) {
        Object value = column.get(r);
        html.element("td", column.isMissing(r) ? ""
            : value instanceof Double d ? Numbers.significant(d) : String.valueOf(value));
      }
      html.close("tr");
    }
    html.close("tbody").close("table");
  }

  /** Every run's provenance: versions, commit, config hash, seed, engine, machine, threads. */
  static void provenance(Xhtml html, List<RunResult> runs) {
    html.open("table", "class", "provenance").open("thead").open("tr").element("th", "run_id");
    PROVENANCE.forEach(field -> html.element("th", field));
    html.close("tr").close("thead").open("tbody");
    for (RunResult run : runs) {
      html.open("tr").element("td", run.id());
      PROVENANCE.forEach(field -> html.element("td", run.provenance().getOrDefault(field, "")));
      html.close("tr");
    }
    html.close("tbody").close("table");
  }
}
