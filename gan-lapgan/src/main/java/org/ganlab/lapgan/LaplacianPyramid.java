package org.ganlab.lapgan;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * The Laplacian pyramid of Burt and Adelson (1983) as LAPGAN uses it (Denton et al. 2015, section 3.1),
 * with one fixed pair of resampling operators on images {@code [B, C, H, W]}:
 *
 * <ul>
 *   <li>d, down-sampling: the mean of each 2×2 block (2×2 average pooling, stride 2), {@code [B, C, H/2,
 *       W/2]};
 *   <li>u, up-sampling: nearest neighbour, every pixel repeated 2×2, {@code [B, C, 2H, 2W]}.
 * </ul>
 *
 * <p>Level k = 0..K holds I_0 = the image, I_{k+1} = d(I_k); the coarse image of level k &lt; K is
 * l_k = u(I_{k+1}) and its residual h_k = I_k − l_k; the base level holds I_K itself. Reconstruction
 * runs back up, I_k = u(I_{k+1}) + h_k, and gives the image again to float rounding. With these
 * operators d(u(x)) = x exactly and every residual has zero mean over each 2×2 block.
 */
final class LaplacianPyramid {
  private LaplacianPyramid() {}

  /**
   * Halves the resolution: the mean of each 2×2 block.
   *
   * @param image {@code [B, C, H, W]}, H and W even
   * @return {@code [B, C, H/2, W/2]}, in the image's manager
   */
  static NDArray down(NDArray image) {
    long[] s = image.getShape().getShape();
    return image.reshape(s[0], s[1], s[2] / 2, 2, s[3] / 2, 2)
        .mean(new int[] {5}).mean(new int[] {3});
  }

  /**
   * Doubles the resolution: every pixel repeated into a 2×2 block.
   *
   * @param image {@code [B, C, H, W]}
   * @return {@code [B, C, 2H, 2W]}, in the image's manager
   */
  static NDArray up(NDArray image) {
    return image.repeat(2, 2).repeat(3, 2);
  }

  /**
   * Returns I_k, the image down-sampled k times.
   *
   * @param image I_0 {@code [B, C, H, W]}
   * @param level k ≥ 0
   * @return {@code [B, C, H/2^k, W/2^k]}
   */
  static NDArray image(NDArray image, int level) {
    NDArray result = image;
    for (int k = 0; k < level; k++) {
      result = down(result);
    }
    return result;
  }

  /**
   * Decomposes images into the pyramid of K + 1 levels.
   *
   * @param image I_0 {@code [B, C, H, W]}, H and W divisible by 2^K
   * @param levels K + 1 ≥ 1
   * @return h_0, ..., h_{K−1} (finest first), then the base I_K
   */
  static List<NDArray> decompose(NDArray image, int levels) {
    List<NDArray> parts = new ArrayList<>();
    NDArray current = image;
    for (int k = 0; k < levels - 1; k++) {
      NDArray coarser = down(current);
      parts.add(current.sub(up(coarser)));
      current = coarser;
    }
    parts.add(current);
    return parts;
  }

  /**
   * Rebuilds images from their pyramid: I_k = u(I_{k+1}) + h_k from the base up.
   *
   * @param parts h_0, ..., h_{K−1}, then I_K, as {@link #decompose} returns them
   * @return I_0
   */
  static NDArray reconstruct(List<NDArray> parts) {
    NDArray current = parts.get(parts.size() - 1);
    for (int k = parts.size() - 2; k >= 0; k--) {
      current = up(current).add(parts.get(k));
    }
    return current;
  }
}
