package org.ganlab.core.data;

import java.util.Arrays;

/**
 * Converts stored byte images to the configured float layout: values {@code v / 127.5 - 1} in [-1, 1],
 * a grey image repeated into every output channel, and the image centred on a canvas of the output size
 * (padded with background -1 when larger, cropped when smaller). Padding 28×28 digits to 32×32 with
 * 2 pixels of background per side is how DCGAN-style papers feed MNIST to 32×32 networks.
 */
final class CanvasFit {
  private final int inChannels;
  private final int inHeight;
  private final int inWidth;
  private final int outChannels;
  private final int outSize;

  /**
   * Creates the converter.
   *
   * @param stored stored shape {@code [C, H, W]}
   * @param output output shape {@code [C', S, S]}; C' must equal C unless C is 1
   */
  CanvasFit(SampleShape stored, SampleShape output) {
    int[] in = stored.dims();
    int[] out = output.dims();
    if (in[0] != 1 && in[0] != out[0]) {
      throw new IllegalArgumentException("cannot map " + stored + " to " + output);
    }
    this.inChannels = in[0];
    this.inHeight = in[1];
    this.inWidth = in[2];
    this.outChannels = out[0];
    this.outSize = out[1];
  }

  /**
   * Writes image {@code index} of {@code images} into {@code out}.
   *
   * @param images stored images
   * @param index which image
   * @param out destination array
   * @param offset index of the first output value
   */
  void copy(ByteImages images, int index, float[] out, int offset) {
    int plane = outSize * outSize;
    Arrays.fill(out, offset, offset + outChannels * plane, -1f);
    byte[] pixels = images.pixels();
    int top = (outSize - inHeight) / 2;
    int left = (outSize - inWidth) / 2;
    int yStart = Math.max(0, top);
    int yEnd = Math.min(outSize, top + inHeight);
    int xStart = Math.max(0, left);
    int xEnd = Math.min(outSize, left + inWidth);
    for (int c = 0; c < outChannels; c++) {
      int source = (index * inChannels + (inChannels == 1 ? 0 : c)) * inHeight * inWidth;
      int target = offset + c * plane;
      for (int y = yStart; y < yEnd; y++) {
        int row = source + (y - top) * inWidth - left;
        for (int x = xStart; x < xEnd; x++) {
          out[target + y * outSize + x] = (pixels[row + x] & 0xFF) / 127.5f - 1f;
        }
      }
    }
  }
}
