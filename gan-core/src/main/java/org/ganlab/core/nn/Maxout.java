package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;

/**
 * The maxout nonlinearity (Goodfellow et al. 2013, "Maxout Networks"): the {@code units × pieces}
 * outputs of the layer before it are grouped into {@code units} runs of {@code pieces} consecutive
 * values, and each unit is the largest value of its run. A dense layer to {@code width × pieces}
 * followed by this block is a maxout layer of {@code width} units, the grouping of Theano/Blocks'
 * {@code LinearMaxout} that PacGAN's discriminator uses.
 */
public final class Maxout {

  private Maxout() {}

  /**
   * Makes the block: input {@code [B, units × pieces]}, output {@code [B, units]} with
   * {@code out[b, j] = max over p < pieces of in[b, j × pieces + p]}.
   *
   * @param pieces values per unit (≥ 1)
   * @return the block, without parameters
   * @throws IllegalArgumentException when {@code pieces < 1}
   */
  public static Block of(int pieces) {
    if (pieces < 1) {
      throw new IllegalArgumentException("maxout needs at least one piece per unit, found " + pieces);
    }
    return new LambdaBlock(list -> {
      NDArray in = list.singletonOrThrow();
      long batch = in.getShape().get(0);
      return new NDList(in.reshape(batch, -1, pieces).max(new int[] {2}));
    }, "maxout");
  }
}
