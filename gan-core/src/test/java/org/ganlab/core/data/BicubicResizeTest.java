package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Bicubic resizing against PyTorch 1.13's {@code interpolate(mode="bicubic", antialias=True,
 * align_corners=False)} on x = 0.9 sin(0.37 k), k = 0..127, shaped [1, 2, 8, 8].
 */
class BicubicResizeTest {
  private static final SampleShape EIGHT = new SampleShape(2, 8, 8);

  private static float[] input() {
    float[] x = new float[128];
    for (int k = 0; k < x.length; k++) {
      x[k] = (float) (0.9 * Math.sin(0.37 * k));
    }
    return x;
  }

  @Test
  void halvingMatchesPyTorchAntialiasedBicubic() {
    float[] half = BicubicResize.resize(input(), EIGHT, 4, 4);

    assertThat(half).hasSize(32);
    double[] expected = {0.052167218178510666, 0.11736328154802322, 0.12444908916950226,
        0.06907354295253754, -0.0032669585198163986, -0.008562078699469566, -0.009650959633290768,
        -0.0058647217229008675};
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) half[i]).as("value %d", i).isCloseTo(expected[i], within(1e-6));
    }
  }

  @Test
  void quarteringMatchesPyTorch() {
    float[] quarter = BicubicResize.resize(input(), EIGHT, 2, 2);

    double[] expected = {0.037526700645685196, 0.06066208705306053, 0.0372619703412056,
        -0.04183715209364891, -0.04807301238179207, 0.029847079887986183, 0.05706741288304329,
        0.04424719884991646};
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) quarter[i]).as("value %d", i).isCloseTo(expected[i], within(1e-6));
    }
  }

  @Test
  void upsamplingTheHalfMatchesPyTorch() {
    float[] up = BicubicResize.resize(BicubicResize.resize(input(), EIGHT, 4, 4),
        new SampleShape(2, 4, 4), 8, 8);

    double[] expected = {0.05075706169009209, 0.07044088840484619, 0.112128347158432,
        0.13650180399417877, 0.1406300663948059, 0.12340348213911057, 0.08735661208629608,
        0.07033905386924744};
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) up[i]).as("value %d", i).isCloseTo(expected[i], within(1e-6));
    }
  }

  @Test
  void aConstantImageStaysConstantAndLabelsAreKept() {
    float[] grey = new float[2 * 28 * 28];
    java.util.Arrays.fill(grey, 0.25f);
    Batch batch = new Batch(grey, new int[] {3, 7}, new SampleShape(1, 28, 28));

    Batch small = BicubicResize.resize(batch, 7, 7);

    assertThat(small.shape()).isEqualTo(new SampleShape(1, 7, 7));
    assertThat(small.labels()).containsExactly(3, 7);
    for (float v : small.values()) {
      assertThat(v).isCloseTo(0.25f, within(1e-6f));
    }
  }
}
