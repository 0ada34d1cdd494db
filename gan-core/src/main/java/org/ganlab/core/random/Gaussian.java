package org.ganlab.core.random;

import java.util.SplittableRandom;

/**
 * Standard normal draws by the Box–Muller transform from a {@link SplittableRandom}: a fixed, documented
 * algorithm, so the same seed gives the same noise on every JVM and engine. It uses {@link StrictMath}:
 * {@code Math.log/sin/cos} may return different last bits once the JIT compiles them into intrinsics,
 * which made two runs of one config drift apart after a few hundred steps. For the same reason nothing
 * seeded may call {@code RandomGenerator.nextGaussian()}: its ziggurat tail uses {@code Math.log/exp}, so a
 * run resumed in a fresh JVM drew different data points from the uninterrupted run.
 */
public final class Gaussian {

  private Gaussian() {}

  /**
   * Fills a new array with N(mean, std²) draws.
   *
   * @param random the seeded source
   * @param count how many values
   * @param mean the mean
   * @param std the standard deviation
   * @return the draws
   */
  public static float[] sample(SplittableRandom random, int count, double mean, double std) {
    float[] values = new float[count];
    for (int i = 0; i < count; i += 2) {
      double u1 = 1.0 - random.nextDouble();
      double u2 = random.nextDouble();
      double r = Math.sqrt(-2.0 * StrictMath.log(u1));
      values[i] = (float) (mean + std * r * StrictMath.cos(2 * Math.PI * u2));
      if (i + 1 < count) {
        values[i + 1] = (float) (mean + std * r * StrictMath.sin(2 * Math.PI * u2));
      }
    }
    return values;
  }
}
