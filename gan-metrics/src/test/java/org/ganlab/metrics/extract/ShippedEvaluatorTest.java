package org.ganlab.metrics.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.Arrays;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.ShapesSource;
import org.ganlab.core.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The evaluators shipped in gan-metrics' resources. */
class ShippedEvaluatorTest {
  private static final String DIR = "/org/ganlab/metrics/extract/";

  private static byte[] resource(String path) throws Exception {
    try (InputStream in = ShippedEvaluatorTest.class.getResourceAsStream(DIR + path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"shapes-cnn", "fashion-mnist-cnn"})
  void shippedWeightsHaveTheHashTheirJsonRecords(String name) throws Exception {
    JsonNode json = ConfigJson.json().readTree(resource(name + ".json"));

    assertThat(AtomicFiles.sha256(resource(name + ".params"))).isEqualTo(json.get("sha256").asText());
    assertThat(json.get("name").asText()).isEqualTo(name);
    assertThat(resource(name + ".params").length).isLessThan(2_000_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"shapes-cnn", "fashion-mnist-cnn"})
  void loadedEvaluatorReproducesItsHeldoutCheck(String name) {
    try (EvaluatorExtractor extractor = EvaluatorExtractor.load(name)) {
      EvaluatorMetadata recorded = extractor.metadata();
      Batch check = EvaluatorDataset.byEvaluatorName(name).open(recorded.seed())
          .heldOut(recorded.heldoutCheck().n());

      double[][] probabilities = extractor.extract(check).probabilities();

      int correct = 0;
      for (int i = 0; i < check.size(); i++) {
        correct += Softmax.argmax(probabilities[i]) == check.labels()[i] ? 1 : 0;
      }
      assertThat((double) correct / check.size()).isEqualTo(recorded.heldoutCheck().accuracy());
      assertThat(extractor.identity()).isEqualTo(new ExtractorIdentity(name, recorded.sha256()));
    }
  }

  @Test
  void recordedTestAccuraciesMeetTheTargets() {
    try (EvaluatorExtractor shapes = EvaluatorExtractor.load("shapes-cnn");
        EvaluatorExtractor fashion = EvaluatorExtractor.load("fashion-mnist-cnn")) {
      assertThat(shapes.metadata().testAccuracy()).isGreaterThanOrEqualTo(0.99);
      assertThat(shapes.metadata().nTest()).isEqualTo(10_000);
      assertThat(fashion.metadata().testAccuracy()).isGreaterThanOrEqualTo(0.90);
      assertThat(fashion.metadata().nTest()).isEqualTo(10_000);
    }
  }

  @Test
  void extractGivesNonNegativeFeaturesAndProbabilityRowsInChunks() {
    Batch grey = new ShapesSource(28, 1, 11).heldOut(300);
    try (EvaluatorExtractor extractor = EvaluatorExtractor.load("shapes-cnn");
        EvaluatorExtractor small = EvaluatorExtractor.load("shapes-cnn", 7)) {
      Extraction whole = extractor.extract(grey);
      Extraction chunked = small.extract(grey);

      assertThat(extractor.featureDimension()).isEqualTo(128);
      assertThat(extractor.numClasses()).isEqualTo(10);
      assertThat(whole.features()).hasNumberOfRows(300);
      assertThat(whole.probabilities()).hasNumberOfRows(300);
      for (int i = 0; i < 300; i++) {
        assertThat(whole.features()[i]).hasSize(128);
        assertThat(whole.probabilities()[i]).hasSize(10);
        assertThat(Arrays.stream(whole.features()[i]).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(Arrays.stream(whole.probabilities()[i]).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(Arrays.stream(whole.probabilities()[i]).sum()).isCloseTo(1.0, within(1e-12));
        for (int j = 0; j < 128; j++) {
          assertThat(chunked.features()[i][j]).isCloseTo(whole.features()[i][j], within(1e-4));
        }
      }
    }
  }

  @Test
  void colourAndThirtyTwoPixelImagesAreAcceptedAndStillRecognised() {
    try (EvaluatorExtractor extractor = EvaluatorExtractor.load("shapes-cnn")) {
      for (int channels : new int[] {1, 3}) {
        for (int size : new int[] {28, 32}) {
          Batch images = new ShapesSource(size, channels, 5).heldOut(200);

          HeldoutCheck check = HeldoutCheck.measure(extractor, images);

          assertThat(check.n()).isEqualTo(200);
          assertThat(check.accuracy()).as("%d channels, %d px", channels, size).isGreaterThan(0.8);
        }
      }
    }
  }
}
