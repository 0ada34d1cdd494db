package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.engine.NativeArrays;

/**
 * Exponential moving average of the generator's weights (Karras et al. 2018; Yazıcı et al. 2019):
 * θ̄ ← d_t·θ̄ + (1 − d_t)·θ after every step, with TensorFlow's warm-up d_t = min(d, (1 + t)/(10 + t))
 * so that early averages are not dominated by the initial weights (with d = 0.999 they would still be
 * 60% initial after 500 steps). Samples and metrics use θ̄ when it is on.
 */
public final class Ema {
  private final List<NDArray> parameters;
  private final List<NDArray> averages = new ArrayList<>();
  private final double decay;
  private final NDManager stateManager;
  private long updates;

  /**
   * Starts the average at the current weights.
   *
   * @param parameters every parameter array of the generator (running statistics included)
   * @param decay d in (0, 1)
   * @param stateManager long-lived manager for the averages
   */
  public Ema(List<NDArray> parameters, double decay, NDManager stateManager) {
    this.parameters = List.copyOf(parameters);
    this.decay = decay;
    this.stateManager = stateManager;
    for (NDArray parameter : parameters) {
      NDArray copy = parameter.duplicate();
      copy.attach(stateManager);
      averages.add(copy);
    }
  }

  /**
   * Moves the averages one step towards the current weights. The step's two factors are float32
   * scalars made once per update, rather than one native scalar per operation as DJL makes for a Java
   * number: the same arithmetic with fewer native calls.
   */
  public void update() {
    float d = (float) Math.min(decay, (1.0 + updates) / (10.0 + updates));
    updates++;
    try (NDManager scope = stateManager.newSubManager();
        Autograd.Recording paused = Autograd.pause()) {
      NDArray keep = NativeArrays.create(scope, new float[] {d}, new Shape());
      NDArray take = NativeArrays.create(scope, new float[] {1 - d}, new Shape());
      for (int i = 0; i < parameters.size(); i++) {
        NDArray share = parameters.get(i).mul(take);
        scope.attachAll(share);
        averages.get(i).muli(keep).addi(share);
      }
    }
  }

  /**
   * Returns the number of updates so far (t), for checkpoints.
   *
   * @return t
   */
  public long updates() {
    return updates;
  }

  /**
   * Restores the update count; restore the averages by copying into {@link #state()}.
   *
   * @param count t from a checkpoint
   */
  public void restoreUpdates(long count) {
    this.updates = count;
  }

  /**
   * Runs {@code action} with the averaged weights in place of the current ones, then puts the current
   * ones back.
   *
   * @param action e.g. generating samples
   * @param <T> its result type
   * @return its result
   */
  public <T> T withAveragedWeights(Supplier<T> action) {
    List<NDArray> saved = new ArrayList<>();
    try (Autograd.Recording paused = Autograd.pause()) {
      for (int i = 0; i < parameters.size(); i++) {
        saved.add(parameters.get(i).duplicate());
        NativeArrays.assign(parameters.get(i), averages.get(i));
      }
      return action.get();
    } finally {
      for (int i = 0; i < saved.size(); i++) {
        NativeArrays.assign(parameters.get(i), saved.get(i));
        saved.get(i).close();
      }
    }
  }

  /**
   * Returns the averages, for checkpoints.
   *
   * @return live arrays, in parameter order
   */
  public List<NDArray> state() {
    return List.copyOf(averages);
  }
}
