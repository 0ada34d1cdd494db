package org.ganlab.metrics.extract;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.config.ExtractorConfig;
import org.ganlab.core.data.Batch;

/**
 * A user-supplied TorchScript file as feature extractor ({@code eval.extractor.type: torchscript}), e.g.
 * an Inception-v3 pool3 exporter for standard FID. Images are preprocessed as {@link TorchscriptInput}
 * describes and run through the module {@code batch_size} images at a time, without gradients.
 *
 * <p>The module's {@code forward} takes one float32 tensor {@code [N, input_channels, input_size,
 * input_size]} and returns either features {@code [N, d]}, or a tuple or list (features {@code [N, d]},
 * logits {@code [N, C]}); the class probabilities are then the softmax of the logits. {@link #open}
 * runs the module once on a single blank image, so a module that does not fit the configured input or
 * returns something else fails at open, and {@link #featureDimension()} and {@link #numClasses()} are
 * known from then on. The module runs in evaluation mode even when it was saved in training mode
 * (dropout off, batch norm on its running statistics).
 *
 * <p>Identity: {@code torchscript:<file name>} with the SHA-256 of the file's bytes (the same bytes
 * are loaded). Not thread-safe; close it to free the module.
 */
public final class TorchscriptExtractor implements FeatureExtractor {

  private final PtNDManager manager;
  private final PtSymbolBlock module;
  private final ExtractorIdentity identity;
  private final TorchscriptInput input;
  private final int batchSize;
  private final int featureDimension;
  private final int numClasses;

  private TorchscriptExtractor(PtNDManager manager, PtSymbolBlock module, ExtractorIdentity identity,
      TorchscriptInput input, int batchSize) {
    this.manager = manager;
    this.module = module;
    this.identity = identity;
    this.input = input;
    this.batchSize = batchSize;
    Extraction probe = probe();
    this.featureDimension = probe.features()[0].length;
    this.numClasses = probe.probabilities() == null ? 0 : probe.probabilities()[0].length;
  }

  /**
   * Loads the TorchScript file of a config and checks it on one blank image.
   *
   * @param config an {@code eval.extractor} section of type {@code torchscript}
   * @return the open extractor
   * @throws IllegalArgumentException when the type is not {@code torchscript}, {@code input_channels}
   *     is not 1 or 3, or the file is missing, unreadable, not TorchScript, or its module does not
   *     accept the configured input or returns something other than features (and logits)
   */
  public static TorchscriptExtractor open(ExtractorConfig config) {
    if (!config.type().equals("torchscript")) {
      throw new IllegalArgumentException(
          "eval.extractor.type must be torchscript for a TorchScript extractor, found " + config.type());
    }
    if (config.inputChannels() == 2) {
      throw new IllegalArgumentException(
          "eval.extractor.input_channels must be 1 or 3 for type torchscript, found 2");
    }
    if (config.path() == null || config.path().isBlank()) {
      throw new IllegalArgumentException(
          "eval.extractor.path is required for eval.extractor.type torchscript, found " + config.path());
    }
    Path path = Path.of(config.path());
    byte[] bytes = read(path);
    ExtractorIdentity identity =
        new ExtractorIdentity("torchscript:" + path.getFileName(), sha256(bytes));
    PtNDManager manager = (PtNDManager) NDManager.newBaseManager("PyTorch");
    try {
      PtSymbolBlock module = load(manager, path, bytes);
      return new TorchscriptExtractor(
          manager, module, identity, TorchscriptInput.of(config), config.batchSize());
    } catch (RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  @Override
  public ExtractorIdentity identity() {
    return identity;
  }

  @Override
  public int featureDimension() {
    return featureDimension;
  }

  @Override
  public int numClasses() {
    return numClasses;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the samples are not images with 1 or 3 channels
   */
  @Override
  public Extraction extract(Batch images) {
    TorchscriptInput.check(images.shape());
    int count = images.size();
    double[][] features = new double[count][];
    double[][] probabilities = numClasses == 0 ? null : new double[count][];
    for (int from = 0; from < count; from += batchSize) {
      int to = Math.min(count, from + batchSize);
      try (NDManager chunk = manager.newSubManager()) {
        Extraction part = run(input.prepare(chunk, images, from, to));
        checkDimensions(part);
        System.arraycopy(part.features(), 0, features, from, to - from);
        if (probabilities != null) {
          System.arraycopy(part.probabilities(), 0, probabilities, from, to - from);
        }
      }
    }
    return new Extraction(features, probabilities);
  }

  /** Frees the module (attached to this extractor's manager) and every array this extractor made. */
  @Override
  public void close() {
    manager.close();
  }

  private void checkDimensions(Extraction part) {
    int features = part.features()[0].length;
    int classes = part.probabilities() == null ? 0 : part.probabilities()[0].length;
    if (features != featureDimension || classes != numClasses) {
      throw new IllegalArgumentException("TorchScript module " + identity.name() + " returned "
          + features + " features and " + classes + " classes, after " + featureDimension + " and "
          + numClasses + " at open");
    }
  }

  private Extraction probe() {
    try (NDManager chunk = manager.newSubManager()) {
      return run(chunk.zeros(input.shape(1)));
    }
  }

  /** Runs the module on a preprocessed chunk; the outputs join the chunk's manager. */
  @SuppressWarnings("try") // the pause scope is only opened and closed
  private Extraction run(NDArray x) {
    int rows = Math.toIntExact(x.getShape().get(0));
    PtNDManager chunk = (PtNDManager) x.getManager();
    try (Autograd.Recording paused = Autograd.pause();
        IValue in = IValue.from((PtNDArray) x);
        IValue out = IValueUtils.forward(module, new IValue[] {in})) {
      return TorchscriptOutput.read(out, chunk, rows, identity.name());
    } catch (EngineException e) {
      throw new IllegalArgumentException("TorchScript module " + identity.name() + " failed on an input "
          + x.getShape() + " (eval.extractor.input_channels, input_size): " + firstLine(e), e);
    }
  }

  private static byte[] read(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(
          "eval.extractor.path: TorchScript file not found: " + path.toAbsolutePath());
    }
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "eval.extractor.path: cannot read TorchScript file " + path.toAbsolutePath() + ": " + e, e);
    }
  }

  private static PtSymbolBlock load(PtNDManager manager, Path path, byte[] bytes) {
    try {
      PtSymbolBlock module = JniUtils.loadModule(manager, new ByteArrayInputStream(bytes), true, false);
      JniUtils.enableInferenceMode(module);
      return module;
    } catch (IOException | EngineException e) {
      throw new IllegalArgumentException("eval.extractor.path: " + path.toAbsolutePath()
          + " is not a TorchScript module: " + firstLine(e), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage()).strip();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
