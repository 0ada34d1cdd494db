package org.ganlab.stylegan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.engine.NativeArrays;

/**
 * StyleGAN's mapping network z → w (Karras et al. 2019, §2): pixel norm (z / √(mean z² + 1e-8)), then
 * dense layers with equalised learning rate, learning-rate multiplier 0.01 and LeakyReLU 0.2 × √2.
 * It also keeps w̄, the moving average of w (β = 0.995 per training step, starting at 0), which
 * truncation pulls samples towards; w̄ is a parameter without gradient, so checkpoints save it.
 * Input {@code [B, wDim]}, output {@code [B, wDim]}.
 */
final class MappingNetwork extends AbstractBlock {
  /** The decay of w̄ per update. */
  static final float AVERAGE_DECAY = 0.995f;
  /** The learning-rate multiplier of every layer. */
  static final float LR_MULTIPLIER = 0.01f;
  private static final float EPSILON = 1e-8f;

  private final int dim;
  private final List<EqualizedLinear> layers = new ArrayList<>();
  private final Parameter average;

  /**
   * Creates the network.
   *
   * @param dim the length of z and w
   * @param depth the number of dense layers
   */
  MappingNetwork(int dim, int depth) {
    this.dim = dim;
    for (int i = 0; i < depth; i++) {
      layers.add(addChildBlock("dense" + i, new EqualizedLinear(dim, LR_MULTIPLIER, 0f)));
    }
    average = addParameter(Parameter.builder().setName("w_avg").setType(Parameter.Type.OTHER)
        .optInitializer(new ConstantInitializer(0f)).optRequiresGrad(false).build());
  }

  /**
   * Returns the dense layers, for the initialiser.
   *
   * @return the layers in order
   */
  List<EqualizedLinear> layers() {
    return layers;
  }

  /**
   * Returns w̄.
   *
   * @return the live array {@code [wDim]}
   */
  NDArray average() {
    return average.getArray();
  }

  /**
   * Moves w̄ towards the batch mean of {@code w}: w̄ ← β·w̄ + (1 − β)·mean(w), without recording.
   *
   * @param w mapped latents {@code [B, wDim]}
   */
  void track(NDArray w) {
    try (Autograd.Recording paused = Autograd.pause();
        NDArray mean = w.stopGradient().mean(new int[] {0})) {
      average().muli(AVERAGE_DECAY).addi(mean.muli(1 - AVERAGE_DECAY));
    }
  }

  /**
   * The truncation trick: w̄ + ψ(w − w̄).
   *
   * @param w mapped latents {@code [B, wDim]}
   * @param psi ψ in [0, 1]; 1 returns {@code w} itself
   * @return truncated latents {@code [B, wDim]} in {@code w}'s manager
   */
  NDArray truncate(NDArray w, float psi) {
    if (psi == 1f) {
      return w;
    }
    NDArray avg = average();
    return w.sub(avg).mul(NativeArrays.scalar(w, psi)).add(avg);
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    for (EqualizedLinear layer : layers) {
      layer.initialize(manager, dataType, inputShapes[0]);
    }
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    average.setShape(new Shape(dim));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), dim)};
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray z = inputs.singletonOrThrow();
    NDArray x = z.div(z.square().mean(new int[] {1}, true).add(EPSILON).sqrt());
    for (EqualizedLinear layer : layers) {
      x = Activations.leakyRelu(layer.forward(store, new NDList(x), training).singletonOrThrow());
    }
    return new NDList(x);
  }
}
