package org.ganlab.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ganlab.core.config.ConfigException;
import org.junit.jupiter.api.Test;

class GridExpansionTest {

  private static List<String> describe(String yaml) throws Exception {
    return GridExpansion.points(SweepSpecReaderTest.read(yaml)).stream().map(SweepPoint::describe).toList();
  }

  @Test
  void gridIsTheCartesianProductTimesSeedsFirstKeyOutermost() throws Exception {
    List<String> points = describe("grid: {loss.type: [minimax, non-saturating, hinge, wasserstein-gp],"
        + " training.lr_g: [1e-4, 2e-4]}\nseeds: [1, 2, 3]\n");

    assertThat(points).hasSize(24);
    assertThat(points.subList(0, 4)).containsExactly(
        "loss.type=minimax training.lr_g=1.0E-4 seed=1",
        "loss.type=minimax training.lr_g=1.0E-4 seed=2",
        "loss.type=minimax training.lr_g=1.0E-4 seed=3",
        "loss.type=minimax training.lr_g=2.0E-4 seed=1");
    assertThat(points.get(23)).isEqualTo("loss.type=wasserstein-gp training.lr_g=2.0E-4 seed=3");
  }

  @Test
  void excludeDropsGridPointsMatchingAllItsKeysComparingNumbersByValue() throws Exception {
    List<String> points = describe("grid: {loss.type: [minimax, hinge], training.lr_g: [1e-4, 2e-4]}\n"
        + "exclude: [{loss.type: minimax, training.lr_g: 0.0001}, {loss.type: wasserstein}]\n");

    assertThat(points).containsExactly("loss.type=minimax training.lr_g=2.0E-4",
        "loss.type=hinge training.lr_g=1.0E-4", "loss.type=hinge training.lr_g=2.0E-4");
  }

  @Test
  void includeAddsPointsAfterTheGridAlsoTimesSeeds() throws Exception {
    List<String> points = describe("grid: {loss.type: [hinge]}\nseeds: [7, 8]\n"
        + "include: [{model.variant: dcgan, data.source: shapes, loss.type: hinge}]\n"
        + "exclude: [{loss.type: hinge}]\n");

    assertThat(points).containsExactly(
        "model.variant=dcgan data.source=shapes loss.type=hinge seed=7",
        "model.variant=dcgan data.source=shapes loss.type=hinge seed=8");
  }

  @Test
  void anIncludeEntryWithItsOwnSeedIsOneRun() throws Exception {
    List<String> points = describe("grid: {loss.type: [hinge]}\nseeds: [7, 8, 9]\n"
        + "include: [{model.variant: dcgan, seed: 1}, {model.variant: dcgan, seed: 2}]\n");

    assertThat(points).containsExactly("loss.type=hinge seed=7", "loss.type=hinge seed=8",
        "loss.type=hinge seed=9", "model.variant=dcgan seed=1", "model.variant=dcgan seed=2");
  }

  @Test
  void withoutAGridThePointsAreTheIncludesOrTheBaseAlone() throws Exception {
    assertThat(describe("include: [{loss.type: hinge}, {loss.type: minimax}]\n"))
        .containsExactly("loss.type=hinge", "loss.type=minimax");
    assertThat(describe("seeds: [1, 2]\n")).containsExactly("seed=1", "seed=2");
    assertThat(describe("{}")).containsExactly("(base config)");
  }

  @Test
  void excludingEveryPointIsAnError() {
    assertThatThrownBy(() -> describe("grid: {loss.type: [hinge]}\nexclude: [{loss.type: hinge}]\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("removes every grid point");
  }
}
