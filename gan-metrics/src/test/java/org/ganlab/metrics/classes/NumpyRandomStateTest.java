package org.ganlab.metrics.classes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumpyRandomStateTest {

  @Test
  void replaysNumpyPermutations() {
    // numpy: np.random.RandomState(2020).permutation(n)[:10]
    assertThat(new NumpyRandomState(2020).permutation(1003))
        .startsWith(993, 467, 135, 204, 760, 775, 347, 84, 226, 318);
    assertThat(new NumpyRandomState(2020).permutation(1000))
        .startsWith(725, 986, 815, 656, 469, 76, 668, 286, 904, 284);
  }
}
