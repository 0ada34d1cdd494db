package org.ganlab.core.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.engine.NativeArrays;
import org.junit.jupiter.api.Test;

/**
 * Loss gradients stay right when the garbage collector runs between the forward and the backward pass.
 * DJL's {@code NDArray.mul(Number)} and {@code maximum(Number)} wrap the constant in a Java direct buffer
 * that is released as soon as the operation returns, while autograd keeps that constant for the backward
 * pass; once collected and reused, the backward pass read other values (gradients scaled by garbage).
 * The losses use constants in libtorch memory ({@link NativeArrays#scalar}).
 */
class CollectedConstantsTest {
  private static final float[] LOGITS = {-2f, -0.5f, 0.5f, 1f, 3f};

  /** d/dx of op(x) at {@link #LOGITS}, with a collection and freed-buffer reuse before backward. */
  private static float[] gradientAfterCollection(UnaryOperator<NDArray> op) throws InterruptedException {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray x = NativeArrays.create(manager, LOGITS, new Shape(5, 1));
      x.setRequiresGradient(true);
      List<NDArray> reused = new ArrayList<>();
      try (NDManager step = manager.newSubManager();
          Autograd.Recording recording = Autograd.record()) {
        NDArray loss = op.apply(x);
        for (int round = 0; round < 5; round++) {
          System.gc();
          Thread.sleep(20);
          for (int i = 0; i < 200; i++) {
            reused.add(step.create(1.0e6f));
          }
        }
        Autograd.backward(loss);
        return x.getGradient().toFloatArray();
      }
    }
  }

  private static void assertGradient(float[] actual, UnaryOperator<Double> expected) {
    for (int i = 0; i < LOGITS.length; i++) {
      assertThat((double) actual[i]).as("d/dx at %s", LOGITS[i])
          .isCloseTo(expected.apply((double) LOGITS[i]), within(1e-6));
    }
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  @Test
  void aProductWithANativeScalarKeepsItsFactor() throws InterruptedException {
    float[] gradient = gradientAfterCollection(f -> f.mul(NativeArrays.scalar(f, 2.5f)).sum());

    assertGradient(gradient, f -> 2.5);
  }

  @Test
  void leastSquaresGeneratorGradientIsHalfTheMeanSlope() throws InterruptedException {
    float[] gradient = gradientAfterCollection(f -> new LeastSquaresLoss().generator(f));

    assertGradient(gradient, f -> (f - 1) / LOGITS.length);
  }

  @Test
  void leastSquaresDiscriminatorGradientOnFakes() throws InterruptedException {
    float[] gradient = gradientAfterCollection(
        f -> new LeastSquaresLoss().discriminator(f.stopGradient(), f).get(LossTerms.D_FAKE));

    assertGradient(gradient, f -> f / LOGITS.length);
  }

  @Test
  void nonSaturatingGeneratorGradientGoesThroughSoftplus() throws InterruptedException {
    float[] gradient = gradientAfterCollection(f -> new NonSaturatingLoss().generator(f));

    assertGradient(gradient, f -> -(1 - sigmoid(f)) / LOGITS.length);
  }

  @Test
  void hingeDiscriminatorGradientGoesThroughRelu() throws InterruptedException {
    float[] gradient = gradientAfterCollection(
        f -> new HingeLoss().discriminator(f.stopGradient(), f).get(LossTerms.D_FAKE));

    assertGradient(gradient, f -> f > -1 ? 1.0 / LOGITS.length : 0.0);
  }
}
