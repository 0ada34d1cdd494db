package org.ganlab.metrics.extract;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.train.ParameterInitializer;
import org.ganlab.core.engine.NativeArrays;

/**
 * The evaluator CNN ({@link EvaluatorArchitecture}) with its weights, on the CPU, in a manager of its
 * own: created with seeded weights for training or restored from a DJL parameter file, it maps
 * evaluator inputs to 128-d features and class probabilities.
 */
public final class EvaluatorNetwork implements AutoCloseable {
  /** Name of the network in the seeds of its initial weights. */
  static final String INIT_NAME = "evaluator";

  private static final Shape INPUT_SHAPE =
      new Shape(1, 1, EvaluatorInput.SIZE, EvaluatorInput.SIZE);
  private static final int PIXELS = EvaluatorInput.SIZE * EvaluatorInput.SIZE;

  private final NDManager manager;
  private final SequentialBlock trunk;
  private final Block head;
  private final SequentialBlock whole;
  private final ParameterStore store;

  private EvaluatorNetwork(NDManager manager) {
    this.manager = manager;
    this.trunk = EvaluatorArchitecture.trunk();
    this.head = EvaluatorArchitecture.head();
    this.whole = new SequentialBlock().add(trunk).add(head);
    this.store = new ParameterStore(manager, false);
    whole.initialize(manager, DataType.FLOAT32, INPUT_SHAPE);
  }

  /**
   * Creates the network with PyTorch-style uniform fan-in weights drawn from seeds derived from
   * {@code seed} ({@link ParameterInitializer#uniformFanIn}) and zero biases.
   *
   * @param seed the training seed
   * @return the network; close it
   */
  public static EvaluatorNetwork seeded(long seed) {
    EvaluatorNetwork network = new EvaluatorNetwork(NDManager.newBaseManager(Device.cpu()));
    new ParameterInitializer(seed).uniformFanIn(INIT_NAME, network.whole);
    return network;
  }

  /**
   * Restores a network from the bytes {@link #parameters()} wrote.
   *
   * @param parameters a DJL parameter file of this architecture
   * @return the network; close it
   * @throws IllegalArgumentException when the bytes are not such a file
   */
  public static EvaluatorNetwork fromParameters(byte[] parameters) {
    return restore(parameters, NDManager.newBaseManager(Device.cpu()));
  }

  /**
   * Restores a network whose weights live in a sub-manager of {@code parent}, so they are freed with it.
   *
   * @param parameters a DJL parameter file of this architecture
   * @param parent the manager whose lifetime the weights share
   * @return the network
   * @throws IllegalArgumentException when the bytes are not such a file
   */
  static EvaluatorNetwork fromParameters(byte[] parameters, NDManager parent) {
    return restore(parameters, parent.newSubManager());
  }

  private static EvaluatorNetwork restore(byte[] parameters, NDManager manager) {
    EvaluatorNetwork network = new EvaluatorNetwork(manager);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parameters))) {
      network.whole.loadParameters(network.manager, in);
      network.whole.getParameters().values().forEach(p -> NativeArrays.rehome(p.getArray()));
      return network;
    } catch (IOException | MalformedModelException | RuntimeException e) {
      network.close();
      throw new IllegalArgumentException(
          "evaluator parameters do not fit the evaluator CNN: " + e.getMessage(), e);
    }
  }

  /**
   * Serialises the weights as a DJL parameter file ({@code Block.saveParameters}).
   *
   * @return the file's bytes
   */
  public byte[] parameters() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      whole.saveParameters(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the evaluator parameters", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Computes features and class probabilities, {@code chunk} images at a time, each chunk in its own
   * sub-manager and without recording gradients. Probabilities are the softmax of the float32 logits,
   * computed in float64.
   *
   * @param input evaluator inputs {@code [N, 1, 28, 28]} ({@link EvaluatorInput#of})
   * @param chunk images per forward pass (≥ 1)
   * @return features {@code [N, 128]} and probabilities {@code [N, 10]}
   */
  public Extraction classify(float[] input, int chunk) {
    int n = input.length / PIXELS;
    double[][] features = new double[n][];
    double[][] probabilities = new double[n][];
    try (Autograd.Recording paused = Autograd.pause()) {
      for (int start = 0; start < n; start += chunk) {
        int count = Math.min(chunk, n - start);
        try (NDManager sub = manager.newSubManager()) {
          NDArray images = NativeArrays.create(sub,
              Arrays.copyOfRange(input, start * PIXELS, (start + count) * PIXELS),
              new Shape(count, 1, EvaluatorInput.SIZE, EvaluatorInput.SIZE));
          NDList outputs = forward(images, false);
          copyRows(outputs.get(0).toFloatArray(), EvaluatorArchitecture.FEATURE_DIM, features, start);
          Softmax.rows(outputs.get(1).toFloatArray(), EvaluatorArchitecture.NUM_CLASSES,
              probabilities, start);
        }
      }
    }
    return new Extraction(features, probabilities);
  }

  /**
   * Runs the network.
   *
   * @param images {@code [B, 1, 28, 28]} in [-1, 1]
   * @param training whether this pass is for training
   * @return features {@code [B, 128]} and logits {@code [B, 10]}, owned by {@code images}' manager
   */
  NDList forward(NDArray images, boolean training) {
    NDArray features = trunk.forward(store, new NDList(images), training).singletonOrThrow();
    NDArray logits = head.forward(store, new NDList(features), training).singletonOrThrow();
    return new NDList(features, logits);
  }

  /**
   * Computes the features alone, recording the graph when gradients are being recorded, so that a loss
   * on them reaches the images.
   *
   * @param images {@code [B, 1, 28, 28]} in [-1, 1]
   * @return features {@code [B, 128]}, owned by {@code images}' manager
   */
  NDArray features(NDArray images) {
    return trunk.forward(store, new NDList(images), false).singletonOrThrow();
  }

  /** Stops every weight from requiring a gradient: nothing computed from them can change them. */
  void freeze() {
    parameterArrays().forEach(array -> array.setRequiresGradient(false));
  }

  /**
   * Returns the weight and bias arrays in a stable order.
   *
   * @return live views of the parameters
   */
  List<NDArray> parameterArrays() {
    List<NDArray> arrays = new ArrayList<>();
    for (Pair<String, Parameter> entry : whole.getParameters()) {
      arrays.add(entry.getValue().getArray());
    }
    return arrays;
  }

  /**
   * Returns the manager that owns the weights, for optimizer state that lives as long.
   *
   * @return the network's manager
   */
  NDManager manager() {
    return manager;
  }

  private static void copyRows(float[] flat, int width, double[][] into, int first) {
    for (int r = 0; r < flat.length / width; r++) {
      double[] row = new double[width];
      for (int c = 0; c < width; c++) {
        row[c] = flat[r * width + c];
      }
      into[first + r] = row;
    }
  }

  /** Frees the weights. */
  @Override
  public void close() {
    manager.close();
  }
}
