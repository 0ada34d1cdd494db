package org.ganlab.experiments.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the training curves of one {@code metrics.csv} column: per cell, the mean over its done runs'
 * seeds as a line and the min–max range over the seeds as a translucent band, in the cell's colour.
 */
public final class CurveChart {

  private CurveChart() {}

  /**
   * Returns the columns that get a curve: every column of the done runs' logs except learning rates
   * ({@code lr_*}) and bootstrap interval columns.
   *
   * @param cells the sweep's cells
   * @return column names, in order of first appearance
   */
  public static List<String> columns(List<Cell> cells) {
    Set<String> columns = new LinkedHashSet<>();
    cells.forEach(cell -> cell.included().forEach(run -> run.log().columns().stream()
        .filter(c -> !c.startsWith("lr_") && !SweepAnalysis.isInterval(c)).forEach(columns::add)));
    return List.copyOf(columns);
  }

  /**
   * Draws one column.
   *
   * @param cells the sweep's cells, in report order (cell i gets colour i)
   * @param column a {@code metrics.csv} column
   * @return the PNG bytes, or empty when no done run has a finite value of the column
   */
  public static Optional<byte[]> render(List<Cell> cells, String column) {
    XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
        .title(column + ": mean over seeds, band min–max").xAxisTitle("step").yAxisTitle(column).build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    boolean drawn = false;
    for (int i = 0; i < cells.size(); i++) {
      List<SortedMap<Long, Double>> series = new ArrayList<>();
      cells.get(i).included().forEach(run -> series.add(run.log().series(column)));
      SeedCurve curve = SeedCurve.of(series);
      if (!curve.isEmpty()) {
        addCurve(chart, cells.get(i).name(), curve, i);
        drawn = true;
      }
    }
    return drawn ? Optional.of(ChartStyle.png(chart)) : Optional.empty();
  }

  private static void addCurve(XYChart chart, String name, SeedCurve curve, int index) {
    int n = curve.steps().length;
    double[] x = new double[2 * n];
    double[] y = new double[2 * n];
    for (int k = 0; k < n; k++) {
      x[k] = curve.steps()[k];
      y[k] = curve.max()[k];
      x[2 * n - 1 - k] = curve.steps()[k];
      y[2 * n - 1 - k] = curve.min()[k];
    }
    XYSeries band = chart.addSeries(name + " (min–max)", x, y);
    band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    band.setMarker(SeriesMarkers.NONE);
    band.setFillColor(ChartStyle.translucent(index));
    band.setLineColor(ChartStyle.translucent(index));
    band.setShowInLegend(false);
    XYSeries mean = chart.addSeries(name, curve.steps(), curve.mean());
    mean.setMarker(n == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
    mean.setMarkerColor(ChartStyle.color(index));
    mean.setLineColor(ChartStyle.color(index));
  }
}
