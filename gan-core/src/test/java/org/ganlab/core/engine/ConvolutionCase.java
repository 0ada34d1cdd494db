package org.ganlab.core.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.LibUtils;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.ganlab.core.autograd.Autograd;

/**
 * A float32 2-D convolution with seeded input, weights, bias and output gradient, computed twice: by
 * libtorch, and as direct sums in double precision (forward output y, input gradient dx and weight
 * gradient dw of sum(y · g)).
 */
final class ConvolutionCase {
  final int batch;
  final int in;
  final int out;
  final int kernel;
  final int stride;
  final int padding;
  final int groups;
  final int size;
  final int outSize;
  private final float[] x;
  private final float[] w;
  private final float[] bias;
  private final float[] g;

  /** The engine's y, dx and dw. */
  record Result(float[] output, float[] inputGradient, float[] weightGradient) {}

  ConvolutionCase(int batch, int in, int out, int kernel, int stride, int padding, int groups, int size) {
    this.batch = batch;
    this.in = in;
    this.out = out;
    this.kernel = kernel;
    this.stride = stride;
    this.padding = padding;
    this.groups = groups;
    this.size = size;
    outSize = (size + 2 * padding - kernel) / stride + 1;
    x = values(new SplittableRandom(1), batch * in * size * size);
    w = values(new SplittableRandom(2), out * (in / groups) * kernel * kernel);
    bias = values(new SplittableRandom(4), out);
    g = values(new SplittableRandom(3), batch * out * outSize * outSize);
  }

  @Override
  public String toString() {
    return String.format("N%d in%d out%d k%d s%d p%d g%d %dpx", batch, in, out, kernel, stride, padding,
        groups, size);
  }

  /** Computes y, dx and dw with libtorch's convolution, as its switches stand. */
  Result engine(NDManager manager) {
    try (NDManager step = manager.newSubManager()) {
      NDArray input = NativeArrays.create(step, x, new Shape(batch, in, size, size));
      input.setRequiresGradient(true);
      NDArray weight = NativeArrays.create(step, w, new Shape(out, in / groups, kernel, kernel));
      weight.setRequiresGradient(true);
      NDArray b = NativeArrays.create(step, bias, new Shape(out));
      NDArray outputGradient = NativeArrays.create(step, g, new Shape(batch, out, outSize, outSize));
      float[] y;
      try (Autograd.Recording recording = Autograd.record()) {
        Shape one = new Shape(1, 1);
        NDArray output = input.getNDArrayInternal().convolution(input, weight, b,
            new Shape(stride, stride), new Shape(padding, padding), one, groups).singletonOrThrow();
        y = output.toFloatArray();
        Autograd.backward(output.mul(outputGradient).sum());
      }
      return new Result(y, input.getGradient().toFloatArray(), weight.getGradient().toFloatArray());
    }
  }

  /**
   * Computes y, dx and dw with libtorch's plain convolution while every new libtorch CPU allocation is
   * filled with a NaN bit pattern (c10's junk-fill switch; c10 stops the process if its zero-fill switch
   * is also on, which ganlab never turns on), so that reading memory nothing wrote shows as NaN.
   */
  Result engineUnderNanFill(NDManager manager) {
    Path c10 = Path.of(LibUtils.getLibtorchPath(), System.mapLibraryName("c10"));
    Pointer junkFill = NativeLibrary.getInstance(c10.toString())
        .getGlobalVariableAddress("FLAGS_caffe2_cpu_allocator_do_junk_fill");
    junkFill.setByte(0, (byte) 1);
    try {
      return engine(manager);
    } finally {
      junkFill.setByte(0, (byte) 0);
    }
  }

  /** y as direct sums. */
  float[] directOutput() {
    double[] y = new double[batch * out * outSize * outSize];
    visit((yIndex, xIndex, wIndex) -> y[yIndex] += (double) x[xIndex] * w[wIndex]);
    float[] result = new float[y.length];
    for (int k = 0; k < y.length; k++) {
      result[k] = (float) (y[k] + bias[(k / (outSize * outSize)) % out]);
    }
    return result;
  }

  /** dx as direct sums. */
  float[] directInputGradient() {
    double[] dx = new double[x.length];
    visit((yIndex, xIndex, wIndex) -> dx[xIndex] += (double) g[yIndex] * w[wIndex]);
    return toFloats(dx);
  }

  /** dw as direct sums. */
  float[] directWeightGradient() {
    double[] dw = new double[w.length];
    visit((yIndex, xIndex, wIndex) -> dw[wIndex] += (double) g[yIndex] * x[xIndex]);
    return toFloats(dw);
  }

  /** Largest |engine − direct| of y, NaN if the engine gave a NaN. */
  double outputError(Result result) {
    return difference(result.output(), directOutput());
  }

  /** Largest |engine − direct| of dx, NaN if the engine gave a NaN. */
  double inputGradientError(Result result) {
    return difference(result.inputGradient(), directInputGradient());
  }

  /** Largest |engine − direct| of dw, NaN if the engine gave a NaN. */
  double weightGradientError(Result result) {
    return difference(result.weightGradient(), directWeightGradient());
  }

  /**
   * Returns the float32 rounding allowance: 2·10⁻⁷ per product in the longest of the three sums (an
   * output element, an input-gradient element, a weight-gradient element) plus 10⁻⁶; a wrong kernel is
   * off by about the value itself (≥ 0.1 here).
   */
  double tolerance() {
    long longestSum = Math.max(Math.max((long) in / groups * kernel * kernel, (long) out * kernel * kernel),
        (long) batch * outSize * outSize);
    return 2e-7 * longestSum + 1e-6;
  }

  /** max |a − b| over the elements, NaN if either holds a NaN. */
  static double difference(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(a.length + " values against " + b.length);
    }
    double largest = 0;
    for (int i = 0; i < a.length; i++) {
      double difference = Math.abs((double) a[i] - b[i]);
      if (Double.isNaN(difference)) {
        return Double.NaN;
      }
      largest = Math.max(largest, difference);
    }
    return largest;
  }

  private interface Term {
    void add(int yIndex, int xIndex, int wIndex);
  }

  /** Calls term for every product x · w that enters an output element. */
  private void visit(Term term) {
    int inPerGroup = in / groups;
    int outPerGroup = out / groups;
    for (int n = 0; n < batch; n++) {
      for (int o = 0; o < out; o++) {
        int group = o / outPerGroup;
        for (int i = 0; i < outSize; i++) {
          for (int j = 0; j < outSize; j++) {
            int yIndex = ((n * out + o) * outSize + i) * outSize + j;
            for (int c = 0; c < inPerGroup; c++) {
              int channel = group * inPerGroup + c;
              for (int a = 0; a < kernel; a++) {
                int row = i * stride + a - padding;
                if (row < 0 || row >= size) {
                  continue;
                }
                for (int b = 0; b < kernel; b++) {
                  int column = j * stride + b - padding;
                  if (column >= 0 && column < size) {
                    term.add(yIndex, ((n * in + channel) * size + row) * size + column,
                        ((o * inPerGroup + c) * kernel + a) * kernel + b);
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  private static float[] toFloats(double[] values) {
    float[] result = new float[values.length];
    for (int k = 0; k < values.length; k++) {
      result[k] = (float) values[k];
    }
    return result;
  }

  private static float[] values(SplittableRandom random, int count) {
    float[] values = new float[count];
    for (int i = 0; i < count; i++) {
      values[i] = (float) (2 * random.nextDouble() - 1);
    }
    return values;
  }
}
