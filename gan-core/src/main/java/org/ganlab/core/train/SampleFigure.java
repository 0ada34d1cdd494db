package org.ganlab.core.train;

/**
 * A picture of a model drawn beside each sample grid, e.g. StyleGAN's style-mixing grid: images in the
 * data's shape laid out in rows.
 *
 * @param name a short file-name-safe name, e.g. {@code style-mixing}; the figure of step N is written to
 *     {@code samples/step-NNNNNN-<name>.png}
 * @param values the images {@code [n, C, H, W]}, row-major, values in [-1, 1]
 * @param columns images per row
 */
public record SampleFigure(String name, float[] values, int columns) {

  /** Checks the name and the layout. */
  public SampleFigure {
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("figure names are [a-z0-9-]+, found " + name);
    }
    if (columns < 1) {
      throw new IllegalArgumentException("columns must be >= 1, found " + columns);
    }
  }
}
