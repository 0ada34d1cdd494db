package org.ganlab.metrics.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ganlab.core.testing.MetricVectors;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FrechetDistanceVectorsTest {
  private static final Pattern LITERAL =
      Pattern.compile("(zeros|ones)\\((\\d+)\\) (eye)\\((\\d+)\\)");

  static Stream<Named<JsonNode>> cases() {
    return MetricVectors.cases("fid", "fid_from_statistics").stream()
        .map(c -> Named.of(c.get("name").asText(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesExactFid(JsonNode testCase) {
    double value;
    double expected;
    if (testCase.get("metric").asText().equals("fid_from_statistics")) {
      JsonNode inputs = testCase.get("inputs");
      value = FrechetDistance.between(
          literalStatistics(inputs.get("mu1").asText(), inputs.get("sigma1").asText()),
          literalStatistics(inputs.get("mu2").asText(), inputs.get("sigma2").asText()));
      expected = testCase.get("expected").get("fid").asDouble();
    } else {
      JsonNode inputs = testCase.get("inputs");
      value = FrechetDistance.of(MetricVectors.readDoubles(inputs.get("real").asText()),
          MetricVectors.readDoubles(inputs.get("fake").asText()));
      expected = testCase.get("expected").get("fid_exact").asDouble();
    }
    assertThat(value).isCloseTo(expected, within(allowed(testCase.get("tolerance"), expected)));
  }

  /** Statistics from numpy literals such as {@code zeros(16)}, {@code ones(16)}, {@code eye(16)}. */
  static FeatureStatistics literalStatistics(String mean, String covariance) {
    Matcher m = LITERAL.matcher(mean + " " + covariance);
    assertThat(m.matches()).as("literal statistics %s, %s", mean, covariance).isTrue();
    assertThat(m.group(3)).isEqualTo("eye");
    int d = Integer.parseInt(m.group(2));
    assertThat(Integer.parseInt(m.group(4))).isEqualTo(d);
    double[] mu = new double[d];
    double[][] sigma = new double[d][d];
    for (int i = 0; i < d; i++) {
      mu[i] = m.group(1).equals("ones") ? 1 : 0;
      sigma[i][i] = 1;
    }
    return new FeatureStatistics(mu, sigma, 10_000);
  }

  static double allowed(JsonNode tolerance, double expected) {
    double atol = tolerance.path("atol").asDouble(0);
    double rtol = tolerance.path("rtol").asDouble(0);
    return atol + rtol * Math.abs(expected);
  }
}
