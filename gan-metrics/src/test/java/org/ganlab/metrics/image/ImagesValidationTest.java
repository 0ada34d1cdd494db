package org.ganlab.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImagesValidationTest {

  @Test
  void nestedArraysAreCopiedRowMajor() {
    Images images = Images.of(new double[][][][] {{{{0.1, 0.2}, {0.3, 0.4}}}, {{{0.5, 0.6}, {0.7, 0.8}}}});
    assertThat(images.count()).isEqualTo(2);
    assertThat(images.channels()).isEqualTo(1);
    assertThat(images.height()).isEqualTo(2);
    assertThat(images.width()).isEqualTo(2);
    assertThat(images.values()).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8);
  }

  @Test
  void rejectsRaggedNestedArrays() {
    assertThatThrownBy(() -> Images.of(new double[][][][] {{{{0.1, 0.2}, {0.3}}}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("images are ragged: images[0][0][1] must have 2 entries like the first image");
    assertThatThrownBy(() -> Images.of(new double[][][][] {{{{0.1}}}, {{{0.1}}, {{0.2}}}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("images are ragged: images[1] must have 1 entries like the first image");
  }

  @Test
  void rejectsWrongLengthNonFiniteAndOutOfRangeValues() {
    assertThatThrownBy(() -> Images.of(new double[3], 1, 1, 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shape [1, 1, 2, 2] needs 4 values, found 3");
    assertThatThrownBy(() -> Images.of(new double[] {0, Double.NaN}, 1, 1, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image value 1 is not finite: NaN");
    assertThatThrownBy(() -> Images.of(new double[] {-0.5, 0}, 1, 1, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("image value 0 is outside [0, 1]: -0.5");
    assertThatThrownBy(() -> Images.of(new double[0], 0, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shape [N, C, H, W] must be positive, found [0, 1, 1, 1]");
  }

  @Test
  void metricsRejectShapeMismatchAndTinyImages() {
    Images a = Images.of(new double[4], 1, 1, 2, 2);
    Images b = Images.of(new double[4], 1, 1, 1, 4);
    assertThatThrownBy(() -> Psnr.mean(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image sets differ in shape: [1, 1, 2, 2] vs [1, 1, 1, 4]");
    assertThatThrownBy(() -> Ssim.mean(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image sets differ in shape: [1, 1, 2, 2] vs [1, 1, 1, 4]");
    assertThatThrownBy(() -> Ssim.mean(a, a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SSIM needs images of at least 11 x 11 pixels, found 2 x 2");
  }
}
