package org.ganlab.experiments.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ValueComparisonTest {

  private static MetricsTable table(List<String> columns, Object... stepsAndRows) {
    TreeMap<Long, List<String>> rows = new TreeMap<>();
    for (int i = 0; i < stepsAndRows.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> row = (List<String>) stepsAndRows[i + 1];
      rows.put(((Integer) stepsAndRows[i]).longValue(), row);
    }
    return new MetricsTable(columns, rows);
  }

  @Test
  void equalTablesHaveNoDifferenceAndCountEveryCell() {
    MetricsTable a = table(List.of("d_loss", "fid"), 1, List.of("0.5", ""), 2, List.of("0.25", "3.0"));
    MetricsTable b = table(List.of("d_loss", "fid"), 1, List.of("5.0E-1", ""), 2, List.of("0.25", "3"));

    Differences differences = ValueComparison.metrics(a, b);

    assertThat(differences.compared()).isEqualTo(4);
    assertThat(differences.none()).isTrue();
    assertThat(differences.first()).isNull();
  }

  @Test
  void firstDifferenceIsTheLowestStepThenTheOriginalsColumnOrder() {
    MetricsTable a = table(List.of("d_loss", "g_loss"),
        1, List.of("0.5", "0.7"), 2, List.of("0.4", "0.8"), 3, List.of("0.3", "0.9"));
    MetricsTable b = table(List.of("d_loss", "g_loss"),
        1, List.of("0.5", "0.7"), 2, List.of("0.4", "0.81"), 3, List.of("0.31", "0.91"));

    Differences differences = ValueComparison.metrics(a, b);

    assertThat(differences.differing()).isEqualTo(3);
    assertThat(differences.compared()).isEqualTo(6);
    assertThat(differences.first()).isEqualTo(new CellDifference("step 2", "g_loss", "0.8", "0.81"));
    assertThat(differences.first().describe())
        .isEqualTo("step 2, column g_loss: original 0.8, reproduced 0.81");
  }

  @Test
  void cellsOnlyOneSideHasDifferButRowsAfterTheOriginalsEndAreIgnored() {
    MetricsTable a = table(List.of("d_loss"), 1, List.of("0.5"), 2, List.of("NaN"));
    MetricsTable b = table(List.of("d_loss", "extra"),
        1, List.of("0.5", "1.0"), 5, List.of("0.1", "2.0"));

    Differences differences = ValueComparison.metrics(a, b);

    assertThat(differences.compared()).isEqualTo(4);
    assertThat(differences.differing()).isEqualTo(2);
    assertThat(differences.first()).isEqualTo(new CellDifference("step 1", "extra", null, "1.0"));
  }

  @Test
  void finalMetricsDifferWhenAValueOrANameDiffers() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("fid", "12.5");
    a.put("kid", "0.01");
    Map<String, String> b = new LinkedHashMap<>();
    b.put("fid", "12.5");
    b.put("is", "3.0");

    Differences differences = ValueComparison.finals(a, b);

    assertThat(differences.compared()).isEqualTo(3);
    assertThat(differences.differing()).isEqualTo(2);
    assertThat(differences.first().describe())
        .isEqualTo("final.json, metric kid: original 0.01, reproduced (absent)");
  }
}
