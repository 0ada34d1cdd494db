package org.ganlab.metrics.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ganlab.core.config.ExtractorConfig;
import org.ganlab.core.data.DomainPairSource;
import org.ganlab.core.data.ShapesSource;
import org.ganlab.core.data.ShapesTranslationSource;
import org.junit.jupiter.api.Test;

/** {@code eval.extractor: auto} on translation data picks the evaluator of the images' source. */
class TranslationExtractorTest {
  private static final ExtractorConfig AUTO =
      new ExtractorConfig("auto", null, 299, 3, List.of(0.0), List.of(1.0), 64);

  @Test
  void shapesTranslationIsSeenByTheShapesEvaluator() {
    ShapesTranslationSource data = new ShapesTranslationSource(28, 1, 1);
    try (FeatureExtractor extractor = FeatureExtractors.open(AUTO, data)) {
      assertThat(extractor.identity().name()).isEqualTo("shapes-cnn");
    }
    assertThat(EvaluatorDataset.SHAPES.evaluates("shapes-translation")).isTrue();
    assertThat(EvaluatorDataset.FASHION_MNIST.evaluates("shapes-translation")).isFalse();
  }

  @Test
  void aTwoDomainViewIsSeenByItsSourcesEvaluator() {
    DomainPairSource view = new DomainPairSource(new ShapesSource(28, 1, 1), List.of(0), List.of(1));

    try (FeatureExtractor extractor = FeatureExtractors.open(AUTO, view)) {
      assertThat(extractor.identity().name()).isEqualTo("shapes-cnn");
    }
  }
}
