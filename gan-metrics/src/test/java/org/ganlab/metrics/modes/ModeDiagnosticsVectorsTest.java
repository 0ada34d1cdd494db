package org.ganlab.metrics.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.ganlab.core.testing.MetricVectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModeDiagnosticsVectorsTest {

  static Stream<JsonNode> cases() {
    return MetricVectors.cases("mode_collapse_ring", "mode_collapse_grid").stream()
        .filter(c -> c.get("inputs").has("samples"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesKnownAnswers(JsonNode testCase) {
    float[] points = MetricVectors.readFloats(testCase.get("inputs").get("samples").asText());
    JsonNode params = testCase.get("params");
    double[][] centres = new double[params.get("centers").size()][];
    for (int k = 0; k < centres.length; k++) {
      JsonNode c = params.get("centers").get(k);
      centres[k] = new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
    }
    JsonNode expected = testCase.get("expected");

    ModeReport report = ModeDiagnostics.measure(points, centres, params.get("std").asDouble(), 1);

    int[] counts = new int[expected.get("counts_per_mode").size()];
    for (int k = 0; k < counts.length; k++) {
      counts[k] = expected.get("counts_per_mode").get(k).asInt();
    }
    assertThat(report.countsPerMode()).containsExactly(counts);
    assertThat(report.modesCovered()).isEqualTo(expected.get("modes_covered").asInt());
    assertThat(report.highQualityCount()).isEqualTo(expected.get("hq_count").asInt());
    assertThat(report.highQualityFraction()).isEqualTo(expected.get("hq_fraction").asDouble());
    double kl = expected.get("hq_kl_to_uniform").asDouble();
    double jsd = expected.get("hq_jsd_to_uniform").asDouble();
    assertThat(report.klToUniform()).isCloseTo(kl, within(1e-12 * kl));
    assertThat(report.jsdToUniform()).isCloseTo(jsd, within(1e-12 * jsd));
    assertThat(ModeDiagnostics.measure(points, centres, params.get("std").asDouble(), 5)
        .modesCovered()).isEqualTo(expected.get("modes_covered_min_count_5").asInt());
  }
}
