package org.ganlab.experiments.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellsTest {

  @Test
  void numbersAreTheSameWhenTheirDoublesHaveTheSameBits() {
    assertThat(Cells.same("0.001", "1.0E-3")).isTrue();
    assertThat(Cells.same("0.6931471805599453", "0.6931471805599453")).isTrue();
    assertThat(Cells.same("NaN", "NaN")).isTrue();
    assertThat(Cells.same("Infinity", "Infinity")).isTrue();
  }

  @Test
  void theSmallestChangeOrASignOfZeroIsADifference() {
    assertThat(Cells.same("1.0", "1.0000000000000002")).isFalse();
    assertThat(Cells.same("0.0", "-0.0")).isFalse();
    assertThat(Cells.same("Infinity", "-Infinity")).isFalse();
  }

  @Test
  void emptyAndAbsentCellsAreOnlyTheSameAsThemselves() {
    assertThat(Cells.same("", "")).isTrue();
    assertThat(Cells.same(null, null)).isTrue();
    assertThat(Cells.same("", "0.0")).isFalse();
    assertThat(Cells.same(null, "")).isFalse();
    assertThat(Cells.same("0.5", null)).isFalse();
  }

  @Test
  void showsEmptyAndAbsentCellsByName() {
    assertThat(Cells.show("")).isEqualTo("(empty)");
    assertThat(Cells.show(null)).isEqualTo("(absent)");
    assertThat(Cells.show("0.25")).isEqualTo("0.25");
  }
}
