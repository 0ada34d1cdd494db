package org.ganlab.conditional;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Arrays;

/**
 * Class-conditional batch norm (de Vries et al. 2017; Dumoulin et al. 2017), the generator layer of
 * Miyato and Koyama's projection cGAN: the activations are normalised as by batch norm, then scaled and
 * shifted by the γ and β of the class asked for, looked up in per-class tables {@code [C, channels]}
 * (γ starts at 1 or near it, β at 0), so each class gets its own feature statistics in every layer.
 *
 * <p>Inputs: activations {@code [B, channels, ...]} and one-hot labels {@code [B, C]}. Output: the same
 * shape as the activations.
 */
final class ClassBatchNorm extends AbstractBlock {
  private final int numClasses;
  private final Block normalise;
  private final Parameter gamma;
  private final Parameter beta;

  /**
   * Creates the layer.
   *
   * @param numClasses the number of classes C
   */
  ClassBatchNorm(int numClasses) {
    this.numClasses = numClasses;
    this.normalise = addChildBlock("normalise",
        BatchNorm.builder().optScale(false).optCenter(false).build());
    this.gamma = addParameter(
        Parameter.builder().setName("gamma").setType(Parameter.Type.GAMMA).build());
    this.beta = addParameter(
        Parameter.builder().setName("beta").setType(Parameter.Type.BETA).build());
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.get(0);
    NDArray labels = inputs.get(1);
    NDArray normalised = normalise.forward(store, new NDList(x), training).singletonOrThrow();
    Shape perSample = perSample(x.getShape());
    NDArray scale = labels.matMul(store.getValue(gamma, x.getDevice(), training)).reshape(perSample);
    NDArray shift = labels.matMul(store.getValue(beta, x.getDevice(), training)).reshape(perSample);
    return new NDList(normalised.mul(scale).add(shift));
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    Shape table = new Shape(numClasses, inputShapes[0].get(1));
    gamma.setShape(table);
    beta.setShape(table);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    normalise.initialize(manager, dataType, inputShapes[0]);
  }

  /** {@code [B, channels, 1, ...]}: one value per sample and channel, broadcast over the rest. */
  private static Shape perSample(Shape activations) {
    long[] dims = new long[activations.dimension()];
    Arrays.fill(dims, 1);
    dims[0] = activations.get(0);
    dims[1] = activations.get(1);
    return new Shape(dims);
  }
}
