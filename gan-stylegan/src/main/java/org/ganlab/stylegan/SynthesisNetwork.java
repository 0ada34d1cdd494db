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
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.engine.NativeArrays;

/**
 * StyleGAN2's synthesis network in its skip-generator form (Karras et al. 2020, fig. 7b) at 32 px: a
 * learned constant {@code [1, width, 4, 4]}, one {@link SynthesisLayer} at 4×4, then per resolution
 * 8, 16 and 32 an upsampling layer and a plain layer, each resolution's features turned into an image by
 * a {@link ToRgb} and the images summed across resolutions with {@link Convolutions#smoothUpsample}.
 * All layers have {@code width} channels.
 *
 * <p>Inputs: {@link #styleCount()} latents {@code w_i [N, wDim]} (synthesis layer i takes w_i, the toRGB after
 * it w_{i+1}, shared with the next resolution's upsampling layer, as in the paper), then optionally {@link #noiseCount()} noise maps {@code [N, 1, H, W]}, one per
 * {@link SynthesisLayer}. Output: images {@code [N, C, 32, 32]}, unbounded (no tanh, as the paper).
 */
final class SynthesisNetwork extends AbstractBlock {
  /** Resolutions above 4×4. */
  private static final int UPSAMPLINGS = 3;

  private final int width;
  private final Parameter constant;
  private final List<SynthesisLayer> layers = new ArrayList<>();
  private final List<ToRgb> toRgb = new ArrayList<>();

  /**
   * Creates the network.
   *
   * @param width channels of every layer
   * @param channels image channels
   */
  SynthesisNetwork(int width, int channels) {
    this.width = width;
    constant = addParameter(Parameter.builder().setName("const").setType(Parameter.Type.WEIGHT).build());
    layers.add(addChildBlock("conv4", new SynthesisLayer(width, width, false)));
    toRgb.add(addChildBlock("rgb4", new ToRgb(width, channels)));
    for (int i = 1, size = 8; i <= UPSAMPLINGS; i++, size *= 2) {
      layers.add(addChildBlock("up" + size, new SynthesisLayer(width, width, true)));
      layers.add(addChildBlock("conv" + size, new SynthesisLayer(width, width, false)));
      toRgb.add(addChildBlock("rgb" + size, new ToRgb(width, channels)));
    }
  }

  /**
   * Returns how many latents w the network takes: 2 per resolution (8 at 32 px).
   *
   * @return the number of styles
   */
  static int styleCount() {
    return 2 * (UPSAMPLINGS + 1);
  }

  /**
   * Returns how many noise maps the network takes: one per synthesis layer (7 at 32 px).
   *
   * @return the number of noise inputs
   */
  static int noiseCount() {
    return 2 * UPSAMPLINGS + 1;
  }

  /**
   * Returns the side of the feature map of a synthesis layer's output.
   *
   * @param layer 0-based layer index
   * @return 4, 8, 8, 16, 16, 32, 32
   */
  static int noiseSize(int layer) {
    return 4 << ((layer + 1) / 2);
  }

  /**
   * Returns the synthesis layers, for the initialiser.
   *
   * @return the layers in order
   */
  List<SynthesisLayer> layers() {
    return layers;
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    constant.setShape(new Shape(1, width, 4, 4));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    long batch = inputShapes[0].get(0);
    Shape w = inputShapes[0];
    Shape x = new Shape(batch, width, 4, 4);
    for (int i = 0; i < layers.size(); i++) {
      layers.get(i).initialize(manager, dataType, x, w);
      x = layers.get(i).getOutputShapes(new Shape[] {x, w})[0];
      if (i % 2 == 0) {
        toRgb.get(i / 2).initialize(manager, dataType, x, w);
      }
    }
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape rgb = toRgb.get(0).getOutputShapes(new Shape[] {new Shape(1, width, 4, 4), inputShapes[0]})[0];
    int size = 4 << UPSAMPLINGS;
    return new Shape[] {new Shape(inputShapes[0].get(0), rgb.get(1), size, size)};
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray first = inputs.get(0);
    boolean withNoise = inputs.size() > styleCount();
    NDArray x = NativeArrays.scopedTo(store.getValue(constant, first.getDevice(), training)
        .repeat(0, first.getShape().get(0)), first);
    NDArray image = null;
    for (int i = 0; i < layers.size(); i++) {
      NDList layerInputs = new NDList(x, inputs.get(i));
      if (withNoise) {
        layerInputs.add(inputs.get(styleCount() + i));
      }
      x = layers.get(i).forward(store, layerInputs, training).singletonOrThrow();
      if (i % 2 == 0) {
        NDArray rgb = toRgb.get(i / 2).forward(store, new NDList(x, inputs.get(i + 1)),
            training).singletonOrThrow();
        image = image == null ? rgb : Convolutions.smoothUpsample(image).add(rgb);
      }
    }
    return new NDList(image);
  }
}
