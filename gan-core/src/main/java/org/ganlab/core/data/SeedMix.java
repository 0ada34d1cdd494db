package org.ganlab.core.data;

/**
 * Derives independent seeds from a run seed, a purpose (stream) and an index, so every batch, epoch
 * permutation and held-out set has its own seed without any RNG state being carried between calls.
 */
final class SeedMix {
  /** Stream of generated training batches. */
  static final long TRAIN = 0x7452_4149_4E00_0001L;
  /** Stream of generated held-out samples, disjoint from {@link #TRAIN}. */
  static final long HELD_OUT = 0x4845_4C44_4F55_0002L;
  /** Stream of the input batches of generated translation sources, disjoint from {@link #TRAIN}. */
  static final long INPUTS = 0x494E_5055_5453_0004L;
  /** Salt of the input domain A of a two-domain view. */
  static final long DOMAIN_A = 0x444F_4D41_494E_0041L;
  /** Salt of the target domain B of a two-domain view. */
  static final long DOMAIN_B = 0x444F_4D41_494E_0042L;
  /** Stream of the fixed training sets of generated sources, drawn once per run. */
  static final long TRAIN_SET = 0x5345_5400_0000_0005L;
  /** Stream of per-epoch permutations of finite sets. */
  static final long EPOCH = 0x4550_4F43_4800_0003L;

  private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

  private SeedMix() {}

  /**
   * Returns the seed of generated held-out sets. It does not depend on the run seed, so runs with
   * different seeds are measured against the same reference samples.
   *
   * @return the held-out seed
   */
  static long heldOut() {
    return derive(0, HELD_OUT, 0);
  }

  /**
   * Returns the seed of item {@code index} of stream {@code stream}.
   *
   * @param seed the run seed
   * @param stream one of the stream constants
   * @param index batch or epoch index
   * @return a well-mixed 64-bit seed
   */
  static long derive(long seed, long stream, long index) {
    return finish(finish(seed ^ stream) ^ (GOLDEN * (index + 1)));
  }

  /** SplitMix64's finaliser: a bijective avalanche of all 64 bits. */
  private static long finish(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }
}
