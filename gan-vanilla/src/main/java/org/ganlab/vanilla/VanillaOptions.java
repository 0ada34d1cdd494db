package org.ganlab.vanilla;

/**
 * The {@code model:} keys only the vanilla variant understands.
 *
 * @param depth hidden layers in each of G and D
 */
public record VanillaOptions(int depth) {

  /** Checks the range. */
  public VanillaOptions {
    if (depth < 1 || depth > 16) {
      throw new org.ganlab.core.config.ConfigException(
          "model.depth", "model.depth must be in 1..16, found " + depth);
    }
  }

  /**
   * Returns the defaults.
   *
   * @return three hidden layers
   */
  public static VanillaOptions defaults() {
    return new VanillaOptions(3);
  }
}
