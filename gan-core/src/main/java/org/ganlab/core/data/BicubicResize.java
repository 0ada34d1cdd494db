package org.ganlab.core.data;

/**
 * Bicubic resizing of image batches as PIL and PyTorch ({@code interpolate(mode="bicubic",
 * antialias=True)}) do it: the Keys cubic kernel with a = -0.5, stretched by the scale factor when
 * shrinking so that it also low-pass filters (the usual "bicubic downsampling" of super-resolution
 * data sets), weights cut at the image border and renormalised to sum to one. Separable: rows, then
 * columns.
 */
public final class BicubicResize {
  private static final double A = -0.5;
  private static final double SUPPORT = 2.0;

  private BicubicResize() {}

  /**
   * Resizes every channel of every image in a batch.
   *
   * @param images row-major {@code [n, C, H, W]}
   * @param shape the shape {@code [C, H, W]} of one image
   * @param height output height
   * @param width output width
   * @return {@code [n, C, height, width]}
   */
  public static float[] resize(float[] images, SampleShape shape, int height, int width) {
    int[] dims = shape.dims();
    int planes = images.length / (dims[1] * dims[2]);
    Weights rows = Weights.of(dims[1], height);
    Weights columns = Weights.of(dims[2], width);
    float[] out = new float[planes * height * width];
    double[] widened = new double[dims[1] * width];
    for (int p = 0; p < planes; p++) {
      int in = p * dims[1] * dims[2];
      for (int y = 0; y < dims[1]; y++) {
        for (int x = 0; x < width; x++) {
          widened[y * width + x] = columns.apply(images, in + y * dims[2], 1, x);
        }
      }
      int at = p * height * width;
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          out[at + y * width + x] = (float) rows.apply(widened, x, width, y);
        }
      }
    }
    return out;
  }

  /**
   * Resizes a batch to a new side length.
   *
   * @param batch images {@code [n, C, H, W]}
   * @param height output height
   * @param width output width
   * @return the resized batch, labels kept
   */
  public static Batch resize(Batch batch, int height, int width) {
    int channels = batch.shape().dims()[0];
    return new Batch(resize(batch.values(), batch.shape(), height, width), batch.labels(),
        new SampleShape(channels, height, width));
  }

  static double cubic(double x) {
    double t = Math.abs(x);
    if (t < 1) {
      return ((A + 2) * t - (A + 3)) * t * t + 1;
    }
    if (t < 2) {
      return (((t - 5) * t + 8) * t - 4) * A;
    }
    return 0;
  }

  /** The taps of every output position along one axis: first input index and normalised weights. */
  private record Weights(int[] first, double[][] taps) {

    static Weights of(int inSize, int outSize) {
      double scale = inSize / (double) outSize;
      double stretch = Math.max(scale, 1.0);
      double support = SUPPORT * stretch;
      int[] first = new int[outSize];
      double[][] taps = new double[outSize][];
      for (int o = 0; o < outSize; o++) {
        double centre = (o + 0.5) * scale;
        int low = Math.max(0, (int) (centre - support + 0.5));
        int high = Math.min(inSize, (int) (centre + support + 0.5));
        double[] w = new double[high - low];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
          w[i] = cubic((low + i - centre + 0.5) / stretch);
          sum += w[i];
        }
        for (int i = 0; i < w.length; i++) {
          w[i] /= sum;
        }
        first[o] = low;
        taps[o] = w;
      }
      return new Weights(first, taps);
    }

    double apply(float[] values, int base, int stride, int out) {
      double sum = 0;
      double[] w = taps[out];
      for (int i = 0; i < w.length; i++) {
        sum += w[i] * values[base + (first[out] + i) * stride];
      }
      return sum;
    }

    double apply(double[] values, int base, int stride, int out) {
      double sum = 0;
      double[] w = taps[out];
      for (int i = 0; i < w.length; i++) {
        sum += w[i] * values[base + (first[out] + i) * stride];
      }
      return sum;
    }
  }
}
