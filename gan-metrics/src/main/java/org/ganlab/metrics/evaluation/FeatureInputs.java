package org.ganlab.metrics.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.config.ExtractorConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.metrics.extract.Extraction;
import org.ganlab.metrics.extract.FeatureExtractor;
import org.ganlab.metrics.extract.FeatureExtractors;
import org.ganlab.metrics.feature.FeatureStatistics;

/**
 * What the image metrics of one evaluation read, each made once and shared through the run's
 * {@link org.ganlab.core.metric.MetricResources}: the extractor (per run), the real reference (per run,
 * cached on disk) and the generated samples' extraction (per evaluation).
 */
final class FeatureInputs {
  private FeatureInputs() {}

  /**
   * Returns the run's feature extractor, opened on first use.
   *
   * @param input the evaluation input
   * @return the extractor named by {@code eval.extractor}
   */
  static FeatureExtractor extractor(EvaluationInput input) {
    return input.resources().perRun("extractor",
        () -> FeatureExtractors.open(input.eval().extractor(), input.data()));
  }

  /**
   * Returns the extraction of this evaluation's generated samples.
   *
   * @param input the evaluation input
   * @return features (and probabilities) of the generated samples
   */
  static Extraction generated(EvaluationInput input) {
    return input.resources().perEvaluation("generated-extraction",
        () -> extractor(input).extract(input.generated()));
  }

  /**
   * Returns the real reference: the first {@code eval.samples} held-out samples (fewer if the split is
   * smaller) through the extractor.
   *
   * @param input the evaluation input
   * @return the reference, from the disk cache when it was computed before
   */
  static RealReference reference(EvaluationInput input) {
    return input.resources().perRun("real-reference",
        () -> cached(input, input.data().heldOut(input.eval().samples())));
  }

  /**
   * Returns the real reference of a translation model's input domain: the held-out inputs it
   * translated, through the extractor.
   *
   * @param input the evaluation input, with its {@link EvaluationInput#translation()}
   * @return the reference, from the disk cache when it was computed before
   */
  static RealReference inputReference(EvaluationInput input) {
    return input.resources().perRun("input-reference",
        () -> cached(input, input.translation().inputs()));
  }

  private static RealReference cached(EvaluationInput input, Batch heldOut) {
    FeatureExtractor extractor = extractor(input);
    return ReferenceCache.load(heldOut, extractor.identity(), settings(input.eval().extractor()),
        () -> {
          Extraction extraction = extractor.extract(heldOut);
          return new RealReference(extraction.features(), extraction.probabilities(),
              heldOut.labels(), FeatureStatistics.of(extraction.features()),
              ReferenceCache.sha256(heldOut));
        });
  }

  /**
   * Returns the protocol entries every feature metric shares.
   *
   * @param input the evaluation input
   * @param nReal real samples compared with (0 when none are)
   * @return extractor, its hash, sample counts, reference split and its hash
   */
  static Map<String, Object> protocol(EvaluationInput input, int nReal) {
    FeatureExtractor extractor = extractor(input);
    Map<String, Object> protocol = new LinkedHashMap<>();
    protocol.put("extractor", extractor.identity().name());
    protocol.put("extractor_sha256", extractor.identity().sha256());
    protocol.put("n_fake", input.generated().size());
    if (nReal > 0) {
      RealReference reference = reference(input);
      protocol.put("n_real", nReal);
      protocol.put("split", "held-out");
      protocol.put("reference_sha256", reference.imagesSha256());
    }
    return protocol;
  }

  /**
   * Returns the rows of a matrix picked by index (rows may repeat).
   *
   * @param matrix the matrix {@code [N][d]}
   * @param rows indices into it
   * @return {@code [rows.length][d]}, sharing the row arrays
   */
  static double[][] rows(double[][] matrix, int[] rows) {
    double[][] picked = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      picked[i] = matrix[rows[i]];
    }
    return picked;
  }

  private static String settings(ExtractorConfig config) {
    try {
      return ConfigJson.json().writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the extractor settings", e);
    }
  }
}
