package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.function.UnaryOperator;
import org.ganlab.core.autograd.Autograd;

/** The discriminator's input gradient per sample, the quantity both gradient penalties regularise. */
final class InputGradients {

  private InputGradients() {}

  /**
   * Returns the batch mean of {@code perSample(‖∇ₓD(x_i)‖²)}, recorded so that it is differentiable
   * with respect to D's parameters. Computing it writes into no parameter's gradient.
   *
   * @param input the discriminator and its parameters
   * @param samples the points to differentiate at, {@code [B, ...]}; not modified
   * @param perSample maps the squared L2 norms over all non-batch dimensions, {@code [B]}, to the
   *     per-sample penalty, {@code [B]}
   * @return the mean penalty, a scalar
   */
  static NDArray meanPenalty(
      PenaltyInput input, NDArray samples, UnaryOperator<NDArray> perSample) {
    try (Autograd.Recording recording = Autograd.record()) {
      NDArray x = samples.stopGradient();
      x.setRequiresGradient(true);
      NDArray gradient = Autograd.inputGradient(input.discriminator().apply(x), x);
      long batch = gradient.getShape().get(0);
      NDArray squaredNorms = gradient.reshape(new Shape(batch, -1)).square().sum(new int[] {1});
      return perSample.apply(squaredNorms).mean();
    }
  }
}
