package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.engine.NativeArrays;

/**
 * Weight clipping of the original WGAN (Arjovsky et al., "Wasserstein Generative Adversarial Networks",
 * ICML 2017): after every critic update, each critic parameter is clamped to [−c, c] so that the critic
 * stays (crudely) Lipschitz. Used with {@code loss.clip > 0}.
 */
public final class WeightClipping {

  private WeightClipping() {}

  /**
   * Clamps every element of every array to [−c, c], in place and outside gradient recording (the
   * parameters stay leaves and keep their gradients).
   *
   * @param params the critic's parameter arrays
   * @param c the bound, &gt; 0
   */
  public static void clip(List<NDArray> params, double c) {
    if (!(c > 0)) {
      throw new IllegalArgumentException("clipping bound must be > 0, found " + c);
    }
    try (Autograd.Recording paused = Autograd.pause()) {
      for (NDArray param : params) {
        try (NDArray clipped = param.clip(-c, c)) {
          NativeArrays.assign(param, clipped);
        }
      }
    }
  }
}
