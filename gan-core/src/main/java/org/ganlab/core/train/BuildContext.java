package org.ganlab.core.train;

import ai.djl.ndarray.NDManager;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.loss.AdversarialLoss;
import org.ganlab.core.loss.GradientPenalty;
import org.ganlab.core.loss.Losses;

/**
 * What a variant needs to build its models.
 *
 * @param config the resolved config
 * @param dataShape the shape of one training sample
 * @param numClasses the data's number of classes (0 when unlabelled)
 * @param loss the adversarial loss chosen by {@code loss.type}
 * @param penalty the discriminator penalty, or {@code null} when {@code loss.penalty.type} is none
 * @param manager long-lived manager that owns the parameters
 */
public record BuildContext(
    ExperimentConfig config,
    SampleShape dataShape,
    int numClasses,
    AdversarialLoss loss,
    GradientPenalty penalty,
    NDManager manager) {

  /**
   * Returns the context of a run: shape and classes from its data, loss and penalty from its config.
   *
   * @param config the resolved config
   * @param data the opened data source
   * @param manager long-lived manager that owns the parameters
   * @return the context
   */
  public static BuildContext of(ExperimentConfig config, DataSource data, NDManager manager) {
    return new BuildContext(config, data.shape(), data.numClasses(),
        Losses.adversarial(config.loss()), Losses.penalty(config.loss()), manager);
  }
}
