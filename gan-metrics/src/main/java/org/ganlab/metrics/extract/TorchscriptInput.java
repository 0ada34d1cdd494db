package org.ganlab.metrics.extract;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.ganlab.core.config.ExtractorConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.engine.NativeArrays;

/**
 * Turns ganlab images into the input a TorchScript extractor expects, in this order: values mapped
 * from [-1, 1] to [0, 1]; bilinear resize to {@code input_size × input_size}
 * ({@link TorchscriptResize});
 * grey repeated to 3 channels, or colour averaged to 1, to match {@code input_channels}; then
 * {@code (x − mean) / std} per channel. All in float32.
 */
final class TorchscriptInput {

  private final int size;
  private final int channels;
  private final float[] mean;
  private final float[] std;

  /**
   * Creates the preprocessing; {@link #of} reads it from a config.
   *
   * @param size the side of the model's square input
   * @param channels the channels of the model's input, 1 or 3
   * @param mean the per-channel mean, one value per channel
   * @param std the per-channel divisor, one value per channel
   */
  TorchscriptInput(int size, int channels, float[] mean, float[] std) {
    this.size = size;
    this.channels = channels;
    this.mean = mean;
    this.std = std;
  }

  /**
   * Reads the input settings of an extractor config.
   *
   * @param config the {@code eval.extractor} section
   * @return the preprocessing it asks for
   */
  static TorchscriptInput of(ExtractorConfig config) {
    int channels = config.inputChannels();
    float[] mean = new float[channels];
    float[] std = new float[channels];
    for (int c = 0; c < channels; c++) {
      mean[c] = (float) ExtractorConfig.channelValue(config.mean(), c);
      std[c] = (float) ExtractorConfig.channelValue(config.std(), c);
    }
    return new TorchscriptInput(config.inputSize(), channels, mean, std);
  }

  /**
   * Returns the shape of a model input.
   *
   * @param count the number of images
   * @return {@code [count, input_channels, input_size, input_size]}
   */
  Shape shape(int count) {
    return new Shape(count, channels, size, size);
  }

  /**
   * Checks that a batch holds images this preprocessing accepts.
   *
   * @param shape the shape of one sample
   * @throws IllegalArgumentException unless it is {@code [C, H, W]} with C = 1 or 3
   */
  static void check(SampleShape shape) {
    int[] dims = shape.dims();
    if (dims.length != 3 || (dims[0] != 1 && dims[0] != 3)) {
      throw new IllegalArgumentException("a TorchScript extractor needs images [C, H, W] with"
          + " C = 1 or 3, found samples of shape " + shape);
    }
  }

  /**
   * Preprocesses the images {@code [from, to)} of a batch.
   *
   * @param manager the manager that owns the result and the intermediate arrays
   * @param images images {@code [N, C, H, W]} in [-1, 1], already {@linkplain #check checked}
   * @param from the first image
   * @param to one past the last image
   * @return the model input {@code [to − from, input_channels, input_size, input_size]}
   */
  NDArray prepare(NDManager manager, Batch images, int from, int to) {
    int[] dims = images.shape().dims();
    int perImage = images.shape().size();
    float[] values = Arrays.copyOfRange(images.values(), from * perImage, to * perImage);
    NDArray x = NativeArrays.create(manager, values, new Shape(to - from, dims[0], dims[1], dims[2]));
    x = TorchscriptResize.resize(x.add(1f).div(2f), size);
    x = matchChannels(x, dims[0]);
    NDArray meanArray = NativeArrays.create(manager, mean, new Shape(1, channels, 1, 1));
    NDArray stdArray = NativeArrays.create(manager, std, new Shape(1, channels, 1, 1));
    return x.sub(meanArray).div(stdArray);
  }

  private NDArray matchChannels(NDArray x, int imageChannels) {
    if (imageChannels == channels) {
      return x;
    }
    return imageChannels == 1 ? x.repeat(1, channels) : x.mean(new int[] {1}, true);
  }
}
