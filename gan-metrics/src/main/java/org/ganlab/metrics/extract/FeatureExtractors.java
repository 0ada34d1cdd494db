package org.ganlab.metrics.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ExtractorConfig;
import org.ganlab.core.data.DataSource;

/**
 * Opens the extractor named by {@code eval.extractor}: ganlab's evaluator CNN for the data source
 * ({@code auto}; the shapes evaluator also serves {@code shapes-translation}), a named evaluator ({@code shapes-cnn}, {@code fashion-mnist-cnn}), or a user's
 * TorchScript file ({@code torchscript}).
 */
public final class FeatureExtractors {

  private FeatureExtractors() {}

  /**
   * Checks, without loading anything, that the configured extractor exists for this data.
   *
   * @param config {@code eval.extractor}
   * @param data the data the metrics measure
   * @throws ConfigException naming {@code eval.extractor.type} or {@code eval.extractor.path}
   */
  public static void check(ExtractorConfig config, DataSource data) {
    checkPath(config.type().equals("auto") ? evaluatorFor(data) : config.type(), config);
  }

  /**
   * Returns whether the configured extractor exists for this data without asking the user for more:
   * false only for {@code auto} on data ganlab has no evaluator for.
   *
   * @param config {@code eval.extractor}
   * @param data the data the metrics measure
   * @return true when {@link #open(ExtractorConfig, DataSource)} can pick an extractor
   */
  public static boolean available(ExtractorConfig config, DataSource data) {
    return !config.type().equals("auto") || Arrays.stream(EvaluatorDataset.values())
        .anyMatch(dataset -> dataset.evaluates(data.name()));
  }

  /**
   * Opens the configured extractor for a run's data.
   *
   * @param config {@code eval.extractor}
   * @param data the data the metrics measure ({@code auto} picks its evaluator)
   * @return the extractor; the caller closes it
   * @throws ConfigException when the extractor does not exist for this data
   */
  public static FeatureExtractor open(ExtractorConfig config, DataSource data) {
    return openType(config.type().equals("auto") ? evaluatorFor(data) : config.type(), config);
  }

  /**
   * Opens an explicitly named extractor, with no data source to pick one for ({@code ganlab score}).
   *
   * @param config the extractor settings; {@code auto} is refused
   * @return the extractor; the caller closes it
   * @throws IllegalArgumentException for {@code auto}
   */
  public static FeatureExtractor open(ExtractorConfig config) {
    if (config.type().equals("auto")) {
      throw new IllegalArgumentException("the extractor must be named (shapes-cnn, fashion-mnist-cnn"
          + " or torchscript): there is no data source to pick one for");
    }
    return openType(config.type(), config);
  }

  private static FeatureExtractor openType(String type, ExtractorConfig config) {
    checkPath(type, config);
    return type.equals("torchscript") ? TorchscriptExtractor.open(config)
        : EvaluatorExtractor.load(type, config.batchSize());
  }

  private static void checkPath(String type, ExtractorConfig config) {
    if (!type.equals("torchscript")) {
      return;
    }
    Path path = Path.of(config.path());
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new ConfigException("eval.extractor.path", "eval.extractor.path: no readable file at "
          + path.toAbsolutePath());
    }
  }

  private static String evaluatorFor(DataSource data) {
    return Arrays.stream(EvaluatorDataset.values())
        .filter(dataset -> dataset.evaluates(data.name()))
        .map(EvaluatorDataset::evaluatorName)
        .findFirst()
        .orElseThrow(() -> new ConfigException("eval.extractor.type", "eval.extractor.type: auto has"
            + " no evaluator for data.source " + data.name() + "; set it to shapes-cnn,"
            + " fashion-mnist-cnn or torchscript (with eval.extractor.path), or drop the image"
            + " metrics from eval.metrics"));
  }
}
