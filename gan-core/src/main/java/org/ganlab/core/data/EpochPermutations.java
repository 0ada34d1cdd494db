package org.ganlab.core.data;

import java.util.SplittableRandom;

/**
 * Maps positions of an endless training stream to sample indices: the stream is epoch 0's permutation
 * of {@code 0..count-1}, then epoch 1's, and so on, each a Fisher–Yates shuffle seeded from (seed,
 * epoch). Random access: the answer for a position never depends on earlier calls; the latest epoch's
 * permutation is cached only for speed.
 */
final class EpochPermutations {
  private final int count;
  private final long seed;
  private volatile Epoch cached;

  private record Epoch(long index, int[] order) {}

  /**
   * Creates the mapping.
   *
   * @param count number of samples per epoch (at least 1)
   * @param seed the run seed
   */
  EpochPermutations(int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("an epoch needs at least one sample");
    }
    this.count = count;
    this.seed = seed;
  }

  /**
   * Returns the sample at a stream position.
   *
   * @param position global position (0, 1, 2, ...)
   * @return sample index in {@code 0..count-1}
   */
  int sampleAt(long position) {
    long epoch = position / count;
    Epoch current = cached;
    if (current == null || current.index() != epoch) {
      current = new Epoch(epoch, shuffle(epoch));
      cached = current;
    }
    return current.order()[(int) (position % count)];
  }

  private int[] shuffle(long epoch) {
    SplittableRandom random = new SplittableRandom(SeedMix.derive(seed, SeedMix.EPOCH, epoch));
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }
}
