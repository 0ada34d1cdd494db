package org.ganlab.conditional;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The conditional generator of Mirza and Osindero (2014): G(z, y) = body([z, e(y)]), where the label
 * embedding e(y) = E·onehot(y) is learned (a bias-free linear map of the one-hot label, i.e. a lookup
 * table of C rows) and joined to the latent vector before the first layer.
 *
 * <p>Inputs: latent {@code [B, latentDim]} and labels {@code [B]} (int32). Output: the body's samples
 * {@code [B, ...]}.
 */
final class ConditionalGenerator extends AbstractBlock {
  private final int numClasses;
  private final int embeddingDim;
  private final Block embedding;
  private final LabelledSequence body;

  /**
   * Wraps a body.
   *
   * @param numClasses the number of classes C
   * @param embeddingDim the embedding length
   * @param body maps {@code [B, latentDim + embeddingDim]} and the one-hot labels to samples
   */
  ConditionalGenerator(int numClasses, int embeddingDim, LabelledSequence body) {
    this.numClasses = numClasses;
    this.embeddingDim = embeddingDim;
    this.embedding = addChildBlock("embedding",
        Linear.builder().setUnits(embeddingDim).optBias(false).build());
    this.body = addChildBlock("body", body);
  }

  /**
   * Returns the label embedding block, whose weight {@code [embeddingDim, C]} holds one column per class.
   *
   * @return the embedding
   */
  Block embedding() {
    return embedding;
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray latent = inputs.get(0);
    NDArray labels = OneHot.of(inputs.get(1), numClasses);
    NDArray embedded = embedding.forward(store, new NDList(labels), training).singletonOrThrow();
    return body.forward(store, new NDList(latent.concat(embedded, 1), labels), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return body.getOutputShapes(new Shape[] {joined(inputShapes[0]), oneHot(inputShapes[0])});
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    embedding.initialize(manager, dataType, oneHot(inputShapes[0]));
    body.initialize(manager, dataType, joined(inputShapes[0]), oneHot(inputShapes[0]));
  }

  private Shape oneHot(Shape latent) {
    return new Shape(latent.get(0), numClasses);
  }

  private Shape joined(Shape latent) {
    return new Shape(latent.get(0), latent.get(1) + embeddingDim);
  }
}
