package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.util.PairList;
import org.ganlab.core.engine.NativeArrays;

/**
 * The parametric ReLU of He et al., "Delving Deep into Rectifiers" (ICCV 2015), with one slope shared
 * by all channels, as {@code torch.nn.PReLU()}: y = max(0, x) + a · min(0, x), a trained and starting
 * at 0.25. (DJL's own {@code Prelu} block has no implementation on the PyTorch engine.)
 *
 * <p>Input any shape; output the same shape. Parameter: {@code alpha [1]}, of type {@code OTHER}, so
 * weight initialisers leave its start value alone.
 */
public final class ParametricRelu extends AbstractBlock {

  /** PyTorch's initial slope. */
  public static final float INITIAL_SLOPE = 0.25f;

  private final Parameter alpha;

  /** Creates the block with its slope at {@link #INITIAL_SLOPE}. */
  public ParametricRelu() {
    alpha = addParameter(Parameter.builder().setName("alpha").setType(Parameter.Type.OTHER)
        .optShape(new Shape(1)).optInitializer(new ConstantInitializer(INITIAL_SLOPE)).build());
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore parameterStore,
      NDList inputs,
      boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray slope = parameterStore.getValue(alpha, x.getDevice(), training);
    NDArray zero = NativeArrays.scalar(x, 0f);
    return new NDList(x.maximum(zero).add(x.minimum(zero).mul(slope)));
  }
}
