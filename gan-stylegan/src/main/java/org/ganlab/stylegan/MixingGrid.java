package org.ganlab.stylegan;

import java.util.Arrays;

/**
 * Lays out the style-mixing figure of Karras et al. (2019, fig. 3): an (n + 1) × (n + 1) grid whose top
 * row holds n source images (after a blank corner), whose left column holds n more, and whose cell
 * (i, j) is the image with the coarse styles of the j-th top source and the fine styles of the i-th
 * left source.
 */
final class MixingGrid {
  private MixingGrid() {}

  /**
   * Returns the grid's images row-major, ready for an image grid of n + 1 columns.
   *
   * @param top the n top sources, each image {@code [C, H, W]} flattened, concatenated
   * @param left the n left sources, same layout
   * @param mixes the n² mixed images, cell (i, j) at index i·n + j
   * @param n the number of sources per side
   * @return (n + 1)² images; the corner is blank (all −1)
   */
  static float[] layout(float[] top, float[] left, float[] mixes, int n) {
    int image = top.length / n;
    float[] grid = new float[(n + 1) * (n + 1) * image];
    Arrays.fill(grid, 0, image, -1f);
    System.arraycopy(top, 0, grid, image, n * image);
    for (int i = 0; i < n; i++) {
      int row = (i + 1) * (n + 1) * image;
      System.arraycopy(left, i * image, grid, row, image);
      System.arraycopy(mixes, i * n * image, grid, row + image, n * image);
    }
    return grid;
  }
}
