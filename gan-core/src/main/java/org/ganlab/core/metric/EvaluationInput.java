package org.ganlab.core.metric;

import org.ganlab.core.config.EvalConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;

/**
 * What a metric measures.
 *
 * @param generated generated samples (labels = the classes asked for, if conditional)
 * @param data the data source the generator imitates (held-out split via {@link DataSource#heldOut})
 * @param seed seed for any resampling the metric does, derived from the run seed and step
 * @param eval the {@code eval:} section (extractor, sample count)
 * @param resources what metrics of one run share: the extractor, real features, this evaluation's
 *     generated features
 * @param translation for an image-to-image model, the inputs, baseline and reconstructions behind
 *     {@code generated} (the translated held-out inputs); {@code null} for a generative model
 */
public record EvaluationInput(Batch generated, DataSource data, long seed, EvalConfig eval,
    MetricResources resources, Translation translation) {

  /**
   * Describes the samples of a generative model (no translation).
   *
   * @param generated generated samples
   * @param data the data source
   * @param seed resampling seed
   * @param eval the eval section
   * @param resources shared resources
   */
  public EvaluationInput(
      Batch generated, DataSource data, long seed, EvalConfig eval, MetricResources resources) {
    this(generated, data, seed, eval, resources, null);
  }
}
