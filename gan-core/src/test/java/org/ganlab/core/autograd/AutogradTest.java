package org.ganlab.core.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recording scopes and the second derivative that gradient penalties rely on. */
class AutogradTest {

  @Test
  void scopesRestoreThePreviousRecordingState() {
    boolean before = JniUtils.isGradMode();
    try (Autograd.Recording recording = Autograd.record()) {
      assertThat(JniUtils.isGradMode()).isTrue();
      try (Autograd.Recording paused = Autograd.pause()) {
        assertThat(JniUtils.isGradMode()).isFalse();
      }
      assertThat(JniUtils.isGradMode()).isTrue();
    }
    assertThat(JniUtils.isGradMode()).isEqualTo(before);
  }

  @Test
  void inputGradientIsDifferentiable() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray x = manager.create(new float[] {1, 2, 3});
      NDArray w = manager.create(new float[] {2, 2, 2});
      x.setRequiresGradient(true);
      w.setRequiresGradient(true);
      try (Autograd.Recording recording = Autograd.record()) {
        // y = sum(w x^3): dy/dx = 3 w x^2 = [6, 24, 54]; p = sum((dy/dx)^2) = sum(9 w^2 x^4)
        NDArray g = Autograd.inputGradient(x.pow(3).mul(w).sum(), x);
        assertThat(g.toFloatArray()).containsExactly(new float[] {6, 24, 54}, within(1e-4f));
        Autograd.zeroGradients(List.of(w));
        Autograd.backward(g.square().sum());
      }
      // dp/dw = 18 w x^4 = [36, 576, 2916]
      assertThat(w.getGradient().toFloatArray())
          .containsExactly(new float[] {36, 576, 2916}, within(1e-2f));
    }
  }

  @Test
  void inputGradientWritesIntoNoGradient() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray x = manager.create(new float[] {1, 2, 3});
      NDArray w = manager.create(new float[] {2, 2, 2});
      x.setRequiresGradient(true);
      w.setRequiresGradient(true);
      try (Autograd.Recording recording = Autograd.record()) {
        Autograd.inputGradient(x.pow(3).mul(w), x);
      }
      assertThat(JniUtils.getGradient((PtNDArray) w)).isNull();
      assertThat(JniUtils.getGradient((PtNDArray) x)).isNull();
    }
  }

  @Test
  void inputGradientLeavesAnExistingGradientAlone() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray x = manager.create(new float[] {1, 2, 3});
      x.setRequiresGradient(true);
      try (Autograd.Recording recording = Autograd.record()) {
        Autograd.backward(x.mul(5).sum());
        NDArray g = Autograd.inputGradient(x.square(), x);
        assertThat(g.toFloatArray()).containsExactly(new float[] {2, 4, 6}, within(1e-6f));
      }
      assertThat(x.getGradient().toFloatArray()).containsExactly(5, 5, 5);
    }
  }
}
