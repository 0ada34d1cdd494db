package org.ganlab.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellRankingTest {

  private static CellValues cell(String name, double... values) {
    return new CellValues(name, values);
  }

  @Test
  void ranksLowerIsBetterAndFlagsCellsTiedWithTheBest() {
    // Welch against a (mean 10.1): b p = 0.35478751, c p = 0.00016986 (known_answers.py).
    // Holm over the 2 tests: c -> 2 * 0.00016986 = 0.00033972, b -> max(0.00033972, 0.35478751).
    List<RankedCell> ranking = CellRanking.rank(List.of(
        cell("c", 14.0, 14.5, 13.8),
        cell("b", 10.3, 10.9, 10.1),
        cell("a", 10.0, 10.5, 9.8)), false);

    assertThat(ranking).extracting(RankedCell::name).containsExactly("a", "b", "c");
    assertThat(ranking).extracting(RankedCell::rank).containsExactly(1, 2, 3);
    assertThat(ranking).extracting(RankedCell::tiedWithBest).containsExactly(true, true, false);
    assertThat(ranking.get(0).adjustedP()).isNaN();
    assertThat(ranking.get(0).mean()).isCloseTo(10.1, within(1e-12));
    assertThat(ranking.get(1).adjustedP()).isCloseTo(0.3547875104981951, within(1e-9));
    assertThat(ranking.get(2).adjustedP()).isCloseTo(2 * 0.00016986079906739134, within(1e-10));
  }

  @Test
  void higherIsBetterReversesTheOrder() {
    List<RankedCell> ranking = CellRanking.rank(List.of(
        cell("a", 10.0, 10.5, 9.8),
        cell("b", 10.3, 10.9, 10.1),
        cell("c", 14.0, 14.5, 13.8)), true);

    assertThat(ranking).extracting(RankedCell::name).containsExactly("c", "b", "a");
    assertThat(ranking).extracting(RankedCell::tiedWithBest).containsExactly(true, false, false);
  }

  @Test
  void holmCorrectionCanTurnRawSignificanceIntoATie() {
    // Raw Welch p against a: b 0.030286154, c 0.033797788, both < 0.05; Holm: b -> 2 * 0.030286154
    // = 0.060572308, c -> max(0.060572308, 0.033797788): both ≥ 0.05, so both are tied with a.
    List<RankedCell> ranking = CellRanking.rank(List.of(
        cell("a", 1, 2, 3, 4),
        cell("b", 3, 5, 7, 9, 11),
        cell("c", 3.5, 4.5, 5.5, 6.5)), false);

    assertThat(ranking).extracting(RankedCell::name).containsExactly("a", "c", "b");
    assertThat(ranking.get(1).adjustedP()).isCloseTo(0.060572307874068574, within(1e-9));
    assertThat(ranking.get(2).adjustedP()).isCloseTo(0.060572307874068574, within(1e-9));
    assertThat(ranking).extracting(RankedCell::tiedWithBest).containsOnly(true);

    List<RankedCell> looser = CellRanking.rank(List.of(
        cell("a", 1, 2, 3, 4),
        cell("b", 3, 5, 7, 9, 11),
        cell("c", 3.5, 4.5, 5.5, 6.5)), false, 0.1);
    assertThat(looser).extracting(RankedCell::tiedWithBest).containsExactly(true, false, false);
  }

  @Test
  void untestableCellsAreTiedAndEmptyCellsComeLast() {
    List<RankedCell> ranking = CellRanking.rank(List.of(
        cell("diverged"),
        cell("single", 30.0),
        cell("worse", 14.0, 14.5, 13.8),
        cell("best", 10.0, 10.5, 9.8)), false);

    assertThat(ranking).extracting(RankedCell::name)
        .containsExactly("best", "worse", "single", "diverged");
    assertThat(ranking).extracting(RankedCell::n).containsExactly(3, 3, 1, 0);
    assertThat(ranking).extracting(RankedCell::tiedWithBest)
        .containsExactly(true, false, true, false);
    // Only "worse" was tested, so its family has one member and its p is not adjusted.
    assertThat(ranking.get(1).adjustedP()).isCloseTo(0.00016986079906739134, within(1e-10));
    assertThat(ranking.get(2).adjustedP()).isNaN();
    assertThat(ranking.get(3).mean()).isNaN();
  }

  @Test
  void aBestCellWithOneValueLeavesEveryoneTied() {
    List<RankedCell> ranking = CellRanking.rank(List.of(
        cell("a", 10.0, 10.5, 9.8),
        cell("lucky", 2.0)), false);

    assertThat(ranking).extracting(RankedCell::name).containsExactly("lucky", "a");
    assertThat(ranking).extracting(RankedCell::tiedWithBest).containsOnly(true);
  }

  @Test
  void equalMeansKeepTheInputOrder() {
    List<RankedCell> ranking = CellRanking.rank(List.of(
        cell("first", 1, 3),
        cell("second", 2, 2),
        cell("third", 0, 4)), true);

    assertThat(ranking).extracting(RankedCell::name).containsExactly("first", "second", "third");
    assertThat(ranking).extracting(RankedCell::tiedWithBest).containsOnly(true);
  }

  @Test
  void rejectsDuplicateNamesBadAlphaAndNonFiniteValues() {
    assertThatThrownBy(() -> CellRanking.rank(List.of(cell("a", 1), cell("a", 2)), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' twice");
    assertThatThrownBy(() -> CellRanking.rank(List.of(cell("a", 1)), true, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alpha");
    assertThatThrownBy(() -> cell("a", 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cell 'a' values[1]");
  }
}
