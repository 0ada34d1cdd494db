package org.ganlab.metrics.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.ganlab.core.testing.MetricVectors;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KernelInceptionDistanceVectorsTest {

  static Stream<Named<JsonNode>> cases() {
    return MetricVectors.cases("kid", "kid_mmd2_unbiased_full_sets", "fid").stream()
        .filter(c -> !c.get("metric").asText().equals("fid")
            || c.get("expected").has("kid_mmd2_unbiased"))
        .map(c -> Named.of(c.get("name").asText(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesKnownAnswers(JsonNode testCase) {
    JsonNode inputs = testCase.get("inputs");
    JsonNode expected = testCase.get("expected");
    JsonNode tolerance = testCase.get("tolerance");
    if (testCase.get("metric").asText().equals("kid")) {
      KidResult kid = KernelInceptionDistance.subsets(
          MetricVectors.readDoubles(inputs.get("input2_real").asText()),
          MetricVectors.readDoubles(inputs.get("input1_fake").asText()),
          SubsetIndices.indices(inputs.get("idx_input2").asText()),
          SubsetIndices.indices(inputs.get("idx_input1").asText()));
      assertClose(kid.mean(), expected.get("kid_mean"), tolerance);
      assertClose(kid.std(), expected.get("kid_std"), tolerance);
      assertThat(kid.perSubset()).hasSize(testCase.get("params").get("num_subsets").asInt());
      for (int s = 0; s < expected.path("per_subset").size(); s++) {
        assertClose(kid.perSubset()[s], expected.get("per_subset").get(s), tolerance);
      }
    } else {
      double mmd2 = KernelInceptionDistance.mmd2(MetricVectors.readDoubles(inputs.get("real").asText()),
          MetricVectors.readDoubles(inputs.get("fake").asText()));
      JsonNode value = expected.has("mmd2_unbiased")
          ? expected.get("mmd2_unbiased") : expected.get("kid_mmd2_unbiased");
      assertClose(mmd2, value, tolerance);
    }
  }

  private static void assertClose(double actual, JsonNode expected, JsonNode tolerance) {
    double value = expected.asDouble();
    assertThat(actual).isCloseTo(value,
        within(FrechetDistanceVectorsTest.allowed(tolerance, value)));
  }
}
