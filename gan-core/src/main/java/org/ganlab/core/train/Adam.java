package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.engine.NativeArrays;

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
  private final NDManager stateManager;
  private final Constants constants;
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
    this.stateManager = stateManager;
    this.constants = new Constants(scalar(stateManager, beta1), scalar(stateManager, 1 - beta1),
        scalar(stateManager, beta2), scalar(stateManager, 1 - beta2), scalar(stateManager, EPSILON));
    for (NDArray parameter : parameters) {
      firstMoments.add(stateManager.zeros(parameter.getShape()));
      secondMoments.add(stateManager.zeros(parameter.getShape()));
    }
  }

  /**
   * Applies one update from the parameters' current gradients. The step's temporaries live in one
   * sub-manager, and its constants are float32 scalars made once (per run for β1, β2 and ε, per step
   * for the bias corrections): the same float32 arithmetic as multiplying by Java numbers, which DJL
   * turns into a fresh native scalar at every operation.
   *
   * @param learningRate the learning rate for this update
   */
  public void step(double learningRate) {
    updates++;
    float stepSize = (float) (learningRate / (1 - StrictMath.pow(beta1, updates)));
    float correction2 = (float) Math.sqrt(1 - StrictMath.pow(beta2, updates));
    try (NDManager scope = stateManager.newSubManager();
        Autograd.Recording paused = Autograd.pause()) {
      NDArray size = scalar(scope, stepSize);
      NDArray correction = scalar(scope, correction2);
      for (int i = 0; i < parameters.size(); i++) {
        update(scope, i, size, correction);
      }
    }
  }

  private void update(NDManager scope, int i, NDArray stepSize, NDArray correction2) {
    NDArray parameter = parameters.get(i);
    NDArray m = firstMoments.get(i);
    NDArray v = secondMoments.get(i);
    NDArray gradient = parameter.getGradient();
    scope.attachAll(gradient);
    m.muli(constants.beta1()).addi(gradient.mul(constants.oneMinusBeta1()));
    v.muli(constants.beta2()).addi(gradient.square().muli(constants.oneMinusBeta2()));
    NDArray denominator = v.sqrt();
    scope.attachAll(denominator);
    denominator.divi(correction2).addi(constants.epsilon());
    NDArray change = m.div(denominator);
    scope.attachAll(change);
    parameter.subi(change.muli(stepSize));
  }

  private static NDArray scalar(NDManager manager, double value) {
    return NativeArrays.create(manager, new float[] {(float) value}, new Shape());
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

  /** The run's constants as float32 scalars {@code []} in libtorch memory. */
  private record Constants(NDArray beta1, NDArray oneMinusBeta1, NDArray beta2, NDArray oneMinusBeta2,
      NDArray epsilon) {}
}
