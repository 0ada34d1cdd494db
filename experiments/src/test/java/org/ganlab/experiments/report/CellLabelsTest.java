package org.ganlab.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Short cell names of {@link CellLabels}. */
class CellLabelsTest {

  private static Map<String, String> cell(String... keyValues) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put(keyValues[i], keyValues[i + 1]);
    }
    return values;
  }

  @Test
  void onlyKeysThatSeparateCellsAppearAndNumbersCarryTheirKey() {
    List<String> names = CellLabels.of(List.of(
        cell("loss.type", "hinge", "training.lr_g", "1.0E-4", "training.steps", "1500"),
        cell("loss.type", "hinge", "training.lr_g", "2.0E-4", "training.steps", "1500"),
        cell("loss.type", "minimax", "training.lr_g", "1.0E-4", "training.steps", "1500")));

    assertThat(names).containsExactly("hinge lr_g=1e-4", "hinge lr_g=2e-4", "minimax lr_g=1e-4");
  }

  @Test
  void aKeyThatFollowsFromEarlierOnesIsLeftOut() {
    List<String> names = CellLabels.of(List.of(
        cell("model.variant", "vanilla", "data.source", "ring8", "loss.type", "hinge"),
        cell("model.variant", "dcgan", "data.source", "shapes", "loss.type", "hinge"),
        cell("model.variant", "dcgan", "data.source", "shapes", "loss.type", "minimax")));

    assertThat(names).containsExactly("vanilla hinge", "dcgan hinge", "dcgan minimax");
  }

  @Test
  void longNamesCutHyphenatedWordsToInitialsWhenThatKeepsThemUnique() {
    List<String> names = CellLabels.of(List.of(
        cell("loss.type", "non-saturating", "data.source", "shapes-translation"),
        cell("loss.type", "least-squares", "data.source", "shapes-translation"),
        cell("loss.type", "non-saturating", "data.source", "fashion-mnist")));

    assertThat(names).containsExactly("NS ST", "LS ST", "NS FM");
  }

  @Test
  void aSingleCellIsTheBaseConfig() {
    assertThat(CellLabels.of(List.of(cell("loss.type", "hinge")))).containsExactly(Cells.BASE_NAME);
  }

  @Test
  void numbersAreWrittenBriefly() {
    assertThat(CellLabels.compactNumber("1.0E-4")).isEqualTo("1e-4");
    assertThat(CellLabels.compactNumber("0.50")).isEqualTo("0.5");
    assertThat(CellLabels.compactNumber("1500")).isEqualTo("1500");
    assertThat(CellLabels.compactNumber("0.000125")).isEqualTo("1.25e-4");
    assertThat(CellLabels.compactNumber("hinge")).isNull();
    assertThat(CellLabels.initials("wasserstein-gp")).isEqualTo("WGP");
    assertThat(CellLabels.initials("minimax")).isEqualTo("minimax");
  }
}
