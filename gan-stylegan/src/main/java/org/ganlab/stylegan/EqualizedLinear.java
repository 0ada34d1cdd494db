package org.ganlab.stylegan;

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
 * A dense layer with the equalised learning rate of Karras et al. (2018): the weight is stored as
 * N(0, 1/m²) and multiplied at run time by {@code m/√fan_in}, the bias stored as is and multiplied by
 * m, where m is the learning-rate multiplier (0.01 in the mapping network, so that it learns 100 times
 * slower than the rest). Input {@code [B, in]}, output {@code [B, out]}.
 */
final class EqualizedLinear extends AbstractBlock {
  private final int units;
  private final float multiplier;
  private final Parameter weight;
  private final Parameter bias;

  /**
   * Creates the layer.
   *
   * @param units outputs
   * @param multiplier the learning-rate multiplier m
   * @param initialBias the bias the layer starts with (before the multiplier), or NaN for none
   */
  EqualizedLinear(int units, float multiplier, float initialBias) {
    this.units = units;
    this.multiplier = multiplier;
    weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
    bias = Float.isNaN(initialBias) ? null : addParameter(Parameter.builder().setName("bias")
        .setType(Parameter.Type.OTHER).optInitializer(new ConstantInitializer(initialBias)).build());
  }

  /**
   * Returns the factor the stored weight is multiplied by in every forward pass.
   *
   * @param fanIn the number of inputs
   * @return m/√fan_in
   */
  float runtimeScale(long fanIn) {
    return (float) (multiplier / Math.sqrt(fanIn));
  }

  /**
   * Returns the learning-rate multiplier m, by which the initial N(0, 1) weight is divided.
   *
   * @return m
   */
  float multiplier() {
    return multiplier;
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    weight.setShape(new Shape(units, inputShapes[0].get(1)));
    if (bias != null) {
      bias.setShape(new Shape(units));
    }
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), units)};
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray w = store.getValue(weight, x.getDevice(), training);
    NDArray scaled = NativeArrays.scopedTo(
        w.mul(NativeArrays.scalar(x, runtimeScale(w.getShape().get(1)))), x);
    NDArray y = x.matMul(scaled.transpose());
    if (bias != null) {
      NDArray b = store.getValue(bias, x.getDevice(), training);
      y = y.add(NativeArrays.scopedTo(b.mul(NativeArrays.scalar(x, multiplier)), x));
    }
    return new NDList(y);
  }
}
