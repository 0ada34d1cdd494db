package org.ganlab.metrics.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.data.ShapesSource;
import org.junit.jupiter.api.Test;

class EvaluatorInputTest {

  @Test
  void greyTwentyEightPixelImagesPassThroughUnchanged() {
    Batch grey = new ShapesSource(28, 1, 3).heldOut(4);

    float[] input = EvaluatorInput.of(grey);

    assertThat(input).containsExactly(grey.values());
    assertThat(input).isNotSameAs(grey.values());
  }

  @Test
  void greyRepeatedToThreeChannelsMapsBackExactly() {
    Batch grey = new ShapesSource(28, 1, 3).heldOut(3);
    float[] rgb = new float[grey.values().length * 3];
    for (int i = 0; i < 3; i++) {
      for (int c = 0; c < 3; c++) {
        System.arraycopy(grey.values(), i * 784, rgb, (i * 3 + c) * 784, 784);
      }
    }

    float[] input = EvaluatorInput.of(new Batch(rgb, null, new SampleShape(3, 28, 28)));

    assertThat(input).containsExactly(grey.values());
  }

  @Test
  void colourBecomesTheChannelMean() {
    float[] rgb = new float[3 * 784];
    Arrays.fill(rgb, 0, 784, 0.9f);
    Arrays.fill(rgb, 784, 2 * 784, -0.3f);
    Arrays.fill(rgb, 2 * 784, 3 * 784, 0.3f);

    float[] input = EvaluatorInput.of(new Batch(rgb, null, new SampleShape(3, 28, 28)));

    assertThat(input[0]).isCloseTo(0.3f, within(1e-7f));
    assertThat(input[783]).isCloseTo(0.3f, within(1e-7f));
  }

  @Test
  void thirtyTwoPixelColourImagesBecomeOneGreyPlaneOfTwentyEight() {
    Batch colour = new ShapesSource(32, 3, 3).heldOut(5);

    float[] input = EvaluatorInput.of(colour);

    assertThat(input).hasSize(5 * 28 * 28);
    for (float v : input) {
      assertThat(v).isBetween(-1f, 1f);
    }
    assertThat(input[0]).isEqualTo(-1f);
  }

  @Test
  void rejectsVectorsAndNonSquareImages() {
    Batch points = new Batch(new float[4], null, new SampleShape(2));
    Batch wide = new Batch(new float[2 * 4], null, new SampleShape(1, 2, 4));
    Batch twoChannels = new Batch(new float[2 * 16], null, new SampleShape(2, 4, 4));

    assertThatThrownBy(() -> EvaluatorInput.of(points))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found [2]");
    assertThatThrownBy(() -> EvaluatorInput.of(wide))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, 2, 4]");
    assertThatThrownBy(() -> EvaluatorInput.of(twoChannels))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 4, 4]");
  }
}
