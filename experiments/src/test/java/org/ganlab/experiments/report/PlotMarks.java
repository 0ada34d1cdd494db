package org.ganlab.experiments.report;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Reads what a report chart drew: its plot area (the rectangle the {@link ChartStyle#FRAME} border
 * encloses) and the marks of a colour inside it.
 */
final class PlotMarks {
  private static final int TOLERANCE = 30;
  private static final int ERROR_BAR_GAP = 3;

  private final BufferedImage image;
  private final Rectangle plot;

  PlotMarks(byte[] png) {
    try {
      image = ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    plot = frame();
  }

  /** The plot area, inside its border. */
  Rectangle plot() {
    return plot;
  }

  /** Pixels inside the plot area within a small distance of a colour. */
  int pixels(Color color) {
    int count = 0;
    for (int y = plot.y; y < plot.y + plot.height; y++) {
      for (int x = plot.x; x < plot.x + plot.width; x++) {
        count += near(image.getRGB(x, y), color) ? 1 : 0;
      }
    }
    return count;
  }

  /**
   * The bars of a colour, left to right: each run of plot columns that hold the colour (a gap of up to
   * {@value #ERROR_BAR_GAP} columns, where an error bar crosses a low bar, does not end it), as its
   * height in pixels (the most such pixels in one column of the run's left quarter, which no error bar
   * crosses).
   */
  List<Integer> bars(Color color) {
    List<Integer> bars = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int x = plot.x; x <= plot.x + plot.width; x++) {
      boolean filled = x < plot.x + plot.width && column(x, color) > 2;
      if (filled) {
        start = start < 0 ? x : start;
        end = x;
      } else if (start >= 0 && x - end > ERROR_BAR_GAP) {
        int height = 0;
        for (int q = start; q <= start + (end - start) / 4; q++) {
          height = Math.max(height, column(q, color));
        }
        bars.add(height);
        start = -1;
      }
    }
    return bars;
  }

  private int column(int x, Color color) {
    int count = 0;
    for (int y = plot.y; y < plot.y + plot.height; y++) {
      count += near(image.getRGB(x, y), color) ? 1 : 0;
    }
    return count;
  }

  private Rectangle frame() {
    int frame = ChartStyle.FRAME.getRGB();
    int left = Integer.MAX_VALUE;
    int top = Integer.MAX_VALUE;
    int right = -1;
    int bottom = -1;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) == frame) {
          left = Math.min(left, x);
          top = Math.min(top, y);
          right = Math.max(right, x);
          bottom = Math.max(bottom, y);
        }
      }
    }
    if (right < 0) {
      throw new IllegalStateException("the chart has no plot border");
    }
    return new Rectangle(left + 1, top + 1, right - left - 1, bottom - top - 1);
  }

  private static boolean near(int rgb, Color color) {
    Color pixel = new Color(rgb);
    int dr = pixel.getRed() - color.getRed();
    int dg = pixel.getGreen() - color.getGreen();
    int db = pixel.getBlue() - color.getBlue();
    return dr * dr + dg * dg + db * db <= TOLERANCE * TOLERANCE;
  }
}
