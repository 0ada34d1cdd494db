package org.ganlab.core.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Tiles images into one PNG: {@code n} images {@code [C, H, W]} (C = 1 or 3, values in [-1, 1]) in rows
 * of {@code columns}, separated by a 2-pixel border.
 */
public final class ImageGrid {
  private static final int BORDER = 2;

  private ImageGrid() {}

  /**
   * Writes the grid atomically.
   *
   * @param target the PNG file
   * @param values images, row-major {@code [n, C, H, W]}
   * @param shape {@code [C, H, W]}
   * @param columns images per row (e.g. one class per row for conditional models)
   */
  public static void write(Path target, float[] values, int[] shape, int columns) {
    AtomicFiles.write(target, png(render(values, shape, columns)));
  }

  /**
   * Draws the grid.
   *
   * @param values images, row-major {@code [n, C, H, W]}
   * @param shape {@code [C, H, W]}
   * @param columns images per row
   * @return the picture
   */
  public static BufferedImage render(float[] values, int[] shape, int columns) {
    int c = shape[0];
    int h = shape[1];
    int w = shape[2];
    int n = values.length / (c * h * w);
    int rows = (n + columns - 1) / columns;
    BufferedImage image =
        new BufferedImage(
            columns * (w + BORDER) + BORDER, rows * (h + BORDER) + BORDER, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < n; i++) {
      int left = BORDER + (i % columns) * (w + BORDER);
      int top = BORDER + (i / columns) * (h + BORDER);
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          image.setRGB(left + x, top + y, rgb(values, i * c * h * w, c, h * w, y * w + x));
        }
      }
    }
    return image;
  }

  private static int rgb(float[] values, int offset, int channels, int plane, int pixel) {
    int r = toByte(values[offset + pixel]);
    int g = channels == 3 ? toByte(values[offset + plane + pixel]) : r;
    int b = channels == 3 ? toByte(values[offset + 2 * plane + pixel]) : r;
    return (r << 16) | (g << 8) | b;
  }

  private static int toByte(float v) {
    float clamped = Float.isNaN(v) ? -1f : Math.max(-1f, Math.min(1f, v));
    return Math.round((clamped + 1f) * 127.5f);
  }

  static byte[] png(BufferedImage image) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode PNG", e);
    }
  }
}
