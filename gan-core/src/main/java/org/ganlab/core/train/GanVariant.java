package org.ganlab.core.train;

import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.SampleShape;

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
   * Returns whether the models this variant builds are conditional ({@link GanModels#conditional()}),
   * known before they are built so that metrics needing requested classes can be checked up front.
   *
   * @return false unless the variant is conditional
   */
  default boolean conditional() {
    return false;
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
   * Builds and initialises the networks and describes the update phases.
   *
   * @param context config, data shape and the manager that owns the parameters
   * @return the models
   */
  GanModels build(BuildContext context);
}
