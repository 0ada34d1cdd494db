package org.ganlab.metrics.image;

import java.util.List;
import org.ganlab.core.testing.MetricVectors;

/** Reads the shared vectors' uint8 image CSVs: one image per row, reshaped to [N, 1, 28, 28] / 255. */
final class ImageCsv {
  static final int SIDE = 28;

  private ImageCsv() {}

  static Images read(String name) {
    List<String> lines = MetricVectors.lines(name);
    double[] values = new double[lines.size() * SIDE * SIDE];
    for (int n = 0; n < lines.size(); n++) {
      String[] cells = lines.get(n).split(",");
      if (cells.length != SIDE * SIDE) {
        throw new IllegalStateException(name + " row " + n + " has " + cells.length + " values");
      }
      for (int i = 0; i < cells.length; i++) {
        values[n * SIDE * SIDE + i] = Integer.parseInt(cells[i].trim()) / 255.0;
      }
    }
    return Images.of(values, lines.size(), 1, SIDE, SIDE);
  }
}
