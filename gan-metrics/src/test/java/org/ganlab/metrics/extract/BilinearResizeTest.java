package org.ganlab.metrics.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Known answers from PyTorch 1.13's {@code F.interpolate(mode="bilinear", align_corners=False)},
 * printed by {@code src/test/resources/org/ganlab/metrics/extract/bilinear_known_answers.py}
 * (PyTorch rounds in float32, hence the tolerance).
 */
class BilinearResizeTest {

  @Test
  void downsamplesLikePyTorch() {
    float[] in = new float[16];
    for (int i = 0; i < 16; i++) {
      in[i] = (float) i * i / 100 - 1;
    }
    float[] out = new float[9];

    new BilinearResize(4, 3).resize(in, 0, out, 0);

    float[] expected = {-0.9694444537f, -0.9283333421f, -0.8538888693f, -0.5783333182f,
        -0.3949999511f, -0.1783332527f, 0.3461112678f, 0.6716668010f, 1.0305557251f};
    for (int i = 0; i < 9; i++) {
      assertThat(out[i]).as("pixel %d", i).isCloseTo(expected[i], within(1e-6f));
    }
  }

  @Test
  void upsamplesLikePyTorchIncludingTheClampedBorder() {
    float[] in = {0f, 1f, 0f, 2f, -1f, 0.5f, 0.25f, 0f, 1f};
    float[] out = new float[2 + 25];

    new BilinearResize(3, 5).resize(in, 0, out, 2);

    float[] expected = {0f, 0.4f, 1f, 0.4f, 0f, 0.8f, 0.56f, 0.2f, 0.2f, 0.2f, 2f, 0.8f, -1f, -0.1f,
        0.5f, 0.95f, 0.41f, -0.4f, 0.32f, 0.8f, 0.25f, 0.15f, 0f, 0.6f, 1f};
    assertThat(out[0]).isZero();
    assertThat(out[1]).isZero();
    for (int i = 0; i < 25; i++) {
      assertThat(out[2 + i]).as("pixel %d", i).isCloseTo(expected[i], within(1e-6f));
    }
  }

  @Test
  void sameSizeIsTheIdentity() {
    float[] in = {0.5f, -0.25f, 1f, -1f};
    float[] out = new float[4];

    new BilinearResize(2, 2).resize(in, 0, out, 0);

    assertThat(out).containsExactly(in);
  }

  @Test
  void matrixFormResizesAsTheLoopDoes() {
    int in = 7;
    int outSize = 5;
    float[] plane = new float[in * in];
    for (int i = 0; i < plane.length; i++) {
      plane[i] = (float) StrictMath.sin(1.3 * i);
    }
    float[] loop = new float[outSize * outSize];
    BilinearResize resize = new BilinearResize(in, outSize);
    resize.resize(plane, 0, loop, 0);

    float[] r = resize.matrix();

    for (int y = 0; y < outSize; y++) {
      for (int x = 0; x < outSize; x++) {
        double sum = 0;
        for (int i = 0; i < in; i++) {
          for (int j = 0; j < in; j++) {
            sum += r[y * in + i] * plane[i * in + j] * r[x * in + j];
          }
        }
        assertThat(sum).as("pixel %d,%d", y, x).isCloseTo(loop[y * outSize + x], within(1e-6));
      }
    }
  }
}
