package org.ganlab.experiments.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ganlab.experiments.stats.CellSummary;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Draws one final metric as a bar per cell: the mean over seeds with the 95% t-interval as error bar
 * (none for a cell with one value). Cells without values are left out; a metric measured under
 * different protocols gets no chart.
 */
public final class BarChart {

  private BarChart() {}

  /**
   * Draws the chart.
   *
   * @param metric an analysed metric
   * @return the PNG bytes, or empty when the metric is not comparable or no cell has a value
   */
  public static Optional<byte[]> render(MetricAnalysis metric) {
    if (!metric.comparable()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    for (String cell : metric.cells()) {
      CellSummary summary = metric.summary(cell);
      if (summary.n() > 0) {
        names.add(cell);
        means.add(summary.mean());
        errors.add(summary.tInterval().isDefined() ? summary.tInterval().width() / 2 : 0.0);
      }
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    String arrow = SummaryGrid.arrow(metric);
    CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
        .title(metric.column() + (arrow.isEmpty() ? "" : " " + arrow)
            + ": mean over seeds ± 95% t-interval")
        .yAxisTitle(metric.column()).build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisLabelRotation(names.size() > 3 ? 20 : 0);
    chart.getStyler().setSeriesColors(new Color[] {ChartStyle.color(0)});
    chart.addSeries(metric.column(), names, means, errors);
    return Optional.of(ChartStyle.png(chart));
  }
}
