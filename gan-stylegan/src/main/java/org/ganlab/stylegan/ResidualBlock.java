package org.ganlab.stylegan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.ganlab.core.engine.NativeArrays;

/**
 * A residual discriminator block of StyleGAN2 (Karras et al. 2020, fig. 7c): the main path and the
 * skip path (each halving the resolution) are summed and scaled by 1/√2, which keeps the variance of
 * the sum that of each path. Input {@code [N, C, H, W]}, output {@code [N, C', H/2, W/2]}.
 */
final class ResidualBlock extends AbstractBlock {
  private static final float HALF_VARIANCE = (float) (1 / Math.sqrt(2));

  private final Block main;
  private final Block skip;

  /**
   * Creates the block.
   *
   * @param main the main path (two 3×3 convolutions with activations, then 2× downsampling)
   * @param skip the skip path (2× downsampling, then a 1×1 convolution without bias)
   */
  ResidualBlock(Block main, Block skip) {
    this.main = addChildBlock("main", main);
    this.skip = addChildBlock("skip", skip);
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    main.initialize(manager, dataType, inputShapes);
    skip.initialize(manager, dataType, inputShapes);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return main.getOutputShapes(inputShapes);
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray sum = main.forward(store, inputs, training).singletonOrThrow()
        .add(skip.forward(store, inputs, training).singletonOrThrow());
    return new NDList(sum.mul(NativeArrays.scalar(sum, HALF_VARIANCE)));
  }
}
