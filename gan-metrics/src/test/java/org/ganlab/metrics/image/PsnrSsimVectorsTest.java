package org.ganlab.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.core.testing.MetricVectors;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PsnrSsimVectorsTest {
  /** The image used for the literal "any image" / "same image" case. */
  private static final String ANY_IMAGE = "img_s0_a_uint8.csv";

  static Stream<Named<JsonNode>> cases() {
    List<JsonNode> cases = MetricVectors.cases("psnr_ssim");
    assertThat(cases).isNotEmpty();
    return cases.stream().map(c -> Named.of(c.get("name").asText(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesKnownAnswers(JsonNode testCase) {
    String a = testCase.get("inputs").get("a").asText();
    if (a.endsWith(".csv")) {
      checkPair(ImageCsv.read(a), ImageCsv.read(testCase.get("inputs").get("b").asText()), testCase);
    } else {
      checkIdentical(ImageCsv.read(ANY_IMAGE), testCase);
    }
  }

  private static void checkPair(Images a, Images b, JsonNode testCase) {
    JsonNode expected = testCase.get("expected");
    JsonNode tolerance = testCase.get("tolerance");
    JsonNode psnr = expected.get("psnr");
    assertClose(Psnr.perImage(a, b), psnr.get("per_image"), tolerance);
    assertClose(Psnr.mean(a, b), psnr.get("mean_of_per_image").asDouble(), tolerance);
    assertClose(Psnr.global(a, b), psnr.get("global").asDouble(), tolerance);
    checkSsim(a, b, CovarianceEstimate.POPULATION, expected.get("ssim_wang_population_cov"), tolerance);
    checkSsim(a, b, CovarianceEstimate.SAMPLE, expected.get("ssim_skimage_default_sample_cov"),
        tolerance);
  }

  private static void checkSsim(Images a, Images b, CovarianceEstimate estimate, JsonNode expected,
      JsonNode tolerance) {
    assertClose(Ssim.perImage(a, b, estimate), expected.get("per_image"), tolerance);
    assertClose(Ssim.mean(a, b, estimate), expected.get("mean").asDouble(), tolerance);
  }

  private static void checkIdentical(Images image, JsonNode testCase) {
    JsonNode expected = testCase.get("expected");
    assertThat(expected.get("psnr").asText()).isEqualTo("inf");
    assertThat(Psnr.mean(image, image)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Psnr.perImage(image, image)).containsOnly(Double.POSITIVE_INFINITY);
    double atol = testCase.get("tolerance").get("atol").asDouble();
    for (CovarianceEstimate estimate : CovarianceEstimate.values()) {
      assertThat(Ssim.mean(image, image, estimate))
          .isCloseTo(expected.get("ssim").asDouble(), within(atol));
    }
  }

  private static void assertClose(double[] actual, JsonNode expected, JsonNode tolerance) {
    assertThat(actual).hasSize(expected.size());
    for (int i = 0; i < actual.length; i++) {
      assertClose(actual[i], expected.get(i).asDouble(), tolerance);
    }
  }

  private static void assertClose(double actual, double expected, JsonNode tolerance) {
    double allowed = tolerance.path("atol").asDouble(0)
        + tolerance.path("rtol").asDouble(0) * Math.abs(expected);
    assertThat(actual).isCloseTo(expected, within(allowed));
  }
}
