package org.ganlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.LibUtils;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.ganlab.core.autograd.Autograd;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After the engine setup every run makes, a stride-1 convolution's input gradient is the direct sum
 * dx[n, c, i + a, j + b] = Σ g[n, o, i, j] · w[o, c, a, b], also for output-channel counts that are not a
 * multiple of a vector block (where oneDNN's was off by as much as the gradient itself on AVX-512 and
 * AVX2 machines, see {@link NativeConvolutions}), and it reads no memory that nothing wrote: with every
 * new libtorch allocation filled with a NaN pattern, it is still exact.
 */
class NativeConvolutionsTest {
  /** Shapes {batch, in, out, kernel, padding, size}: CycleGAN's layers with few output channels. */
  private static final int[][] LAYERS = {
    {2, 4, 3, 3, 0, 8}, // 3 output channels, 3×3
    {4, 3, 8, 7, 0, 34}, // c7s1-8 on a reflection-padded 28 px image
    {4, 16, 8, 3, 0, 30}, // the stride-1 convolution inside an 8-channel transposed convolution
    {4, 16, 1, 4, 1, 13}, // the PatchGAN's 1-channel output
  };

  /** Float32 rounding of sums of up to 1,152 products of magnitude ≤ 1. */
  private static final double TOLERANCE = 2e-5;

  private NDManager manager;

  @BeforeEach
  void setUp() {
    EngineSetup.applyThreads(1);
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void tearDown() {
    manager.close();
  }

  @Test
  void theEngineSetupOfEveryRunTakesConvolutionsOffOneDnn() {
    assertThat(NativeConvolutions.oneDnnEnabled()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void theInputGradientIsTheDirectSum(int layer) {
    Convolution convolution = new Convolution(LAYERS[layer]);

    assertThat(largestDifference(convolution.engineInputGradient(manager),
        convolution.directInputGradient())).isLessThan(TOLERANCE);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void theInputGradientIsExactWhenEveryNewAllocationHoldsNan(int layer) {
    Convolution convolution = new Convolution(LAYERS[layer]);
    Pointer junkFill = c10Switch("FLAGS_caffe2_cpu_allocator_do_junk_fill");
    float[] gradient;
    junkFill.setByte(0, (byte) 1);
    try {
      gradient = convolution.engineInputGradient(manager);
    } finally {
      junkFill.setByte(0, (byte) 0);
    }

    assertThat(largestDifference(gradient, convolution.directInputGradient())).isLessThan(TOLERANCE);
  }

  /** max |a − b| over the elements, NaN if either holds a NaN. */
  private static double largestDifference(float[] a, float[] b) {
    assertThat(a).hasSameSizeAs(b);
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

  /**
   * Returns c10's allocator switch that fills every new CPU allocation with a NaN bit pattern (c10
   * stops the process if its zero-fill switch is also on, which ganlab never turns on).
   */
  private static Pointer c10Switch(String name) {
    Path c10 = Path.of(LibUtils.getLibtorchPath(), System.mapLibraryName("c10"));
    return NativeLibrary.getInstance(c10.toString()).getGlobalVariableAddress(name);
  }

  /** A float32 convolution with seeded input, weights and output gradient. */
  private static final class Convolution {
    private final int batch;
    private final int in;
    private final int out;
    private final int kernel;
    private final int padding;
    private final int size;
    private final int outSize;
    private final float[] x;
    private final float[] w;
    private final float[] g;

    Convolution(int[] layer) {
      batch = layer[0];
      in = layer[1];
      out = layer[2];
      kernel = layer[3];
      padding = layer[4];
      size = layer[5];
      outSize = size + 2 * padding - kernel + 1;
      x = values(new SplittableRandom(1), batch * in * size * size);
      w = values(new SplittableRandom(2), out * in * kernel * kernel);
      g = values(new SplittableRandom(3), batch * out * outSize * outSize);
    }

    /** d(sum(conv(x, w) · g))/dx as the engine computes it, the weights requiring gradients too. */
    float[] engineInputGradient(NDManager manager) {
      try (NDManager step = manager.newSubManager()) {
        NDArray input = NativeArrays.create(step, x, new Shape(batch, in, size, size));
        input.setRequiresGradient(true);
        NDArray weight = NativeArrays.create(step, w, new Shape(out, in, kernel, kernel));
        weight.setRequiresGradient(true);
        NDArray outputGradient = NativeArrays.create(step, g, new Shape(batch, out, outSize, outSize));
        try (Autograd.Recording recording = Autograd.record()) {
          Shape one = new Shape(1, 1);
          NDArray output = input.getNDArrayInternal()
              .convolution(input, weight, null, one, new Shape(padding, padding), one, 1)
              .singletonOrThrow();
          Autograd.backward(output.mul(outputGradient).sum());
        }
        return input.getGradient().toFloatArray();
      }
    }

    /** The same gradient as the direct sum, in double precision. */
    float[] directInputGradient() {
      double[] dx = new double[x.length];
      for (int n = 0; n < batch; n++) {
        for (int o = 0; o < out; o++) {
          for (int i = 0; i < outSize; i++) {
            for (int j = 0; j < outSize; j++) {
              double gradient = g[((n * out + o) * outSize + i) * outSize + j];
              for (int c = 0; c < in; c++) {
                for (int a = 0; a < kernel; a++) {
                  for (int b = 0; b < kernel; b++) {
                    int row = i + a - padding;
                    int column = j + b - padding;
                    if (row >= 0 && row < size && column >= 0 && column < size) {
                      dx[((n * in + c) * size + row) * size + column] +=
                          gradient * w[((o * in + c) * kernel + a) * kernel + b];
                    }
                  }
                }
              }
            }
          }
        }
      }
      float[] result = new float[dx.length];
      for (int k = 0; k < dx.length; k++) {
        result[k] = (float) dx[k];
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
}
