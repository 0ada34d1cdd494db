package org.ganlab.lapgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * All of LAPGAN's generators as one network, so that checkpoints, the moving average and sampling see
 * them together: children {@code level0} .. {@code level<K−1>} are the {@link ResidualGenerator}s G_k
 * and {@code level<K>} the {@link BaseGenerator} G_K. Each level is trained on its own (see
 * {@link LaplacianGan}); running the whole block forward is LAPGAN's sampler (Denton et al. 2015,
 * section 3.1): Ĩ_K = G_K(z), then for k = K−1 .. 0, l_k = u(Ĩ_{k+1}) and Ĩ_k = l_k + G_k(l_k, noise_k),
 * each level's image clipped to [-1, 1], the range every level was trained on.
 *
 * <p>Inputs: latent {@code [B, latentDim]} (laid out as {@link PyramidShape} says) and, when
 * conditional, labels {@code [B]} (int32). Output: Ĩ_0 {@code [B, C, S, S]}.
 */
final class LaplacianGenerator extends AbstractBlock {
  private final PyramidShape shape;
  private final boolean conditional;
  private final List<Block> levels = new ArrayList<>();

  /**
   * Creates the generators of every level.
   *
   * @param shape the pyramid
   * @param width w, the channels of the upper levels' hidden convolutions
   * @param baseWidth hidden units of the base MLP
   * @param numClasses classes to condition on, 0 for none
   */
  LaplacianGenerator(PyramidShape shape, int width, int baseWidth, int numClasses) {
    this.shape = shape;
    this.conditional = numClasses > 0;
    for (int k = 0; k < shape.base(); k++) {
      levels.add(addChildBlock("level" + k,
          new ResidualGenerator(shape.channels(), shape.size(k), width, numClasses)));
    }
    levels.add(addChildBlock("level" + shape.base(), new BaseGenerator(shape.channels(),
        shape.size(shape.base()), baseWidth, numClasses)));
  }

  /**
   * Runs the base generator G_K.
   *
   * @param store the parameter store
   * @param z {@code [B, zDim]}
   * @param labels {@code [B]} (int32), or {@code null} when unconditional
   * @param training whether the pass is recorded for training
   * @return images {@code [B, C, s, s]} in [-1, 1]
   */
  NDArray base(ParameterStore store, NDArray z, NDArray labels, boolean training) {
    return run(store, shape.base(), labels, training, z);
  }

  /**
   * Runs an upper level's generator G_k.
   *
   * @param store the parameter store
   * @param level k in 0..K−1
   * @param coarse l_k {@code [B, C, S/2^k, S/2^k]}
   * @param noise {@code [B, 1, S/2^k, S/2^k]}
   * @param labels {@code [B]} (int32), or {@code null} when unconditional
   * @param training whether the pass is recorded for training
   * @return the residual h̃_k, shaped as {@code coarse}
   */
  NDArray residual(ParameterStore store, int level, NDArray coarse, NDArray noise, NDArray labels,
      boolean training) {
    return run(store, level, labels, training, coarse, noise);
  }

  /**
   * Runs the sampler and keeps every level's image.
   *
   * @param store the parameter store
   * @param latent {@code [B, latentDim]}
   * @param labels {@code [B]} (int32), or {@code null} when unconditional
   * @param training whether the pass is recorded for training
   * @return Ĩ_K, Ĩ_{K−1}, ..., Ĩ_0 (coarsest first), each {@code [B, C, S/2^k, S/2^k]}
   */
  List<NDArray> chain(ParameterStore store, NDArray latent, NDArray labels, boolean training) {
    List<NDArray> images = new ArrayList<>();
    NDArray image = base(store, shape.z(latent), labels, training).clip(-1, 1);
    images.add(image);
    for (int k = shape.base() - 1; k >= 0; k--) {
      NDArray coarse = LaplacianPyramid.up(image);
      NDArray residual = residual(store, k, coarse, shape.noise(latent, k), labels, training);
      image = coarse.add(residual).clip(-1, 1);
      images.add(image);
    }
    return images;
  }

  private NDArray run(ParameterStore store, int level, NDArray labels, boolean training,
      NDArray... images) {
    NDList inputs = new NDList(images);
    if (conditional) {
      inputs.add(labels);
    }
    return levels.get(level).forward(store, inputs, training).singletonOrThrow();
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    List<NDArray> images = chain(store, inputs.get(0), conditional ? inputs.get(1) : null, training);
    return new NDList(images.get(images.size() - 1));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    long batch = inputShapes[0].get(0);
    return new Shape[] {new Shape(batch, shape.channels(), shape.imageSize(), shape.imageSize())};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    long batch = inputShapes[0].get(0);
    Shape labels = new Shape(batch);
    for (int k = 0; k < shape.base(); k++) {
      Shape image = new Shape(batch, shape.channels(), shape.size(k), shape.size(k));
      Shape noise = new Shape(batch, 1, shape.size(k), shape.size(k));
      levels.get(k).initialize(manager, dataType,
          conditional ? new Shape[] {image, noise, labels} : new Shape[] {image, noise});
    }
    Shape z = new Shape(batch, shape.zDim());
    levels.get(shape.base()).initialize(manager, dataType,
        conditional ? new Shape[] {z, labels} : new Shape[] {z});
  }
}
