package org.ganlab.conditional;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A chain of layers that also carries the one-hot labels: each layer gets the previous one's output,
 * and {@link ClassBatchNorm} layers get the labels beside it. It names its layers as DJL's
 * {@code SequentialBlock} does, so a chain without class-conditional layers has the same parameter names,
 * initial weights and outputs as that block.
 *
 * <p>Inputs: {@code [B, ...]} and one-hot labels {@code [B, C]}. Output: the last layer's.
 */
final class LabelledSequence extends AbstractBlock {

  /**
   * Appends a layer.
   *
   * @param layer the next layer
   * @return this chain
   */
  LabelledSequence add(Block layer) {
    addChildBlock(layer.getClass().getSimpleName(), layer);
    return this;
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.get(0);
    NDArray labels = inputs.get(1);
    for (Block layer : children.values()) {
      NDList in = layer instanceof ClassBatchNorm ? new NDList(x, labels) : new NDList(x);
      x = layer.forward(store, in, training).singletonOrThrow();
    }
    return new NDList(x);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape x = inputShapes[0];
    for (Block layer : children.values()) {
      x = layer.getOutputShapes(layerInputs(layer, x, inputShapes[1]))[0];
    }
    return new Shape[] {x};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape x = inputShapes[0];
    for (Block layer : children.values()) {
      Shape[] in = layerInputs(layer, x, inputShapes[1]);
      layer.initialize(manager, dataType, in);
      x = layer.getOutputShapes(in)[0];
    }
  }

  private static Shape[] layerInputs(Block layer, Shape x, Shape labels) {
    return layer instanceof ClassBatchNorm ? new Shape[] {x, labels} : new Shape[] {x};
  }
}
