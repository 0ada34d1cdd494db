package org.ganlab.experiments.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ganlab.experiments.stats.CellSummary;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Draws one final metric as a bar per cell, labelled with the cell's short name: the mean over seeds
 * with the 95% t-interval as error bar (none for a cell with one value), in the metric's
 * {@link DisplayScale}. Cells without values are left out; a metric measured under
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
    double factor = DisplayScale.factor(metric.column());
    List<String> names = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    for (String cell : metric.cells()) {
      CellSummary summary = metric.summary(cell);
      if (summary.n() > 0) {
        names.add(cell);
        means.add(summary.mean() * factor);
        errors.add(summary.tInterval().isDefined() ? summary.tInterval().width() / 2 * factor : 0.0);
      }
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
        .title(SummaryGrid.title(metric) + ": mean over seeds ± 95% t-interval")
        .yAxisTitle(DisplayScale.title(metric.column())).build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setyAxisTickLabelsFormattingFunction(Numbers::significant);
    int longest = names.stream().mapToInt(String::length).max().orElse(0);
    chart.getStyler().setXAxisLabelRotation(longest * names.size() > 60 ? 30 : 0);
    chart.getStyler().setSeriesColors(new Color[] {ChartStyle.color(0)});
    chart.addSeries(metric.column(), names, means, errors);
    return Optional.of(ChartStyle.png(chart));
  }
}
