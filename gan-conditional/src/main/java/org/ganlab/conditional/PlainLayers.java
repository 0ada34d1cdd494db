package org.ganlab.conditional;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;

/** The discriminator's weight layers: plain convolutions and linear maps. */
final class PlainLayers {

  /**
   * Returns a square convolution.
   *
   * @param kernel kernel side
   * @param stride stride
   * @param padding zero padding on every side
   * @param filters output channels
   * @param bias whether to add a bias
   * @return {@code [B, in, H, W]} to {@code [B, filters, H', W']}
   */
  Block conv(int kernel, int stride, int padding, int filters, boolean bias) {
    return Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).optStride(new Shape(stride, stride))
        .optPadding(new Shape(padding, padding)).setFilters(filters).optBias(bias).build();
  }

  /**
   * Returns a linear map.
   *
   * @param units output units
   * @param bias whether to add a bias
   * @return {@code [B, in]} to {@code [B, units]}
   */
  Block linear(int units, boolean bias) {
    return Linear.builder().setUnits(units).optBias(bias).build();
  }
}
