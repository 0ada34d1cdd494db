package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;

/**
 * An image figure a model draws beside its sample grid ({@link GanModels#sampleFigures}), written to
 * {@code samples/step-NNNNNN-<name>.png}.
 *
 * @param name the figure's name, part of its file name (lower case letters, digits and dashes)
 * @param images the panels {@code [rows × columns, C, H, W]} in the data's range, row by row
 * @param columns panels per row
 */
public record SampleFigure(String name, NDArray images, int columns) {

  /** Checks the name and the column count. */
  public SampleFigure {
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("figure name must be lower case letters, digits and dashes,"
          + " found " + name);
    }
    if (columns < 1) {
      throw new IllegalArgumentException("figure columns must be >= 1, found " + columns);
    }
  }
}
