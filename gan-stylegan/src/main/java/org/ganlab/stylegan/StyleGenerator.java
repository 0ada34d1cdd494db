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
import java.util.Collections;
import java.util.List;

/**
 * StyleGAN2's generator: a {@link MappingNetwork} z → w and a {@link SynthesisNetwork} that takes one w
 * per layer. As a block it maps {@code z [B, wDim]} to images {@code [B, C, 32, 32]} with the same w for
 * every layer and the fixed noise; training goes through {@link #map} and {@link #synthesize}, which
 * allow style mixing and fresh noise. It also keeps the running mean of the path lengths.
 */
final class StyleGenerator extends AbstractBlock {
  private final MappingNetwork mapping;
  private final SynthesisNetwork synthesis;
  private final Parameter pathLengthMean;

  /**
   * Creates the generator.
   *
   * @param dim the length of z and w
   * @param mappingLayers dense layers of the mapping network
   * @param width channels of every synthesis layer
   * @param channels image channels
   */
  StyleGenerator(int dim, int mappingLayers, int width, int channels) {
    mapping = addChildBlock("mapping", new MappingNetwork(dim, mappingLayers));
    synthesis = addChildBlock("synthesis", new SynthesisNetwork(width, channels));
    pathLengthMean = addParameter(Parameter.builder().setName("pl_mean")
        .setType(Parameter.Type.OTHER).optInitializer(new ConstantInitializer(0f))
        .optRequiresGrad(false).build());
  }

  /**
   * Returns the running mean of the path lengths, which {@link PathLengthPenalty} keeps (0 until
   * path-length regularisation runs; a parameter without gradient, so checkpoints save it).
   *
   * @return the live array {@code [1]}
   */
  NDArray pathLengthMean() {
    return pathLengthMean.getArray();
  }

  /**
   * Returns the mapping network (w̄, truncation).
   *
   * @return the mapping network
   */
  MappingNetwork mapping() {
    return mapping;
  }

  /**
   * Returns the synthesis network.
   *
   * @return the synthesis network
   */
  SynthesisNetwork synthesis() {
    return synthesis;
  }

  /**
   * Maps latents to styles.
   *
   * @param store the parameter store
   * @param z latents {@code [B, wDim]}
   * @param training whether gradients are recorded for training
   * @return w {@code [B, wDim]}
   */
  NDArray map(ParameterStore store, NDArray z, boolean training) {
    return mapping.forward(store, new NDList(z), training).singletonOrThrow();
  }

  /**
   * Synthesises images.
   *
   * @param store the parameter store
   * @param styles {@link SynthesisNetwork#styleCount()} arrays {@code [B, wDim]}
   * @param noise {@link SynthesisNetwork#noiseCount()} maps {@code [B, 1, H, W]}, or empty for the
   *     fixed noise
   * @param training whether gradients are recorded for training
   * @return images {@code [B, C, 32, 32]}
   */
  NDArray synthesize(ParameterStore store, List<NDArray> styles, List<NDArray> noise,
      boolean training) {
    NDList inputs = new NDList(styles);
    inputs.addAll(noise);
    return synthesis.forward(store, inputs, training).singletonOrThrow();
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    pathLengthMean.setShape(new Shape(1));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    mapping.initialize(manager, dataType, inputShapes[0]);
    Shape[] styles = Collections.nCopies(SynthesisNetwork.styleCount(), inputShapes[0])
        .toArray(new Shape[0]);
    synthesis.initialize(manager, dataType, styles);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return synthesis.getOutputShapes(inputShapes);
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray w = map(store, inputs.singletonOrThrow(), training);
    return new NDList(synthesize(store, Collections.nCopies(SynthesisNetwork.styleCount(), w),
        List.of(), training));
  }
}
