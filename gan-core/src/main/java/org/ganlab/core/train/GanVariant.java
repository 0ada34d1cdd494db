package org.ganlab.core.train;

import java.util.List;
import java.util.Set;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.metric.ModelCapability;

/**
 * The plug-in point of a GAN variant, found through {@link java.util.ServiceLoader} (one line in
 * {@code META-INF/services/org.ganlab.core.train.GanVariant}). A variant describes its networks and
 * update phases; the {@link Trainer} runs them.
 */
public interface GanVariant {

  /**
   * Returns the stable name selected by {@code model.variant}.
   *
   * @return the name, e.g. {@code dcgan}
   */
  String name();

  /**
   * Returns one line for {@code ganlab variants}.
   *
   * @return a description that cites the paper
   */
  String description();

  /**
   * Returns the record the variant's own {@code model:} keys bind to (strictly: unknown keys are errors).
   *
   * @return the options type; {@link NoOptions} when the variant has none
   */
  default Class<? extends Record> optionsType() {
    return NoOptions.class;
  }

  /**
   * Returns what the models this variant builds can do beyond making samples (conditional generation,
   * a way back), known before they are built so that metrics needing it can be checked up front.
   *
   * @return the capabilities; none by default
   */
  default Set<ModelCapability> capabilities() {
    return Set.of();
  }

  /**
   * Checks that the variant can train on data of this shape with this config, before anything runs.
   *
   * @param config the resolved config
   * @param dataShape the shape of one training sample
   * @param numClasses the data's number of classes (0 when unlabelled)
   * @throws org.ganlab.core.config.ConfigException naming the field that does not fit
   */
  default void validate(ExperimentConfig config, SampleShape dataShape, int numClasses) {}

  /**
   * Returns the data a run of this variant trains on, made from the configured source: the source
   * itself, or a view of it (super-resolution pairs each image with its downsampled copy).
   *
   * @param source the source {@code data:} opens
   * @param config the resolved config
   * @return the data to train and evaluate on
   * @throws org.ganlab.core.config.ConfigException when the source does not suit the variant
   */
  default DataSource view(DataSource source, ExperimentConfig config) {
    return source;
  }

  /**
   * Opens the data of a run of this variant: the configured source through {@link #view}.
   *
   * @param config the resolved config
   * @return the data to train and evaluate on
   */
  default DataSource openData(ExperimentConfig config) {
    return view(DataSources.open(config.data(), config.seed()), config);
  }

  /**
   * Returns the metrics {@code eval.metrics: auto} means for this variant.
   *
   * @param dataSource the value of {@code data.source}
   * @param sourceDefaults what {@code auto} means for the data source alone (modes for 2-D mixtures,
   *     the image metrics for sources with a shipped evaluator, else none)
   * @return metric names
   */
  default List<String> defaultMetrics(String dataSource, List<String> sourceDefaults) {
    return sourceDefaults;
  }

  /**
   * Builds and initialises the networks and describes the update phases.
   *
   * @param context config, data shape and the manager that owns the parameters
   * @return the models
   */
  GanModels build(BuildContext context);
}
