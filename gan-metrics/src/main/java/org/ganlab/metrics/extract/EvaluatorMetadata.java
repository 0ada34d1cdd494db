package org.ganlab.metrics.extract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What is recorded beside an evaluator's weights in {@code <name>.json}: how it was made, what it
 * scored and how to check a loaded copy. Built from the recipe and objects that trained it.
 *
 * @param schemaVersion version of this file's layout
 * @param name evaluator name, e.g. {@code fashion-mnist-cnn}
 * @param sha256 SHA-256 of {@code <name>.params}, lower-case hex
 * @param dataset the {@code data.source} it was trained on
 * @param architecture the layers, in words
 * @param inputConversion how ganlab images become its input
 * @param testAccuracy accuracy on the test images
 * @param nTest number of test images
 * @param heldoutCheck accuracy on the fixed held-out batch
 * @param featureDim length of a feature vector
 * @param numClasses number of classes
 * @param input the input shape {@code [1, 28, 28]}
 * @param seed training seed
 * @param steps training steps
 * @param batchSize images per step
 * @param learningRate peak learning rate
 * @param threads intra-op threads it was trained with
 * @param command the command line that made it
 * @param ganlabVersion ganlab's version
 * @param djlVersion DJL's version
 * @param engine engine name and version
 */
@JsonPropertyOrder({"schema_version", "name", "sha256", "dataset", "architecture",
    "input_conversion", "test_accuracy", "n_test", "heldout_check", "feature_dim", "num_classes",
    "input", "seed", "steps", "batch_size", "learning_rate", "threads", "command", "ganlab_version",
    "djl_version", "engine"})
public record EvaluatorMetadata(
    @JsonProperty("schema_version") int schemaVersion,
    String name,
    String sha256,
    String dataset,
    String architecture,
    @JsonProperty("input_conversion") String inputConversion,
    @JsonProperty("test_accuracy") double testAccuracy,
    @JsonProperty("n_test") int nTest,
    @JsonProperty("heldout_check") HeldoutCheck heldoutCheck,
    @JsonProperty("feature_dim") int featureDim,
    @JsonProperty("num_classes") int numClasses,
    List<Integer> input,
    long seed,
    int steps,
    @JsonProperty("batch_size") int batchSize,
    @JsonProperty("learning_rate") double learningRate,
    int threads,
    String command,
    @JsonProperty("ganlab_version") String ganlabVersion,
    @JsonProperty("djl_version") String djlVersion,
    String engine) {

  /** The layout version this build writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The architecture, in words. */
  public static final String ARCHITECTURE = "conv3x3(32) relu maxpool2 conv3x3(64) relu maxpool2"
      + " flatten dense(128) relu [features] dense(10) [logits]; unpadded, no normalisation";

  /** How images become the input, in words. */
  public static final String INPUT_CONVERSION = "channel mean to grey, then bilinear resize to 28x28"
      + " (PyTorch interpolate, align_corners=False, no antialias)";
}
