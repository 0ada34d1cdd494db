package org.ganlab.core.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Decodes an image file with ImageIO and turns it into unsigned bytes {@code [C, S, S]}: scaled to
 * S×S with bilinear interpolation (aspect ratio not kept), transparent parts on black, and for one
 * channel converted to grey with the Rec. 601 luma weights (0.299 R + 0.587 G + 0.114 B).
 */
final class ImageDecoder {
  private final int size;
  private final int channels;

  /**
   * Creates the decoder.
   *
   * @param size output side S in pixels
   * @param channels 1 (grey) or 3 (RGB)
   */
  ImageDecoder(int size, int channels) {
    this.size = size;
    this.channels = channels;
  }

  /**
   * Decodes one file into {@code out}.
   *
   * @param file a PNG or JPEG file
   * @param out destination array
   * @param offset index of the first output byte
   */
  void decode(Path file, byte[] out, int offset) {
    BufferedImage scaled = scale(read(file));
    int plane = size * size;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int rgb = scaled.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int p = offset + y * size + x;
        if (channels == 1) {
          out[p] = (byte) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
        } else {
          out[p] = (byte) r;
          out[p + plane] = (byte) g;
          out[p + 2 * plane] = (byte) b;
        }
      }
    }
  }

  private static BufferedImage read(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new DataException(file + ": not an image ImageIO can decode");
      }
      return image;
    } catch (IOException e) {
      throw new DataException(file + ": unreadable image (" + e.getMessage() + ")", e);
    }
  }

  private BufferedImage scale(BufferedImage image) {
    BufferedImage scaled = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scaled.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
          RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(image, 0, 0, size, size, Color.BLACK, null);
    } finally {
      g.dispose();
    }
    return scaled;
  }
}
