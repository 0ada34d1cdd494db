package org.ganlab.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TrainingLog} reading {@code metrics.csv} and {@link SeedCurve} aggregating seeds. */
class TrainingLogTest {
  @TempDir Path dir;

  @Test
  void readsColumnsAndLeavesEmptyCellsOut() throws Exception {
    Path file = Files.writeString(dir.resolve("metrics.csv"),
        "step,d_loss,fid\n10,1.5,\n20,NaN,30.5\n");

    TrainingLog log = TrainingLog.read(file);

    assertThat(log.columns()).containsExactly("d_loss", "fid");
    assertThat(log.series("fid")).containsExactly(Map.entry(20L, 30.5));
    assertThat(log.series("d_loss")).containsKeys(10L, 20L);
    assertThat(log.series("d_loss").get(20L)).isNaN();
    assertThat(log.series("nope")).isEmpty();
    assertThat(TrainingLog.read(dir.resolve("missing.csv")).columns()).isEmpty();
  }

  @Test
  void aRowOfTheWrongLengthIsAnError() throws Exception {
    Path file = Files.writeString(dir.resolve("metrics.csv"), "step,d_loss\n10,1.5,2\n");

    assertThatThrownBy(() -> TrainingLog.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2 has 3 cells, expected 2");
  }

  @Test
  void seedCurveTakesMeanMinAndMaxOfTheFiniteValuesAtEachStep() {
    SeedCurve curve = SeedCurve.of(List.of(
        new TreeMap<>(Map.of(10L, 1.0, 20L, 4.0)),
        new TreeMap<>(Map.of(10L, 3.0, 20L, Double.NaN, 30L, 5.0))));

    assertThat(curve.steps()).containsExactly(10, 20, 30);
    assertThat(curve.mean()).containsExactly(2, 4, 5);
    assertThat(curve.min()).containsExactly(1, 4, 5);
    assertThat(curve.max()).containsExactly(3, 4, 5);
    assertThat(SeedCurve.of(List.of()).isEmpty()).isTrue();
  }
}
