package org.ganlab.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PsnrTest {

  @Test
  void matchesHandComputedValue() {
    Images zeros = Images.of(new double[4], 1, 1, 2, 2);
    Images tenth = Images.of(new double[] {0.1, 0.1, 0.1, 0.1}, 1, 1, 2, 2);
    // MSE = 0.01, so PSNR = 10·log10(1 / 0.01) = 20 dB
    assertThat(Psnr.mean(zeros, tenth)).isCloseTo(20.0, within(1e-12));
  }

  @Test
  void identicalImagesHaveInfinitePsnrAndMakeTheMeanInfinite() {
    Images a = Images.of(new double[] {0.2, 0.4, 0.6, 0.8}, 2, 1, 1, 2);
    Images b = Images.of(new double[] {0.2, 0.4, 0.5, 0.8}, 2, 1, 1, 2);
    assertThat(Psnr.mean(a, a)).isEqualTo(Double.POSITIVE_INFINITY);
    double[] perImage = Psnr.perImage(a, b);
    assertThat(perImage[0]).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(perImage[1]).isCloseTo(10 * Math.log10(2 / 0.01), within(1e-9));
    assertThat(Psnr.mean(a, b)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Psnr.global(a, b)).isCloseTo(10 * Math.log10(4 / 0.01), within(1e-9));
  }
}
