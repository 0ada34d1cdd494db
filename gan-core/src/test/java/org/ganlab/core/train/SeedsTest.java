package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {

  @Test
  void derivationIsAPureFunctionOfItsInputs() {
    assertThat(Seeds.derive(7, "latent", 3)).isEqualTo(Seeds.derive(7, "latent", 3));
  }

  @Test
  void differentSeedsPurposesAndIndicesGiveDifferentSeeds() {
    Set<Long> seen = new HashSet<>();
    for (long seed = 0; seed < 5; seed++) {
      for (String purpose : new String[] {"latent", "labels", "phase"}) {
        for (long index = 0; index < 50; index++) {
          seen.add(Seeds.derive(seed, purpose, index));
        }
      }
    }
    assertThat(seen).hasSize(5 * 3 * 50);
  }
}
