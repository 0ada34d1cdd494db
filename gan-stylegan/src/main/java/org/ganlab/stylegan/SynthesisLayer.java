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
import org.ganlab.core.engine.NativeArrays;

/**
 * One layer of StyleGAN2's synthesis network: a 3×3 {@link ModulatedConv2d} with demodulation
 * (optionally upsampling ×2 first), then per-pixel noise times one learned strength (starting at 0), a
 * bias, and LeakyReLU 0.2 with gain √2.
 *
 * <p>Inputs {@code x [N, in, H, W]}, {@code w [N, wDim]} and optionally {@code noise [N, 1, H', W']}
 * drawn N(0, 1) by the caller; without it the layer uses its fixed noise {@code noise_const [1, 1, H',
 * W']} (drawn once at initialisation, StyleGAN2's "const" noise mode, used for sampling). Output
 * {@code [N, out, H', W']}.
 */
final class SynthesisLayer extends AbstractBlock {
  private final ModulatedConv2d conv;
  private final int channels;
  private final Parameter strength;
  private final Parameter bias;
  private final Parameter constantNoise;

  /**
   * Creates the layer.
   *
   * @param inChannels input channels
   * @param channels output channels
   * @param upsample whether to double the resolution
   */
  SynthesisLayer(int inChannels, int channels, boolean upsample) {
    this.channels = channels;
    conv = addChildBlock("conv", new ModulatedConv2d(inChannels, 3, channels, true, upsample));
    strength = addParameter(Parameter.builder().setName("noise_strength")
        .setType(Parameter.Type.OTHER).optInitializer(new ConstantInitializer(0f)).build());
    bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build());
    constantNoise = addParameter(Parameter.builder().setName("noise_const")
        .setType(Parameter.Type.OTHER).optInitializer(new ConstantInitializer(0f))
        .optRequiresGrad(false).build());
  }

  /**
   * Returns the fixed noise, which the variant fills with seeded N(0, 1) values after initialisation.
   *
   * @return {@code noise_const [1, 1, H', W']}
   */
  NDArray constantNoise() {
    return constantNoise.getArray();
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    Shape out = conv.getOutputShapes(inputShapes)[0];
    strength.setShape(new Shape(1));
    bias.setShape(new Shape(channels));
    constantNoise.setShape(new Shape(1, 1, out.get(2), out.get(3)));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    conv.initialize(manager, dataType, inputShapes[0], inputShapes[1]);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return conv.getOutputShapes(inputShapes);
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.get(0);
    NDArray y = conv.forward(store, new NDList(x, inputs.get(1)), training).singletonOrThrow();
    NDArray noise = inputs.size() > 2 ? inputs.get(2)
        : store.getValue(constantNoise, x.getDevice(), training);
    NDArray s = NativeArrays.scopedTo(
        store.getValue(strength, x.getDevice(), training).reshape(1, 1, 1, 1), x);
    NDArray b = NativeArrays.scopedTo(
        store.getValue(bias, x.getDevice(), training).reshape(1, channels, 1, 1), x);
    return new NDList(Activations.leakyRelu(y.add(s.mul(noise)).add(b)));
  }
}
