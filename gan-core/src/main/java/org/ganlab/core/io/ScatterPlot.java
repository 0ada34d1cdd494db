package org.ganlab.core.io;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws 2-D samples as a PNG scatter plot: real points in grey, generated points in blue. */
public final class ScatterPlot {

  private ScatterPlot() {}

  /**
   * Writes the plot atomically.
   *
   * @param target the PNG file
   * @param title the chart title
   * @param real real points, row-major {@code [n, 2]}
   * @param generated generated points, row-major {@code [m, 2]}
   */
  public static void write(Path target, String title, float[] real, float[] generated) {
    XYChart chart = new XYChartBuilder().width(640).height(640).title(title).build();
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(3);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    addSeries(chart, "real", real, new Color(150, 150, 150));
    addSeries(chart, "generated", generated, new Color(30, 90, 200));
    try {
      AtomicFiles.write(target, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw " + target, e);
    }
  }

  private static void addSeries(XYChart chart, String name, float[] points, Color color) {
    int n = points.length / 2;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Float.isFinite(points[2 * i]) ? points[2 * i] : 0;
      y[i] = Float.isFinite(points[2 * i + 1]) ? points[2 * i + 1] : 0;
    }
    XYSeries series = chart.addSeries(name, x, y);
    series.setMarker(SeriesMarkers.CIRCLE);
    series.setMarkerColor(color);
  }
}
