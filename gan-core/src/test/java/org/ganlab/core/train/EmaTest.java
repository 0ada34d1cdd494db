package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmaTest {

  @Test
  void warmUpFollowsTheWeightsEarlyThenTheConfiguredDecay() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray weight = manager.create(new float[] {0f});
      Ema ema = new Ema(List.of(weight), 0.5, manager);
      double expected = 0;
      for (int t = 0; t < 4; t++) {
        weight.set(new float[] {t + 1f});
        ema.update();
        double d = Math.min(0.5, (1.0 + t) / (10.0 + t));
        expected = d * expected + (1 - d) * (t + 1);
      }
      assertThat(ema.state().get(0).toFloatArray()[0]).isCloseTo((float) expected, within(1e-6f));
      assertThat(ema.updates()).isEqualTo(4);
    }
  }

  @Test
  void averagedWeightsAreSwappedInAndBackOut() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray weight = manager.create(new float[] {1f});
      Ema ema = new Ema(List.of(weight), 0.9, manager);
      weight.set(new float[] {5f});

      float seen = ema.withAveragedWeights(() -> weight.toFloatArray()[0]);

      assertThat(seen).isEqualTo(1f);
      assertThat(weight.toFloatArray()[0]).isEqualTo(5f);
    }
  }
}
