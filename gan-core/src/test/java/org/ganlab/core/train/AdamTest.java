package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.ganlab.core.autograd.Autograd;
import org.junit.jupiter.api.Test;

class AdamTest {

  @Test
  void twoUpdatesMatchTheHandComputedRule() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray p = manager.create(new float[] {1.0f, -2.0f});
      p.setRequiresGradient(true);
      Adam adam = new Adam(List.of(p), 0.5, 0.999, manager);
      double[] expected = {1.0, -2.0};
      double[] m = new double[2];
      double[] v = new double[2];
      for (int t = 1; t <= 2; t++) {
        Autograd.zeroGradients(List.of(p));
        try (Autograd.Recording r = Autograd.record()) {
          Autograd.backward(p.square().sum());
        }
        for (int i = 0; i < 2; i++) {
          double g = 2 * expected[i];
          m[i] = 0.5 * m[i] + 0.5 * g;
          v[i] = 0.999 * v[i] + 0.001 * g * g;
          double mHat = m[i] / (1 - Math.pow(0.5, t));
          double vHat = v[i] / (1 - Math.pow(0.999, t));
          expected[i] -= 0.1 * mHat / (Math.sqrt(vHat) + 1e-8);
        }
        adam.step(0.1);
      }
      float[] actual = p.toFloatArray();
      assertThat(actual[0]).isCloseTo((float) expected[0], within(1e-5f));
      assertThat(actual[1]).isCloseTo((float) expected[1], within(1e-5f));
      assertThat(adam.updates()).isEqualTo(2);
    }
  }

  @Test
  void stepsLeaveTheStateManagerAsItWas() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray p = manager.create(new float[] {1.0f, -2.0f, 3.0f});
      p.setRequiresGradient(true);
      Adam adam = new Adam(List.of(p), 0.5, 0.999, manager);
      Ema ema = new Ema(List.of(p), 0.9, manager);
      try (Autograd.Recording r = Autograd.record()) {
        Autograd.backward(p.square().sum());
      }
      adam.step(0.1);
      ema.update();
      int arrays = manager.getManagedArrays().size();
      for (int t = 0; t < 5; t++) {
        adam.step(0.1);
        ema.update();
      }

      assertThat(manager.getManagedArrays()).hasSize(arrays);
      assertThat(adam.updates()).isEqualTo(6);
    }
  }
}
