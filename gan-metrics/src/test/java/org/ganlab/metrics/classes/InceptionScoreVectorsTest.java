package org.ganlab.metrics.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.core.testing.MetricVectors;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InceptionScoreVectorsTest {
  private static final Map<String, Supplier<double[][]>> LITERAL_PROBABILITIES = Map.of(
      "ones((100,10))/10", InceptionScoreVectorsTest::uniform,
      "eye(10)[arange(1000) % 10]", InceptionScoreVectorsTest::oneHotBalanced);

  static Stream<Named<JsonNode>> cases() {
    List<JsonNode> cases = MetricVectors.cases("inception_score");
    assertThat(cases).isNotEmpty();
    return cases.stream().map(c -> Named.of(c.get("name").asText(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesKnownAnswers(JsonNode testCase) {
    JsonNode inputs = testCase.get("inputs");
    JsonNode expected = testCase.get("expected");
    if (inputs.has("logits")) {
      double[][] logits = MetricVectors.readDoubles(inputs.get("logits").asText());
      check(InceptionScore.fromLogits(logits), expected.get("openai_contiguous"), testCase);
      int[] order = new NumpyRandomState(2020).permutation(logits.length);
      double[][] shuffled = Arrays.stream(order).mapToObj(i -> logits[i]).toArray(double[][]::new);
      check(InceptionScore.fromLogits(shuffled), expected.get("torch_fidelity_shuffled_2020"), testCase);
    } else {
      String literal = inputs.get("probs").asText();
      assertThat(LITERAL_PROBABILITIES).containsKey(literal);
      check(InceptionScore.fromProbabilities(LITERAL_PROBABILITIES.get(literal).get()), expected,
          testCase);
    }
  }

  private static void check(InceptionScoreResult result, JsonNode expected, JsonNode testCase) {
    JsonNode tolerance = testCase.get("tolerance");
    assertThat(result.mean()).isCloseTo(expected.get("is_mean").asDouble(),
        within(allowed(tolerance, expected.get("is_mean").asDouble())));
    assertThat(result.std()).isCloseTo(expected.get("is_std").asDouble(),
        within(allowed(tolerance, expected.get("is_std").asDouble())));
    JsonNode perSplit = expected.get("per_split");
    assertThat(result.perSplit()).hasSize(perSplit.size());
    for (int i = 0; i < perSplit.size(); i++) {
      double value = perSplit.get(i).asDouble();
      assertThat(result.perSplit()[i]).as("split %d", i)
          .isCloseTo(value, within(allowed(tolerance, value)));
    }
  }

  static double allowed(JsonNode tolerance, double expected) {
    return tolerance.path("atol").asDouble(0) + tolerance.path("rtol").asDouble(0) * Math.abs(expected);
  }

  private static double[][] uniform() {
    double[][] p = new double[100][10];
    for (double[] row : p) {
      Arrays.fill(row, 0.1);
    }
    return p;
  }

  private static double[][] oneHotBalanced() {
    double[][] p = new double[1000][10];
    for (int i = 0; i < p.length; i++) {
      p[i][i % 10] = 1;
    }
    return p;
  }
}
