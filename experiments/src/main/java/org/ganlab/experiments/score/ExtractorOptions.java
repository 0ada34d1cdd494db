package org.ganlab.experiments.score;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigProblem;
import org.ganlab.core.config.ExtractorConfig;

/**
 * The extractor options of {@code ganlab score}, turned into the same {@link ExtractorConfig} a run's
 * {@code eval.extractor:} section gives, with the same defaults and checks; messages name the
 * command-line options instead of the config keys.
 *
 * @param type {@code shapes-cnn}, {@code fashion-mnist-cnn} or {@code torchscript} ({@code --extractor})
 * @param path the TorchScript file ({@code --extractor-path})
 * @param inputSize side of the model's square input ({@code --input-size})
 * @param inputChannels channels the model expects ({@code --input-channels})
 * @param mean per-channel mean after mapping to [0, 1] ({@code --mean})
 * @param std per-channel divisor ({@code --std})
 * @param batchSize images per forward pass ({@code --batch-size})
 */
public record ExtractorOptions(String type, Path path, Integer inputSize, Integer inputChannels,
    List<Double> mean, List<Double> std, Integer batchSize) {
  /** Extractor types the command accepts ({@code auto} needs a data source, which score has not). */
  public static final List<String> TYPES = List.of("shapes-cnn", "fashion-mnist-cnn", "torchscript");
  /** Default of {@code --input-size}, as in {@code eval.extractor.input_size}. */
  public static final int DEFAULT_INPUT_SIZE = 299;
  /** Default of {@code --input-channels}. */
  public static final int DEFAULT_INPUT_CHANNELS = 3;
  /** Default of {@code --batch-size}. */
  public static final int DEFAULT_BATCH_SIZE = 256;

  private static final String PREFIX = "eval.extractor.";

  /**
   * Builds the extractor config.
   *
   * @return the config, or null when no extractor option was given
   * @throws IllegalArgumentException for an unknown type, torchscript without a path, TorchScript
   *     settings with another type or without {@code --extractor}, or a value out of range
   */
  public ExtractorConfig toConfig() {
    boolean torchscriptOptions = path != null || inputSize != null || inputChannels != null
        || mean != null || std != null;
    if (type == null) {
      if (torchscriptOptions || batchSize != null) {
        throw new IllegalArgumentException("--extractor-path, --input-size, --input-channels,"
            + " --mean, --std and --batch-size need --extractor");
      }
      return null;
    }
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("--extractor must be one of " + TYPES + ", found '" + type
          + "'");
    }
    boolean torchscript = type.equals("torchscript");
    if (torchscript && path == null) {
      throw new IllegalArgumentException("--extractor torchscript needs --extractor-path");
    }
    if (!torchscript && torchscriptOptions) {
      throw new IllegalArgumentException("--extractor-path, --input-size, --input-channels, --mean"
          + " and --std apply to --extractor torchscript only; " + type + " fixes its own input");
    }
    try {
      return new ExtractorConfig(type, path == null ? null : path.toString(),
          inputSize == null ? DEFAULT_INPUT_SIZE : inputSize,
          inputChannels == null ? DEFAULT_INPUT_CHANNELS : inputChannels,
          mean == null ? List.of(0.0) : mean, std == null ? List.of(1.0) : std,
          batchSize == null ? DEFAULT_BATCH_SIZE : batchSize);
    } catch (ConfigException e) {
      throw new IllegalArgumentException(optionMessage(e), e);
    }
  }

  private static String optionMessage(ConfigException e) {
    return e.problems().stream().map(ExtractorOptions::optionMessage)
        .collect(Collectors.joining("; "));
  }

  private static String optionMessage(ConfigProblem problem) {
    String field = problem.field();
    if (field == null || !field.startsWith(PREFIX) || !problem.message().startsWith(field)) {
      return problem.message();
    }
    String key = field.substring(PREFIX.length());
    String option = key.equals("type") ? "--extractor" : "--" + key.replace('_', '-');
    return option + problem.message().substring(field.length());
  }
}
