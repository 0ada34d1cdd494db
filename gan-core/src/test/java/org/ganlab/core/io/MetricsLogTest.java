package org.ganlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsLogTest {

  @Test
  void writesFixedColumnsWithEmptyCellsAndReloadsUpToAStep(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("metrics.csv");
    MetricsLog log = new MetricsLog(file, List.of("d_loss", "g_loss", "modes_covered"));
    log.record(1, Map.of("d_loss", 1.25, "g_loss", 0.5));
    log.record(2, Map.of("d_loss", 1.0, "g_loss", 0.75));
    log.record(2, Map.of("modes_covered", 8.0));
    log.flush();
    assertThat(Files.readAllLines(file)).containsExactly(
        "step,d_loss,g_loss,modes_covered", "1,1.25,0.5,", "2,1.0,0.75,8.0");

    MetricsLog resumed = new MetricsLog(file, List.of("d_loss", "g_loss", "modes_covered"));
    resumed.reload(1);
    resumed.record(2, Map.of("d_loss", 9.0, "g_loss", 9.0));
    resumed.flush();
    assertThat(Files.readAllLines(file)).containsExactly(
        "step,d_loss,g_loss,modes_covered", "1,1.25,0.5,", "2,9.0,9.0,");
  }
}
