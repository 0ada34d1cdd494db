package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.autograd.Autograd;

/**
 * Adam (Kingma and Ba 2015) with PyTorch's update rule, owning its state so that checkpoints can save and
 * restore it exactly (DJL's optimizers keep theirs private): p ← p − lr/(1−β1ᵗ) · m / (√v / √(1−β2ᵗ) + ε).
 */
public final class Adam {
  private static final float EPSILON = 1e-8f;

  private final List<NDArray> parameters;
  private final List<NDArray> firstMoments = new ArrayList<>();
  private final List<NDArray> secondMoments = new ArrayList<>();
  private final double beta1;
  private final double beta2;
  private long updates;

  /**
   * Creates the optimizer with zero moments.
   *
   * @param parameters the trainable parameter arrays it updates
   * @param beta1 β1
   * @param beta2 β2
   * @param stateManager long-lived manager for the moments
   */
  public Adam(List<NDArray> parameters, double beta1, double beta2, NDManager stateManager) {
    this.parameters = List.copyOf(parameters);
    this.beta1 = beta1;
    this.beta2 = beta2;
    for (NDArray parameter : parameters) {
      firstMoments.add(stateManager.zeros(parameter.getShape()));
      secondMoments.add(stateManager.zeros(parameter.getShape()));
    }
  }

  /**
   * Applies one update from the parameters' current gradients.
   *
   * @param learningRate the learning rate for this update
   */
  public void step(double learningRate) {
    updates++;
    float stepSize = (float) (learningRate / (1 - StrictMath.pow(beta1, updates)));
    float correction2 = (float) Math.sqrt(1 - StrictMath.pow(beta2, updates));
    try (Autograd.Recording paused = Autograd.pause()) {
      for (int i = 0; i < parameters.size(); i++) {
        update(parameters.get(i), firstMoments.get(i), secondMoments.get(i), stepSize, correction2);
      }
    }
  }

  private void update(NDArray parameter, NDArray m, NDArray v, float stepSize, float correction2) {
    try (NDManager scope = m.getManager().newSubManager()) {
      NDArray gradient = parameter.getGradient();
      scope.attachAll(gradient);
      m.muli(beta1).addi(gradient.mul(1 - beta1));
      v.muli(beta2).addi(gradient.square().muli(1 - beta2));
      NDArray denominator = v.sqrt();
      scope.attachAll(denominator);
      denominator.divi(correction2).addi(EPSILON);
      NDArray change = m.div(denominator);
      scope.attachAll(change);
      parameter.subi(change.muli(stepSize));
    }
  }

  /**
   * Returns the parameter arrays it updates.
   *
   * @return the arrays, in order
   */
  public List<NDArray> parameters() {
    return parameters;
  }

  /**
   * Returns the number of updates applied so far (t).
   *
   * @return t
   */
  public long updates() {
    return updates;
  }

  /**
   * Returns the state arrays for a checkpoint: first moments then second moments, in parameter order.
   *
   * @return live views of the moments
   */
  public List<NDArray> state() {
    List<NDArray> state = new ArrayList<>(firstMoments);
    state.addAll(secondMoments);
    return state;
  }

  /**
   * Restores the update count; restore the moments by copying into {@link #state()}.
   *
   * @param count t from a checkpoint
   */
  public void restoreUpdates(long count) {
    this.updates = count;
  }
}
