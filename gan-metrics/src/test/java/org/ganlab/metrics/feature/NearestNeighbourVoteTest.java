package org.ganlab.metrics.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ganlab.metrics.feature.internal.NearestNeighbourVote;
import org.junit.jupiter.api.Test;

/** The k-NN vote on five 1-D training points, each prediction worked out by hand. */
class NearestNeighbourVoteTest {
  /** Training points 0, 1, 2, 10, 11; 1 and 2 are positive. */
  private static final double[][] TRAIN = {{0}, {1}, {2}, {10}, {11}};
  private static final boolean[] POSITIVE = {false, true, true, false, false};
  private static final double[][] QUERIES = {{0.4}, {1.6}, {10.6}, {0.5}};

  @Test
  void oneNeighbourTakesTheLabelOfTheNearestPointAndBreaksATieByTheLowerRow() {
    // 0.4 → 0 (neg); 1.6 → 2 (pos); 10.6 → 11 (neg); 0.5 is 0.5 from both 0 and 1 → row 0 (neg).
    assertThat(NearestNeighbourVote.predict(TRAIN, POSITIVE, QUERIES, 1))
        .containsExactly(false, true, false, false);
  }

  @Test
  void threeNeighboursVoteByMajority() {
    // 0.4 → {0, 1, 2}: 2 of 3 pos; 1.6 → {2, 1, 0}: 2 pos; 10.6 → {11, 10, 2}: 1 pos;
    // 0.5 → {0, 1, 2}: 2 pos.
    assertThat(NearestNeighbourVote.predict(TRAIN, POSITIVE, QUERIES, 3))
        .containsExactly(true, true, false, true);
  }

  @Test
  void allFiveNeighboursGiveTheOverallMajority() {
    assertThat(NearestNeighbourVote.predict(TRAIN, POSITIVE, QUERIES, 5))
        .containsExactly(false, false, false, false);
  }

  @Test
  void refusesAnEvenOrTooLargeK() {
    assertThatThrownBy(() -> NearestNeighbourVote.predict(TRAIN, POSITIVE, QUERIES, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be odd and in [1, 5], found 2");
    assertThatThrownBy(() -> NearestNeighbourVote.predict(TRAIN, POSITIVE, QUERIES, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be odd and in [1, 5], found 7");
  }
}
