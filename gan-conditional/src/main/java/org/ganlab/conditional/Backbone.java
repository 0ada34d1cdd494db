package org.ganlab.conditional;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import org.ganlab.core.train.ParameterInitializer;

/**
 * The unconditional body of the conditional networks ({@code model.backbone}): the generator after the
 * label embedding has been joined to z, and the discriminator's feature network φ. The conditional
 * blocks add the labels around it.
 */
interface Backbone {

  /**
   * Returns the generator body.
   *
   * @return maps {@code [B, latentDim + embeddingDim]} and the one-hot labels {@code [B, C]} to samples
   *     {@code [B, ...]} in the data's shape and range
   */
  LabelledSequence generator();

  /**
   * Returns the discriminator's feature network φ.
   *
   * @return maps samples {@code [B, ...]} (for the concat discriminator with the label joined, see
   *     {@link #labelPlanes()}) to features {@code [B, featureSize()]}
   */
  SequentialBlock features();

  /**
   * Returns the width of φ's output.
   *
   * @return F
   */
  int featureSize();

  /**
   * Returns how the concat discriminator joins the label.
   *
   * @return true for extra image channels, false for extra entries of the flattened sample
   */
  boolean labelPlanes();

  /**
   * Draws a network's initial weights as this backbone's paper does.
   *
   * @param init the run's seeded initializer
   * @param network the network's stable name
   * @param block the initialised network
   */
  void initialize(ParameterInitializer init, String network, Block block);
}
