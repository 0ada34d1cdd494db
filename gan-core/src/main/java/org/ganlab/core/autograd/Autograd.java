package org.ganlab.core.autograd;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Reverse-mode differentiation on DJL's PyTorch engine, including what DJL's public API lacks: a
 * differentiable input gradient (for gradient penalties, which differentiate a gradient) and recording
 * that is per thread rather than one global {@code GradientCollector} per JVM. This package is the only
 * place in ganlab that touches engine internals.
 */
public final class Autograd {

  private Autograd() {}

  /**
   * Turns gradient recording on for the calling thread until the returned scope is closed; the previous
   * state is restored on close.
   *
   * @return the recording scope
   */
  public static Recording record() {
    return setRecording(true);
  }

  /**
   * Turns gradient recording off for the calling thread until the returned scope is closed, for in-place
   * updates of parameters (optimizer steps, moving averages, weight clipping).
   *
   * @return the paused scope
   */
  public static Recording pause() {
    return setRecording(false);
  }

  private static Recording setRecording(boolean enabled) {
    boolean previous = JniUtils.isGradMode();
    JniUtils.setGradMode(enabled);
    return () -> JniUtils.setGradMode(previous);
  }

  /**
   * Runs the pass that accumulates d(scalar)/dθ into the {@code .grad} of every leaf that requires a
   * gradient. Gradients accumulate: zero them first ({@link #zeroGradients}).
   *
   * @param scalar a scalar (shape {@code []} or {@code [1]}) loss computed while recording
   */
  public static void backward(NDArray scalar) {
    try (NDArray seed = scalar.onesLike()) {
      JniUtils.backward(pt(scalar), pt(seed), false, false);
    }
  }

  /**
   * Returns d(sum(output))/d(input) as an array that is itself differentiable, so a penalty built from it
   * can be back-propagated (a second derivative). This is {@code torch.autograd.grad} with
   * {@code create_graph=True}: unlike {@link #backward}, it writes into no array's gradient, neither
   * {@code input}'s nor those of the parameters {@code output} depends on, so it needs no zeroing
   * afterwards and leaves nothing behind in native memory once the step's arrays are closed.
   *
   * @param output any array computed from {@code input} while recording
   * @param input the array to differentiate with respect to; it must require a gradient
   * @return the gradient, same shape as {@code input}, attached to the graph
   */
  public static NDArray inputGradient(NDArray output, NDArray input) {
    return InputGradient.of(pt(output), pt(input));
  }

  /**
   * Sets the gradients of the given arrays to zero (arrays without a gradient are skipped).
   *
   * @param arrays parameter arrays
   */
  public static void zeroGradients(Iterable<NDArray> arrays) {
    for (NDArray array : arrays) {
      if (array.hasGradient()) {
        JniUtils.zeroGrad(pt(array));
      }
    }
  }

  private static PtNDArray pt(NDArray array) {
    if (array instanceof PtNDArray ptArray) {
      return ptArray;
    }
    throw new IllegalStateException(
        "ganlab needs DJL's PyTorch engine; found an array of " + array.getClass().getName());
  }

  /** An open gradient-recording scope; closing it restores the previous recording state. */
  @FunctionalInterface
  public interface Recording extends AutoCloseable {
    @Override
    void close();
  }
}
