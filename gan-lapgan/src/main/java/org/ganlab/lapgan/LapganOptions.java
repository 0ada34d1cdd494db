package org.ganlab.lapgan;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.ganlab.core.config.ConfigProblems;

/**
 * The {@code model:} keys only the LAPGAN variant understands ({@code model.width} is the channel count
 * of every upper level's generator and discriminator convolutions, {@code model.latent_dim} the length of
 * the base generator's z).
 *
 * @param levels pyramid levels including the base, K + 1: the base image is the data's image size
 *     divided by 2^K (default 3: 28 → 14 → 7 and 32 → 16 → 8, as the paper's CIFAR-10 model)
 * @param conditional whether every level is conditioned on the class (labelled sources only), as the
 *     paper's class-conditional model
 * @param baseWidth hidden units of each of the two hidden layers of the base level's MLP generator and
 *     discriminator (the paper's CIFAR-10 base nets have 1200)
 */
public record LapganOptions(int levels, boolean conditional, @JsonProperty("base_width") int baseWidth) {

  /** Largest accepted {@code model.levels}. */
  public static final int MAX_LEVELS = 6;

  /** Largest accepted {@code model.base_width}. */
  public static final int MAX_BASE_WIDTH = 8192;

  /** Checks each value. */
  public LapganOptions {
    ConfigProblems problems = new ConfigProblems();
    if (levels < 1 || levels > MAX_LEVELS) {
      problems.add("model.levels", "model.levels must be in 1.." + MAX_LEVELS + ", found " + levels);
    }
    if (baseWidth < 1 || baseWidth > MAX_BASE_WIDTH) {
      problems.add("model.base_width",
          "model.base_width must be in 1.." + MAX_BASE_WIDTH + ", found " + baseWidth);
    }
    problems.throwIfAny();
  }

  /**
   * Returns the defaults: three levels, unconditional, 512 hidden units at the base.
   *
   * @return the defaults
   */
  public static LapganOptions defaults() {
    return new LapganOptions(3, false, 512);
  }
}
