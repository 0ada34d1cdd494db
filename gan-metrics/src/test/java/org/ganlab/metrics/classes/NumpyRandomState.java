package org.ganlab.metrics.classes;

/**
 * NumPy's legacy {@code RandomState(seed).permutation(n)} (MT19937, Fisher–Yates from the end with
 * masked rejection sampling), so tests can replay torch-fidelity's shuffled Inception Score.
 */
final class NumpyRandomState {
  private static final int N = 624;
  private static final int M = 397;
  private final int[] state = new int[N];
  private int position = N;

  NumpyRandomState(long seed) {
    state[0] = (int) seed;
    for (int i = 1; i < N; i++) {
      state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
    }
  }

  int[] permutation(int n) {
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = interval(i);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
    return values;
  }

  private int interval(int max) {
    int mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    int value;
    do {
      value = nextInt() & mask;
    } while (value > max);
    return value;
  }

  private int nextInt() {
    if (position >= N) {
      twist();
    }
    int y = state[position++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    return y ^ (y >>> 18);
  }

  private void twist() {
    for (int i = 0; i < N; i++) {
      int y = (state[i] & 0x80000000) | (state[(i + 1) % N] & 0x7fffffff);
      state[i] = state[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
    }
    position = 0;
  }
}
