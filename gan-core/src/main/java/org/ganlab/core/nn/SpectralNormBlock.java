package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * What the spectrally normalised layers share (Miyato et al. 2018): the parameters {@code weight},
 * {@code bias} (optional) and {@code u} [out], the power-iteration vector that is not trained, starts
 * from a seeded unit-norm draw and is saved with the other parameters; and a forward pass that divides
 * the weight by its estimated largest singular value ({@link PowerIteration}) before the layer's own
 * operation.
 */
abstract class SpectralNormBlock extends AbstractBlock {
  private final int outputs;
  private final Parameter weight;
  private final Parameter bias;
  private final Parameter u;

  /**
   * Declares the parameters.
   *
   * @param outputs output channels or units, the length of u and of the bias
   * @param hasBias whether to add a learned bias
   * @param seed seed of u's initial draw
   */
  SpectralNormBlock(int outputs, boolean hasBias, long seed) {
    this.outputs = outputs;
    weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
    bias = hasBias
        ? addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build())
        : null;
    u = addParameter(PowerIteration.vectorParameter(seed));
  }

  @Override
  protected final void prepare(Shape[] inputShapes) {
    weight.setShape(weightShape(inputShapes[0]));
    if (bias != null) {
      bias.setShape(new Shape(outputs));
    }
    u.setShape(new Shape(outputs));
  }

  /**
   * Returns the current estimate σ = uᵀ W v, v = normalize(Wᵀu), from the stored u; after enough
   * training passes it approaches W's largest singular value.
   *
   * @return σ
   */
  public double sigma() {
    return PowerIteration.sigma(weight.getArray(), u.getArray());
  }

  @Override
  protected final NDList forwardInternal(
      ParameterStore parameterStore,
      NDList inputs,
      boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray w = parameterStore.getValue(weight, x.getDevice(), training);
    NDArray b = bias == null ? null : parameterStore.getValue(bias, x.getDevice(), training);
    NDArray vector = parameterStore.getValue(u, x.getDevice(), false);
    return apply(x, PowerIteration.normalise(w, vector, u, x.getManager(), training), b);
  }

  /**
   * Returns the weight's shape for an input shape (checking the input).
   *
   * @param input the input shape
   * @return the weight shape, outputs first
   */
  abstract Shape weightShape(Shape input);

  /**
   * Runs the layer's operation with the normalised weight.
   *
   * @param x the input
   * @param normalisedWeight W / σ
   * @param bias the bias, or null
   * @return the output
   */
  abstract NDList apply(NDArray x, NDArray normalisedWeight, NDArray bias);
}
