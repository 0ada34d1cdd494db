package org.ganlab.metrics.image;

/**
 * A batch of images {@code [N, C, H, W]} with values in [0, 1], stored row-major in float64. Immutable:
 * the values are copied in and out.
 */
public final class Images {
  private final double[] values;
  private final int count;
  private final int channels;
  private final int height;
  private final int width;

  private Images(double[] values, int count, int channels, int height, int width) {
    this.values = values;
    this.count = count;
    this.channels = channels;
    this.height = height;
    this.width = width;
  }

  /**
   * Wraps row-major values.
   *
   * @param values {@code N·C·H·W} values in [0, 1], row-major {@code [N, C, H, W]}; copied
   * @param count number of images N ≥ 1
   * @param channels channels per image C ≥ 1
   * @param height image height H ≥ 1
   * @param width image width W ≥ 1
   * @return the images
   * @throws IllegalArgumentException for a non-positive dimension, a length that is not
   *     {@code N·C·H·W}, or a value that is not finite or outside [0, 1]
   */
  public static Images of(double[] values, int count, int channels, int height, int width) {
    checkDimensions(count, channels, height, width);
    long expected = (long) count * channels * height * width;
    if (values == null || values.length != expected) {
      throw new IllegalArgumentException("shape [" + count + ", " + channels + ", " + height + ", "
          + width + "] needs " + expected + " values, found "
          + (values == null ? "null" : values.length));
    }
    double[] copy = values.clone();
    checkValues(copy);
    return new Images(copy, count, channels, height, width);
  }

  /**
   * Copies a nested array.
   *
   * @param images {@code [N][C][H][W]}, rectangular, values in [0, 1]
   * @return the images
   * @throws IllegalArgumentException for an empty or ragged array or a value that is not finite or
   *     outside [0, 1]
   */
  public static Images of(double[][][][] images) {
    if (images == null || images.length == 0 || images[0] == null || images[0].length == 0
        || images[0][0] == null || images[0][0].length == 0 || images[0][0][0] == null) {
      throw new IllegalArgumentException("images must be a non-empty [N][C][H][W] array");
    }
    int channels = images[0].length;
    int height = images[0][0].length;
    int width = images[0][0][0].length;
    double[] values = new double[images.length * channels * height * width];
    int offset = 0;
    for (int n = 0; n < images.length; n++) {
      for (int c = 0; c < channels; c++) {
        for (int y = 0; y < height; y++) {
          double[] row = rowOf(images, n, c, y, channels, height, width);
          System.arraycopy(row, 0, values, offset, width);
          offset += width;
        }
      }
    }
    return of(values, images.length, channels, height, width);
  }

  private static double[] rowOf(double[][][][] images, int n, int c, int y, int channels, int height,
      int width) {
    if (images[n] == null || images[n].length != channels) {
      throw ragged("images[" + n + "]", channels);
    }
    if (images[n][c] == null || images[n][c].length != height) {
      throw ragged("images[" + n + "][" + c + "]", height);
    }
    double[] row = images[n][c][y];
    if (row == null || row.length != width) {
      throw ragged("images[" + n + "][" + c + "][" + y + "]", width);
    }
    return row;
  }

  private static IllegalArgumentException ragged(String where, int expected) {
    return new IllegalArgumentException(
        "images are ragged: " + where + " must have " + expected + " entries like the first image");
  }

  private static void checkDimensions(int count, int channels, int height, int width) {
    if (count < 1 || channels < 1 || height < 1 || width < 1) {
      throw new IllegalArgumentException("shape [N, C, H, W] must be positive, found [" + count
          + ", " + channels + ", " + height + ", " + width + "]");
    }
  }

  private static void checkValues(double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("image value " + i + " is not finite: " + values[i]);
      }
      if (values[i] < 0 || values[i] > 1) {
        throw new IllegalArgumentException("image value " + i + " is outside [0, 1]: " + values[i]
            + " (rescale generator output from [-1, 1] first)");
      }
    }
  }

  /**
   * Returns the number of images.
   *
   * @return N
   */
  public int count() {
    return count;
  }

  /**
   * Returns the channels per image.
   *
   * @return C
   */
  public int channels() {
    return channels;
  }

  /**
   * Returns the image height.
   *
   * @return H in pixels
   */
  public int height() {
    return height;
  }

  /**
   * Returns the image width.
   *
   * @return W in pixels
   */
  public int width() {
    return width;
  }

  /**
   * Returns a copy of the values.
   *
   * @return row-major {@code [N, C, H, W]} values in [0, 1]
   */
  public double[] values() {
    return values.clone();
  }

  double[] data() {
    return values;
  }

  int planeSize() {
    return height * width;
  }

  int imageSize() {
    return channels * height * width;
  }

  void checkSameShape(Images other) {
    if (count != other.count || channels != other.channels || height != other.height
        || width != other.width) {
      throw new IllegalArgumentException("image sets differ in shape: " + shape() + " vs "
          + other.shape());
    }
  }

  private String shape() {
    return "[" + count + ", " + channels + ", " + height + ", " + width + "]";
  }
}
