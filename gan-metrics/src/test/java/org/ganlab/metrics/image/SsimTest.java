package org.ganlab.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SsimTest {

  @Test
  void identicalImagesScoreOne() {
    Images images = random(3, 2, 16, 13, 7);
    for (CovarianceEstimate estimate : CovarianceEstimate.values()) {
      assertThat(Ssim.mean(images, images, estimate)).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void channelsAreAveragedPerImage() {
    Images a = random(1, 2, 12, 12, 1);
    Images b = random(1, 2, 12, 12, 2);
    double both = Ssim.perImage(a, b, CovarianceEstimate.POPULATION)[0];
    double red = Ssim.mean(channel(a, 0), channel(b, 0));
    double green = Ssim.mean(channel(a, 1), channel(b, 1));
    assertThat(both).isCloseTo((red + green) / 2, within(1e-15));
  }

  @Test
  void constantImagesFollowTheLuminanceTerm() {
    double[] grey = new double[121];
    double[] light = new double[121];
    Arrays.fill(grey, 0.5);
    Arrays.fill(light, 0.7);
    double expected = (2 * 0.5 * 0.7 + 1e-4) / (0.25 + 0.49 + 1e-4);
    assertThat(Ssim.mean(Images.of(grey, 1, 1, 11, 11), Images.of(light, 1, 1, 11, 11)))
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void windowHasElevenNormalisedTapsAndPreservesConstants() {
    GaussianWindow window = new GaussianWindow(1.5, 3.5);
    assertThat(window.size()).isEqualTo(11);
    double[] plane = new double[14 * 12];
    Arrays.fill(plane, 0.3);
    double[] filtered = window.filterValid(plane, 14, 12);
    assertThat(filtered).hasSize(4 * 2);
    for (double value : filtered) {
      assertThat(value).isCloseTo(0.3, within(1e-15));
    }
  }

  private static Images random(int n, int c, int h, int w, long seed) {
    Random random = new Random(seed);
    double[] values = new double[n * c * h * w];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextDouble();
    }
    return Images.of(values, n, c, h, w);
  }

  private static Images channel(Images images, int c) {
    double[] plane = new double[images.planeSize()];
    System.arraycopy(images.values(), c * plane.length, plane, 0, plane.length);
    return Images.of(plane, 1, 1, images.height(), images.width());
  }
}
