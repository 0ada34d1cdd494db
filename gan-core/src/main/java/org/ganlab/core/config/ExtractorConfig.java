package org.ganlab.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The {@code eval.extractor:} section: the network that turns images into features (FID, KID,
 * precision/recall, density/coverage) and class probabilities (Inception Score, class coverage).
 *
 * <p>{@code auto} picks ganlab's own evaluator CNN for the data source ({@code shapes-cnn} for
 * {@code shapes}, {@code fashion-mnist-cnn} for {@code fashion-mnist}). {@code torchscript} runs a
 * user-supplied TorchScript file, e.g. an Inception-v3 pool3 exporter: images are mapped to [0, 1],
 * resized (bilinear) to {@code input_size}, grey images repeated to {@code input_channels}, then
 * normalised per channel by {@code (x - mean) / std}. The last four keys apply to {@code torchscript}
 * only; ganlab's evaluators fix their own input.
 *
 * @param type {@code auto}, {@code shapes-cnn}, {@code fashion-mnist-cnn} or {@code torchscript}
 * @param path the TorchScript file (required for {@code torchscript})
 * @param inputSize side of the square input the model expects
 * @param inputChannels channels the model expects (1 or 3)
 * @param mean per-channel mean subtracted after mapping to [0, 1] (one value, or one per channel)
 * @param std per-channel divisor after subtracting the mean (one value, or one per channel)
 * @param batchSize images per forward pass
 */
@JsonPropertyOrder({"type", "path", "input_size", "input_channels", "mean", "std", "batch_size"})
public record ExtractorConfig(
    String type,
    String path,
    @JsonProperty("input_size") int inputSize,
    @JsonProperty("input_channels") int inputChannels,
    List<Double> mean,
    List<Double> std,
    @JsonProperty("batch_size") int batchSize) {

  /** The valid values of {@code eval.extractor.type}. */
  public static final List<String> TYPES =
      List.of("auto", "shapes-cnn", "fashion-mnist-cnn", "torchscript");

  /** Checks each field and keeps unmodifiable copies of the lists. */
  public ExtractorConfig {
    Checks checks = new Checks();
    checks.oneOf("eval.extractor.type", type, TYPES);
    checks.inRange("eval.extractor.input_size", inputSize, 8, 1024);
    checks.inRange("eval.extractor.input_channels", inputChannels, 1, 3);
    mean = perChannel(checks, "eval.extractor.mean", mean, inputChannels);
    std = perChannel(checks, "eval.extractor.std", std, inputChannels);
    checks.require(std.stream().allMatch(s -> s > 0), "eval.extractor.std",
        "must hold values > 0", std);
    checks.inRange("eval.extractor.batch_size", batchSize, 1, 65536);
    checks.done();
  }

  private static List<Double> perChannel(
      Checks checks, String field, List<Double> values, int channels) {
    boolean valid = values != null && (values.size() == 1 || values.size() == channels)
        && values.stream().allMatch(v -> v != null && Double.isFinite(v));
    return checks.require(valid, field, "must be a list of 1 or input_channels (" + channels
        + ") finite numbers", values) ? List.copyOf(values) : List.of();
  }

  /**
   * Returns the value of a per-channel list for one channel.
   *
   * @param values {@link #mean()} or {@link #std()}
   * @param channel the channel index
   * @return the channel's value (the single value when only one is given)
   */
  public static double channelValue(List<Double> values, int channel) {
    return values.size() == 1 ? values.get(0) : values.get(channel);
  }
}
