package org.ganlab.lapgan;

import org.ganlab.core.config.ConfigProblems;

/**
 * The {@code model:} keys only the LAPGAN variant understands ({@code model.width} is the channel count
 * of every upper level's generator and discriminator convolutions, {@code model.latent_dim} the length of
 * the base generator's z; the base level's MLPs have two hidden layers of {@value #BASE_WIDTH_FACTOR} ×
 * {@code model.width} units).
 *
 * @param levels pyramid levels including the base, K + 1: the base image is the data's image size
 *     divided by 2^K (default 3: 28 → 14 → 7 and 32 → 16 → 8, as the paper's CIFAR-10 model)
 * @param conditional whether every level is conditioned on the class (labelled sources only), as the
 *     paper's class-conditional model
 */
public record LapganOptions(int levels, boolean conditional) {

  /** Largest accepted {@code model.levels}. */
  public static final int MAX_LEVELS = 6;

  /** The base MLPs' hidden units per unit of {@code model.width}. */
  public static final int BASE_WIDTH_FACTOR = 8;

  /** Checks each value. */
  public LapganOptions {
    ConfigProblems problems = new ConfigProblems();
    if (levels < 1 || levels > MAX_LEVELS) {
      problems.add("model.levels", "model.levels must be in 1.." + MAX_LEVELS + ", found " + levels);
    }
    problems.throwIfAny();
  }

  /**
   * Returns the defaults: three levels, unconditional.
   *
   * @return the defaults
   */
  public static LapganOptions defaults() {
    return new LapganOptions(3, false);
  }
}
