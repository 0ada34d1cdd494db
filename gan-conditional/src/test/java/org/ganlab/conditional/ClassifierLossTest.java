package org.ganlab.conditional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** The auxiliary classifier's cross-entropy against values computed by hand. */
class ClassifierLossTest {

  @Test
  void isTheMeanNegativeLogSoftmaxOfTheExpectedClass() {
    try (NDManager manager = NDManager.newBaseManager()) {
      float ln3 = (float) Math.log(3);
      // row 0: softmax(0, ln 3) = (1/4, 3/4), class 1; row 1: softmax(0, 0) = (1/2, 1/2), class 0
      float loss = ClassifierLoss.crossEntropy(
          manager.create(new float[] {0f, ln3, 0f, 0f}, new Shape(2, 2)),
          manager.create(new int[] {1, 0})).getFloat();

      assertThat((double) loss).isCloseTo((-Math.log(0.75) - Math.log(0.5)) / 2, within(1e-6));
    }
  }
}
