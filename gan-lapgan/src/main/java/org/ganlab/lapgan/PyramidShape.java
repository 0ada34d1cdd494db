package org.ganlab.lapgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;

/**
 * The sizes of a LAPGAN pyramid and the layout of its latent vector. Level k = 0..K has images
 * {@code [C, S/2^k, S/2^k]}; K = {@code levels − 1} is the base. A sample's latent vector holds all its
 * randomness: the base generator's z first ({@code zDim} values), then one noise plane per upper level,
 * from level K − 1 down to level 0 ((S/2^k)² values each, read row by row as a {@code [1, S/2^k,
 * S/2^k]} plane). Sampling is therefore a deterministic function of the latent vector, and training,
 * which draws latent vectors from N(0, 1), draws each level's noise plane from N(0, 1) too.
 *
 * @param channels C, the image channels
 * @param imageSize S, the side of the full-resolution image
 * @param levels K + 1
 * @param zDim length of the base generator's z
 */
record PyramidShape(int channels, int imageSize, int levels, int zDim) {

  /**
   * Returns the index of the base level.
   *
   * @return K
   */
  int base() {
    return levels - 1;
  }

  /**
   * Returns the side of level k's images.
   *
   * @param level k in 0..K
   * @return S / 2^k
   */
  int size(int level) {
    return imageSize >> level;
  }

  /**
   * Returns the length of the whole latent vector.
   *
   * @return zDim + Σ_{k &lt; K} (S/2^k)²
   */
  int latentDim() {
    int length = zDim;
    for (int k = 0; k < base(); k++) {
      length += size(k) * size(k);
    }
    return length;
  }

  /**
   * Returns the base generator's z.
   *
   * @param latent {@code [B, latentDim]}
   * @return {@code [B, zDim]}
   */
  NDArray z(NDArray latent) {
    return latent.get(new NDIndex(":, 0:{}", zDim));
  }

  /**
   * Returns level k's noise plane.
   *
   * @param latent {@code [B, latentDim]}
   * @param level k in 0..K−1
   * @return {@code [B, 1, S/2^k, S/2^k]}
   */
  NDArray noise(NDArray latent, int level) {
    int start = zDim;
    for (int k = base() - 1; k > level; k--) {
      start += size(k) * size(k);
    }
    int side = size(level);
    return latent.get(new NDIndex(":, {}:{}", start, start + side * side))
        .reshape(latent.getShape().get(0), 1, side, side);
  }
}
