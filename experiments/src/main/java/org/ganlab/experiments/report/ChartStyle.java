package org.ganlab.experiments.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * What every report chart shares: size, colours (the Tableau 10 palette; cell i gets colour i), a plot
 * border of its own colour, the legend on the right (one line per cell, so that no name is cut off) and
 * PNG encoding.
 */
final class ChartStyle {
  /** Chart width in pixels. */
  static final int WIDTH = 800;
  /** Chart height in pixels. */
  static final int HEIGHT = 480;

  /** Colour of the plot area's border, used for nothing else: the plot area is what it frames. */
  static final Color FRAME = new Color(96, 96, 96);

  private static final Color[] PALETTE = {
      new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
      new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
      new Color(127, 127, 127), new Color(188, 189, 34), new Color(23, 190, 207)};

  private ChartStyle() {}

  /** The colour of the i-th cell. */
  static Color color(int index) {
    return PALETTE[index % PALETTE.length];
  }

  /** The colour of the i-th cell, see-through, for bands. */
  static Color translucent(int index) {
    Color color = color(index);
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), 60);
  }

  /** Sets the looks every chart shares. */
  static void apply(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(true);
    styler.setPlotBorderColor(FRAME);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setLegendLayout(Styler.LegendLayout.Vertical);
    styler.setAntiAlias(true);
  }

  /** Encodes a chart as PNG. */
  static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a chart as PNG", e);
    }
  }
}
