package org.ganlab.experiments.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTableTest {

  @Test
  void readsTheHeaderAndEveryRowWithEmptyCells(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("metrics.csv");
    Files.writeString(file, "step,d_loss,fid\n1,0.5,\n10,0.25,3.5\n");

    MetricsTable table = MetricsTable.read(file);

    assertThat(table.columns()).containsExactly("d_loss", "fid");
    assertThat(table.rows().keySet()).containsExactly(1L, 10L);
    assertThat(table.cell(1, "fid")).isEmpty();
    assertThat(table.cell(10, "fid")).isEqualTo("3.5");
    assertThat(table.cell(2, "fid")).isNull();
    assertThat(table.cell(1, "kid")).isNull();
    assertThat(table.lastStep()).isEqualTo(10);
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsRejectedNamingItsLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("metrics.csv");
    Files.write(file, List.of("step,d_loss,fid", "1,0.5,", "2,0.5"));

    assertThatThrownBy(() -> MetricsTable.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3 has 2 cells, the header has 3");
  }

  @Test
  void aFileWithoutTheStepHeaderIsNotAMetricsLog(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("metrics.csv");
    Files.writeString(file, "a,b\n1,2\n");

    assertThatThrownBy(() -> MetricsTable.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a metrics log");
  }
}
