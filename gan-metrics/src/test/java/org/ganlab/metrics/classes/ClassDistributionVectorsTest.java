package org.ganlab.metrics.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.core.testing.MetricVectors;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClassDistributionVectorsTest {

  static Stream<Named<JsonNode>> cases() {
    List<JsonNode> cases = MetricVectors.cases("class_distribution");
    assertThat(cases).isNotEmpty();
    return cases.stream().map(c -> Named.of(c.get("name").asText(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesKnownAnswers(JsonNode testCase) {
    JsonNode params = testCase.get("params");
    JsonNode expected = testCase.get("expected");
    int[] labels = MetricVectors.readInts(testCase.get("inputs").get("labels").asText());

    ClassDistribution distribution = ClassDistribution.of(labels, params.get("num_classes").asInt());

    assertThat(distribution.sampleCount()).isEqualTo(expected.get("n_samples").asInt());
    assertThat(distribution.numClasses()).isEqualTo(expected.get("num_classes").asInt());
    assertThat(distribution.classesCovered(params.get("min_count").asInt()))
        .isEqualTo(expected.get("classes_covered").asInt());
    double kl = expected.get("kl_to_reference").asDouble();
    double rtol = testCase.get("tolerance").get("kl_rtol").asDouble();
    assertThat(distribution.klToUniform()).isCloseTo(kl, within(rtol * kl));
    if (expected.has("counts")) {
      int[] counts = new int[expected.get("counts").size()];
      for (int k = 0; k < counts.length; k++) {
        counts[k] = expected.get("counts").get(k).asInt();
      }
      assertThat(distribution.counts()).containsExactly(counts);
    }
  }
}
