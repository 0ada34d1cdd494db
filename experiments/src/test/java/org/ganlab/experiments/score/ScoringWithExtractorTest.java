package org.ganlab.experiments.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.ExtractorConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.ganlab.metrics.extract.Extraction;
import org.ganlab.metrics.extract.ExtractorIdentity;
import org.ganlab.metrics.extract.FeatureExtractor;
import org.ganlab.metrics.feature.FrechetDistance;
import org.ganlab.metrics.extract.FeatureExtractors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image inputs reach the extractor as ganlab batches and its output feeds the metrics; checked with a
 * stand-in extractor whose features are known; one test opens the shipped evaluator.
 */
class ScoringWithExtractorTest {
  private static final SampleShape SHAPE = new SampleShape(1, 2, 2);

  @TempDir Path dir;

  /** Features [first pixel, last pixel]; class 1 when the first pixel is above 0, else class 0. */
  private static final class PixelExtractor implements FeatureExtractor {
    final List<Batch> seen = new ArrayList<>();
    boolean closed;

    @Override
    public ExtractorIdentity identity() {
      return new ExtractorIdentity("pixel-stub", "ab".repeat(32));
    }

    @Override
    public int featureDimension() {
      return 2;
    }

    @Override
    public int numClasses() {
      return 2;
    }

    @Override
    public Extraction extract(Batch images) {
      seen.add(images);
      int size = images.shape().size();
      double[][] features = new double[images.size()][];
      double[][] probabilities = new double[images.size()][];
      for (int i = 0; i < features.length; i++) {
        float first = images.values()[i * size];
        features[i] = new double[] {first, images.values()[i * size + size - 1]};
        probabilities[i] = first > 0 ? new double[] {0, 1} : new double[] {1, 0};
      }
      return new Extraction(features, probabilities);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static ScoreOptions options(List<MetricName> metrics, Path real, Path fake,
      Integer splits) {
    ExtractorConfig extractor = new ExtractorOptions("shapes-cnn", null, null, null, null, null, null)
        .toConfig();
    return new ScoreOptions(metrics, real, fake, null, null, null, null, null, null, null, null,
        splits, null, null, SHAPE, null, extractor);
  }

  @Test
  void fidOfImagesIsFidOfTheirExtractedFeatures() throws Exception {
    Path real = Files.writeString(dir.resolve("real.csv"), "0,0,0,255\n255,0,0,0\n51,0,0,102\n");
    Path fake = Files.writeString(dir.resolve("fake.csv"), "0,0,0,0\n255,0,0,255\n102,0,0,51\n");
    PixelExtractor extractor = new PixelExtractor();

    ScoreReport report = Scoring.run(options(List.of(MetricName.FID), real, fake, null), c -> extractor);

    double[][] realFeatures = {{-1, 1}, {1, -1}, {-0.6, -0.2}};
    double[][] fakeFeatures = {{-1, -1}, {1, 1}, {-0.2, -0.6}};
    assertThat((double) report.values().get("fid"))
        .isCloseTo(FrechetDistance.of(realFeatures, fakeFeatures), within(1e-6));
    assertThat(extractor.seen).hasSize(2);
    assertThat(extractor.seen.get(0).shape()).isEqualTo(SHAPE);
    assertThat(extractor.closed).isTrue();
    assertThat(report.toJson()).contains("\"extractor\":{\"type\":\"shapes-cnn\",\"name\":"
        + "\"pixel-stub\",\"sha256\":\"abab");
  }

  @Test
  void classMetricsUseTheExtractorsProbabilitiesOfTheFakeImages() throws Exception {
    Path fake = Files.writeString(dir.resolve("fake.csv"), "0,0,0,0\n255,0,0,255\n0,1,2,3\n"
        + "200,0,0,0\n");
    PixelExtractor extractor = new PixelExtractor();

    ScoreReport report = Scoring.run(options(List.of(MetricName.IS, MetricName.CLASS_COVERAGE),
        null, fake, 1), c -> extractor);

    assertThat((double) report.values().get("is_mean")).isCloseTo(2.0, within(1e-12));
    assertThat(report.values().get("classes_covered")).isEqualTo(2);
    assertThat((double) report.values().get("kl_to_reference")).isCloseTo(0.0, within(1e-15));
    assertThat(extractor.seen).hasSize(1);
  }

  @Test
  void theShippedEvaluatorMeasuresImageFiles() throws Exception {
    Path real = Files.writeString(dir.resolve("real.csv"), "0,0,0,255\n255,0,0,0\n51,0,0,102\n");

    ScoreReport report = Scoring.run(options(List.of(MetricName.FID, MetricName.IS), real, real, 1),
        FeatureExtractors::open);

    assertThat((double) report.values().get("fid")).isCloseTo(0.0, within(1e-9));
    assertThat((double) report.values().get("is_mean")).isBetween(1.0, 10.0);
    assertThat(report.toJson()).contains("\"name\":\"shapes-cnn\"");
  }
}
