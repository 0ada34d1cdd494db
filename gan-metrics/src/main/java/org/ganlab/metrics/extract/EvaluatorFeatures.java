package org.ganlab.metrics.extract;

import ai.djl.ndarray.NDManager;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.nn.FeatureNetwork;
import org.ganlab.core.nn.ImageFeatures;

/**
 * A shipped evaluator CNN as a {@link FeatureNetwork}: the same weights and the same 128-d penultimate
 * features as {@link EvaluatorExtractor}, computed from the same input conversion ({@link
 * EvaluatorInput#of(ai.djl.ndarray.NDArray)}: channel mean, bilinear resize to 28 × 28) with array
 * operations, so a loss on the features is differentiable with respect to the images. The weights are
 * frozen. One registered subclass per evaluator.
 */
public abstract class EvaluatorFeatures implements FeatureNetwork {
  private final EvaluatorDataset dataset;

  private EvaluatorFeatures(EvaluatorDataset dataset) {
    this.dataset = dataset;
  }

  @Override
  public final String name() {
    return dataset.evaluatorName();
  }

  @Override
  public final boolean supports(String dataSource, SampleShape shape) {
    return dataset.source().equals(dataSource) && EvaluatorInput.accepts(shape);
  }

  @Override
  public final ImageFeatures load(NDManager manager) {
    TrainedEvaluator files = EvaluatorFiles.readResource(name()).checked("resource " + name());
    EvaluatorNetwork network = EvaluatorNetwork.fromParameters(files.parameters(), manager);
    network.freeze();
    return images -> network.features(EvaluatorInput.of(images));
  }

  /** {@code shapes-cnn}, for {@code data.source: shapes}. */
  public static final class Shapes extends EvaluatorFeatures {
    /** Creates the provider (the service loader needs a public no-argument constructor). */
    public Shapes() {
      super(EvaluatorDataset.SHAPES);
    }
  }

  /** {@code fashion-mnist-cnn}, for {@code data.source: fashion-mnist}. */
  public static final class FashionMnist extends EvaluatorFeatures {
    /** Creates the provider (the service loader needs a public no-argument constructor). */
    public FashionMnist() {
      super(EvaluatorDataset.FASHION_MNIST);
    }
  }
}
