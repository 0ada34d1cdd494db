package org.ganlab.metrics.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.ganlab.core.config.ExtractorConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The torchscript extractor on the tiny modules written by {@code make_tiny_extractor.py}, against
 * outputs computed in python with the same preprocessing written in torch.
 */
class TorchscriptExtractorTest {

  private static final List<Double> IMAGENET_MEAN = List.of(0.485, 0.456, 0.406);
  private static final List<Double> IMAGENET_STD = List.of(0.229, 0.224, 0.225);

  private static Path resource(String name) {
    try {
      return Path.of(TorchscriptExtractorTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ExtractorConfig config(Path path, int size, int channels, List<Double> mean,
      List<Double> std, int batchSize) {
    return new ExtractorConfig("torchscript", path.toString(), size, channels, mean, std, batchSize);
  }

  private static ExtractorConfig classifierConfig(int batchSize) {
    return config(resource("tiny_classifier.pt"), 32, 3, IMAGENET_MEAN, IMAGENET_STD, batchSize);
  }

  /** The script's images: ((37 n + 101 c + 13 h + 7 w + (h w) mod 11) mod 17) / 8 - 1. */
  private static Batch images(int count, int channels, int height, int width) {
    float[] values = new float[count * channels * height * width];
    int i = 0;
    for (int n = 0; n < count; n++) {
      for (int c = 0; c < channels; c++) {
        for (int h = 0; h < height; h++) {
          for (int w = 0; w < width; w++) {
            values[i++] = ((37 * n + 101 * c + 13 * h + 7 * w + (h * w) % 11) % 17) / 8f - 1;
          }
        }
      }
    }
    return new Batch(values, null, new SampleShape(channels, height, width));
  }

  /** Reads a CSV written by the script: a header, then the image index and its values per row. */
  private static double[][] expected(String name) {
    try {
      List<String> lines = Files.readAllLines(resource(name));
      double[][] rows = new double[lines.size() - 1][];
      for (int r = 1; r < lines.size(); r++) {
        String[] cells = lines.get(r).split(",");
        rows[r - 1] = new double[cells.length - 1];
        for (int j = 1; j < cells.length; j++) {
          rows[r - 1][j - 1] = Double.parseDouble(cells[j]);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertRowsClose(double[][] actual, double[][] expected, int from, int to) {
    assertThat(actual.length).isEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).hasSize(to - from);
      for (int j = from; j < to; j++) {
        assertThat(actual[i][j - from]).as("row %d column %d", i, j)
            .isCloseTo(expected[i][j], within(1e-5));
      }
    }
  }

  /** 3 images in chunks of 2 and 1; ImageNet normalisation per channel. */
  @Test
  void classifierMatchesPythonOnGreyImagesEnlargedTo32() {
    double[][] expected = expected("expected_classifier.csv");
    try (TorchscriptExtractor extractor = TorchscriptExtractor.open(classifierConfig(2))) {
      assertThat(extractor.featureDimension()).isEqualTo(6);
      assertThat(extractor.numClasses()).isEqualTo(4);
      Extraction extraction = extractor.extract(images(3, 1, 28, 28));
      assertRowsClose(extraction.features(), expected, 0, 6);
      assertRowsClose(extraction.probabilities(), expected, 6, 10);
    }
  }

  @Test
  void featuresOnlyModuleMatchesPythonOnColourImagesShrunkTo16AndAveraged() {
    double[][] expected = expected("expected_features.csv");
    ExtractorConfig config =
        config(resource("tiny_features.pt"), 16, 1, List.of(0.5), List.of(0.25), 2);
    try (TorchscriptExtractor extractor = TorchscriptExtractor.open(config)) {
      assertThat(extractor.featureDimension()).isEqualTo(5);
      assertThat(extractor.numClasses()).isZero();
      Extraction extraction = extractor.extract(images(3, 3, 20, 24));
      assertRowsClose(extraction.features(), expected, 0, 5);
      assertThat(extraction.probabilities()).isNull();
    }
  }

  @Test
  void chunkSizeDoesNotChangeTheResult() {
    Batch batch = images(3, 1, 28, 28);
    try (TorchscriptExtractor one = TorchscriptExtractor.open(classifierConfig(1));
        TorchscriptExtractor all = TorchscriptExtractor.open(classifierConfig(64))) {
      Extraction a = one.extract(batch);
      Extraction b = all.extract(batch);
      assertRowsClose(a.features(), b.features(), 0, 6);
      assertRowsClose(a.probabilities(), b.probabilities(), 0, 4);
    }
  }

  @Test
  void listOfFeaturesAndLogitsGivesSoftmaxProbabilities() {
    ExtractorConfig config =
        config(resource("tiny_list_output.pt"), 16, 3, List.of(0.0), List.of(1.0), 2);
    float[] channels = new float[3 * 16 * 16];
    for (int i = 0; i < channels.length; i++) {
      channels[i] = i / 256 - 1; // channel c holds c - 1, i.e. c / 2 in [0, 1]
    }
    try (TorchscriptExtractor extractor = TorchscriptExtractor.open(config)) {
      Extraction extraction = extractor.extract(new Batch(channels, null, new SampleShape(3, 16, 16)));
      assertThat(extraction.features()[0]).containsExactly(new double[] {0, 0.5, 1}, within(1e-7));
      // logits 0, 1, 2: softmax e^k / (1 + e + e^2)
      double sum = 1 + Math.E + Math.E * Math.E;
      assertThat(extraction.probabilities()[0])
          .containsExactly(new double[] {1 / sum, Math.E / sum, Math.E * Math.E / sum}, within(1e-7));
    }
  }

  @Test
  void moduleSavedInTrainingModeRunsInEvaluationMode() {
    ExtractorConfig config =
        config(resource("tiny_training_mode.pt"), 16, 1, List.of(0.0), List.of(1.0), 2);
    try (TorchscriptExtractor extractor = TorchscriptExtractor.open(config)) {
      // an image of zeros is 0.5 everywhere in [0, 1]; training mode would add 1
      Batch zeros = new Batch(new float[16 * 16], null, new SampleShape(1, 16, 16));
      assertThat(extractor.extract(zeros).features()[0]).containsExactly(0.5);
    }
  }

  @Test
  void emptyBatchGivesNoRows() {
    try (TorchscriptExtractor extractor = TorchscriptExtractor.open(classifierConfig(2))) {
      Extraction extraction = extractor.extract(images(0, 1, 28, 28));
      assertThat(extraction.features()).isEmpty();
      assertThat(extraction.probabilities()).isEmpty();
    }
  }

  @Test
  void identityIsTheFileNameAndTheSha256OfItsBytes() throws IOException, NoSuchAlgorithmException {
    Path file = resource("tiny_classifier.pt");
    String sha256 =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    try (TorchscriptExtractor extractor = TorchscriptExtractor.open(classifierConfig(2))) {
      assertThat(extractor.identity())
          .isEqualTo(new ExtractorIdentity("torchscript:tiny_classifier.pt", sha256));
    }
  }

  @Test
  void missingFileIsRefusedWithItsPath(@TempDir Path dir) {
    Path missing = dir.resolve("pool3.pt");
    ExtractorConfig config = config(missing, 32, 3, IMAGENET_MEAN, IMAGENET_STD, 2);
    assertThatThrownBy(() -> TorchscriptExtractor.open(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not found")
        .hasMessageContaining(missing.toString());
  }

  @Test
  void fileThatIsNotTorchScriptIsRefused() {
    Path csv = resource("expected_classifier.csv");
    ExtractorConfig config = config(csv, 32, 3, IMAGENET_MEAN, IMAGENET_STD, 2);
    assertThatThrownBy(() -> TorchscriptExtractor.open(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(csv.toString())
        .hasMessageContaining("is not a TorchScript module");
  }

  @Test
  void moduleReturningThreeTensorsIsRefusedAtOpen() {
    ExtractorConfig config =
        config(resource("tiny_three_outputs.pt"), 16, 3, List.of(0.0), List.of(1.0), 2);
    assertThatThrownBy(() -> TorchscriptExtractor.open(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tiny_three_outputs.pt returned (Tensor, Tensor, Tensor)");
  }

  @Test
  void moduleThatRejectsTheConfiguredInputIsRefusedAtOpen() {
    ExtractorConfig config = config(resource("tiny_features.pt"), 16, 3, List.of(0.0), List.of(1.0), 2);
    assertThatThrownBy(() -> TorchscriptExtractor.open(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tiny_features.pt failed on an input (1, 3, 16, 16)");
  }

  @Test
  void otherTypesAndTwoChannelsAreRefused() {
    Path file = resource("tiny_classifier.pt");
    ExtractorConfig auto =
        new ExtractorConfig("auto", file.toString(), 32, 3, IMAGENET_MEAN, IMAGENET_STD, 2);
    assertThatThrownBy(() -> TorchscriptExtractor.open(auto))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found auto");
    ExtractorConfig twoChannels = config(file, 32, 2, List.of(0.0), List.of(1.0), 2);
    assertThatThrownBy(() -> TorchscriptExtractor.open(twoChannels))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input_channels must be 1 or 3");
  }
}
