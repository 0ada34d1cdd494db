package org.ganlab.metrics.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ganlab.core.testing.MetricVectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Improved precision/recall and PRDC against the vectors, one row per expected result. */
class NeighbourhoodVectorsTest {
  private static final Pattern TIES_KEY = Pattern.compile("(improved_pr|prdc)_k(\\d+)_(le|lt)");

  static Stream<Arguments> cases() {
    List<Arguments> rows = new ArrayList<>();
    for (JsonNode c : MetricVectors.cases("improved_precision_recall", "prdc", "pr_and_prdc")) {
      double atol = c.get("tolerance").get("atol").asDouble();
      if (c.get("metric").asText().equals("pr_and_prdc")) {
        c.get("expected").fields().forEachRemaining(e -> rows.add(tiesRow(c, e.getKey(),
            e.getValue(), atol)));
      } else {
        boolean prdc = c.get("metric").asText().equals("prdc");
        rows.add(Arguments.of(c.get("name").asText(), c.get("inputs"), prdc,
            c.get("params").get("k").asInt(), c.get("expected"), atol));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesKnownAnswers(
      String name, JsonNode inputs, boolean prdc, int k, JsonNode expected, double atol) {
    double[][] real = MetricVectors.readDoubles(inputs.get("real").asText());
    double[][] fake = MetricVectors.readDoubles(inputs.get("fake").asText());
    if (prdc) {
      DensityCoverageResult result = DensityCoverage.compute(real, fake, k);
      assertThat(result.precision()).isCloseTo(expected.get("precision").asDouble(), within(atol));
      assertThat(result.recall()).isCloseTo(expected.get("recall").asDouble(), within(atol));
      assertThat(result.density()).isCloseTo(expected.get("density").asDouble(), within(atol));
      assertThat(result.coverage()).isCloseTo(expected.get("coverage").asDouble(), within(atol));
    } else {
      PrecisionRecallResult result = PrecisionRecall.compute(real, fake, k);
      assertThat(result.precision()).isCloseTo(expected.get("precision").asDouble(), within(atol));
      assertThat(result.recall()).isCloseTo(expected.get("recall").asDouble(), within(atol));
    }
  }

  private static Arguments tiesRow(JsonNode c, String key, JsonNode expected, double atol) {
    Matcher m = TIES_KEY.matcher(key);
    assertThat(m.matches()).as("expected key %s of %s", key, c.get("name")).isTrue();
    boolean prdc = m.group(1).equals("prdc");
    assertThat(m.group(3)).as("comparison of %s", key).isEqualTo(prdc ? "lt" : "le");
    return Arguments.of(c.get("name").asText() + "/" + key, c.get("inputs"), prdc,
        Integer.parseInt(m.group(2)), expected, atol);
  }
}
