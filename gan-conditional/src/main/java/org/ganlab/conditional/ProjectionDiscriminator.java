package org.ganlab.conditional;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The projection discriminator of Miyato and Koyama, "cGANs with Projection Discriminator" (ICLR
 * 2018): D(x, y) = ψ(φ(x)) + ⟨embed(y), φ(x)⟩, where φ is the unconditional feature network, ψ a linear
 * head to one logit and embed(y) = V·onehot(y) a learned class embedding of φ's width (a bias-free
 * linear map of the one-hot label). Optionally a linear classifier on φ(x) also predicts the class
 * (the auxiliary classifier of AC-GAN, Odena, Olah and Shlens 2017), which sees no label.
 *
 * <p>Inputs: samples {@code [B, ...]} and labels {@code [B]} (int32). Output: logits {@code [B, 1]},
 * followed by class logits {@code [B, C]} when there is a classifier.
 */
final class ProjectionDiscriminator extends AbstractBlock {
  private final int numClasses;
  private final Block features;
  private final Block head;
  private final Block embedding;
  private final Block classifier;

  /**
   * Assembles the discriminator.
   *
   * @param numClasses the number of classes C
   * @param features φ: samples to features {@code [B, F]}
   * @param head ψ: features to one logit {@code [B, 1]}
   * @param embedding V: one-hot labels {@code [B, C]} to {@code [B, F]}, without bias
   * @param classifier features to class logits {@code [B, C]}, or {@code null} for none
   */
  ProjectionDiscriminator(int numClasses, Block features, Block head, Block embedding,
      Block classifier) {
    this.numClasses = numClasses;
    this.features = addChildBlock("features", features);
    this.head = addChildBlock("head", head);
    this.embedding = addChildBlock("embedding", embedding);
    this.classifier = classifier == null ? null : addChildBlock("classifier", classifier);
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray phi = features.forward(store, new NDList(inputs.get(0)), training).singletonOrThrow();
    NDArray psi = head.forward(store, new NDList(phi), training).singletonOrThrow();
    NDArray embedded = embedding.forward(store,
        new NDList(OneHot.of(inputs.get(1), numClasses)), training).singletonOrThrow();
    NDArray logits = psi.add(embedded.mul(phi).sum(new int[] {1}, true));
    if (classifier == null) {
      return new NDList(logits);
    }
    return new NDList(logits, classifier.forward(store, new NDList(phi), training).singletonOrThrow());
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape logits = new Shape(inputShapes[0].get(0), 1);
    if (classifier == null) {
      return new Shape[] {logits};
    }
    return new Shape[] {logits, new Shape(inputShapes[0].get(0), numClasses)};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    features.initialize(manager, dataType, inputShapes[0]);
    Shape phi = features.getOutputShapes(new Shape[] {inputShapes[0]})[0];
    head.initialize(manager, dataType, phi);
    embedding.initialize(manager, dataType, new Shape(inputShapes[0].get(0), numClasses));
    if (classifier != null) {
      classifier.initialize(manager, dataType, phi);
    }
  }
}
