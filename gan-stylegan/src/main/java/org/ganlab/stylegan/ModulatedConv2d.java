package org.ganlab.stylegan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.ganlab.core.engine.NativeArrays;

/**
 * StyleGAN2's modulated convolution (Karras et al., "Analyzing and Improving the Image Quality of
 * StyleGAN", CVPR 2020, eq. 1–3) in its non-fused form: a learned affine map turns w into one style
 * s_i per input channel (starting at 1); the input is scaled by s, convolved with the equalised-lr
 * weight w (stored N(0, 1), scaled by 1/√(in·k²)), and, with demodulation, each output channel j of
 * each sample is divided by σ_j = √(Σ_{i,k} (w_{jik}·s_i)² + 1e-8), which restores unit variance for
 * unit-variance inputs. Optionally the input is first upsampled ×2 (nearest neighbour).
 *
 * <p>Inputs {@code x [N, in, H, W]} and {@code w [N, wDim]}; output {@code [N, out, H', W']} with H' = H
 * or 2H. No bias (the synthesis layer adds it after the noise).
 */
final class ModulatedConv2d extends AbstractBlock {
  private static final float EPSILON = 1e-8f;

  private final int kernel;
  private final int channels;
  private final boolean demodulate;
  private final boolean upsample;
  private final Parameter weight;
  private final EqualizedLinear affine;
  private final int inChannels;

  /**
   * Creates the layer.
   *
   * @param inChannels input channels (one style each)
   * @param kernel k, odd
   * @param channels output channels
   * @param demodulate whether to divide by σ_j (off for toRGB layers)
   * @param upsample whether to double the resolution first
   */
  ModulatedConv2d(int inChannels, int kernel, int channels, boolean demodulate, boolean upsample) {
    this.inChannels = inChannels;
    this.kernel = kernel;
    this.channels = channels;
    this.demodulate = demodulate;
    this.upsample = upsample;
    weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
    affine = addChildBlock("affine", new EqualizedLinear(inChannels, 1f, 1f));
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    weight.setShape(new Shape(channels, inChannels, kernel, kernel));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    affine.initialize(manager, dataType, inputShapes[1]);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    int factor = upsample ? 2 : 1;
    return new Shape[] {new Shape(in.get(0), channels, in.get(2) * factor, in.get(3) * factor)};
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.get(0);
    long batch = x.getShape().get(0);
    NDArray styles = affine.forward(store, new NDList(inputs.get(1)), training).singletonOrThrow();
    NDArray w = store.getValue(weight, x.getDevice(), training);
    NDArray scaled = NativeArrays.scopedTo(
        w.mul(NativeArrays.scalar(x, EqualizedConv2d.runtimeScale(inChannels, kernel))), x);
    NDArray modulated = x.mul(styles.reshape(batch, inChannels, 1, 1));
    NDArray y = Convolutions.same(upsample ? Convolutions.upsample(modulated) : modulated, scaled, null);
    if (!demodulate) {
      return new NDList(y);
    }
    NDArray kernelEnergy = scaled.square().sum(new int[] {2, 3});
    NDArray sigma = styles.square().matMul(kernelEnergy.transpose()).add(EPSILON).sqrt();
    return new NDList(y.div(sigma.reshape(batch, channels, 1, 1)));
  }
}
