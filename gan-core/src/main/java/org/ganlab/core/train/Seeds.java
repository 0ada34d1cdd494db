package org.ganlab.core.train;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent seeds from the run seed, a purpose and an index, so that every random draw of a
 * run (latent noise of step 17, the interpolation weights of step 17, a network's initial weights) is a
 * pure function of the run seed. A resumed run therefore draws exactly what an uninterrupted one would.
 * Mixing is SplitMix64's finaliser (Steele et al. 2014), applied to each input in turn.
 */
public final class Seeds {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /**
   * Derives a seed.
   *
   * @param runSeed the run seed
   * @param purpose what the seed is for, e.g. {@code latent} (distinct purposes give independent seeds)
   * @param index e.g. the step
   * @return the derived seed
   */
  public static long derive(long runSeed, String purpose, long index) {
    long h = mix(runSeed + GOLDEN);
    for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
      h = mix(h ^ (b & 0xFF) + GOLDEN);
    }
    return mix(h ^ mix(index + GOLDEN));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
