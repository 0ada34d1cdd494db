package org.ganlab.metrics.extract;

import java.nio.file.Path;
import org.ganlab.core.data.Batch;

/**
 * ganlab's own evaluator as a {@link FeatureExtractor}: a small CNN classifier per built-in dataset
 * ({@code shapes-cnn}, {@code fashion-mnist-cnn}), trained by {@code ganlab train-evaluator} and shipped
 * in gan-metrics' resources. Features are its 128-d penultimate layer (after ReLU), probabilities its
 * softmax. Any image batch is accepted ({@link EvaluatorInput}). Results from it are not Inception
 * FID/IS and are named after it in every protocol.
 */
public final class EvaluatorExtractor implements FeatureExtractor {
  /** Images per forward pass unless another batch size is given. */
  public static final int DEFAULT_BATCH_SIZE = 256;

  private final EvaluatorNetwork network;
  private final EvaluatorMetadata metadata;
  private final int batchSize;

  private EvaluatorExtractor(EvaluatorNetwork network, EvaluatorMetadata metadata, int batchSize) {
    this.network = network;
    this.metadata = metadata;
    this.batchSize = batchSize;
  }

  /**
   * Loads a shipped evaluator with the default batch size.
   *
   * @param name {@code shapes-cnn} or {@code fashion-mnist-cnn}
   * @return the extractor; close it
   * @throws IllegalArgumentException for another name
   * @throws IllegalStateException when the shipped weights do not match their recorded SHA-256
   */
  public static EvaluatorExtractor load(String name) {
    return load(name, DEFAULT_BATCH_SIZE);
  }

  /**
   * Loads a shipped evaluator.
   *
   * @param name {@code shapes-cnn} or {@code fashion-mnist-cnn}
   * @param batchSize images per forward pass (≥ 1)
   * @return the extractor; close it
   * @throws IllegalArgumentException for another name or a batch size below 1
   * @throws IllegalStateException when the shipped weights do not match their recorded SHA-256
   */
  public static EvaluatorExtractor load(String name, int batchSize) {
    return of(EvaluatorFiles.readResource(name), "resource " + name + ".params", batchSize);
  }

  /**
   * Loads an evaluator that {@code ganlab train-evaluator} wrote to a directory.
   *
   * @param directory the {@code --out} directory
   * @param name the evaluator name
   * @param batchSize images per forward pass (≥ 1)
   * @return the extractor; close it
   * @throws IllegalArgumentException when a file is missing or malformed or the batch size is below 1
   * @throws IllegalStateException when the weights do not match their recorded SHA-256
   */
  public static EvaluatorExtractor load(Path directory, String name, int batchSize) {
    return of(EvaluatorFiles.read(directory, name), directory.resolve(name + ".params").toString(),
        batchSize);
  }

  private static EvaluatorExtractor of(TrainedEvaluator files, String where, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("extractor batch size must be >= 1, found " + batchSize);
    }
    files.checked(where);
    return new EvaluatorExtractor(EvaluatorNetwork.fromParameters(files.parameters()),
        files.metadata(), batchSize);
  }

  /**
   * Returns what was recorded when the evaluator was trained.
   *
   * @return the metadata, including test accuracy and the held-out check
   */
  public EvaluatorMetadata metadata() {
    return metadata;
  }

  /**
   * Returns the evaluator's name and the SHA-256 of its weights.
   *
   * @return the identity
   */
  @Override
  public ExtractorIdentity identity() {
    return new ExtractorIdentity(metadata.name(), metadata.sha256());
  }

  /**
   * Returns 128, the width of the penultimate layer.
   *
   * @return the feature dimension
   */
  @Override
  public int featureDimension() {
    return EvaluatorArchitecture.FEATURE_DIM;
  }

  /**
   * Returns 10.
   *
   * @return the class count
   */
  @Override
  public int numClasses() {
    return EvaluatorArchitecture.NUM_CLASSES;
  }

  /**
   * Extracts features and probabilities, {@code batchSize} images per forward pass.
   *
   * @param images {@code [N, C, S, S]} in [-1, 1], C 1 or 3, any S
   * @return features {@code [N, 128]} and probabilities {@code [N, 10]}
   * @throws IllegalArgumentException when the batch is not square images with 1 or 3 channels
   */
  @Override
  public Extraction extract(Batch images) {
    return network.classify(EvaluatorInput.of(images), batchSize);
  }

  /** Frees the network's native memory. */
  @Override
  public void close() {
    network.close();
  }
}
