package org.ganlab.stylegan;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.nn.DiscriminatorLayers;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GanVariant;

/**
 * StyleGAN2 at small scale (Karras et al., "Analyzing and Improving the Image Quality of StyleGAN",
 * CVPR 2020; the style-based generator of Karras, Laine and Aila, CVPR 2019): a mapping network with
 * w̄ for truncation, a synthesis network of modulated, demodulated convolutions with noise and skip
 * toRGB outputs from a learned 4×4 constant to 32×32, a residual discriminator with a minibatch
 * standard deviation layer, all with the equalised learning rate; lazy R1 (any {@code loss.penalty},
 * every {@code model.r1_interval} steps) and style mixing. 28 or 32 px images with 1 or 3 channels
 * (28 px are padded to 32).
 */
public final class StyleganVariant implements GanVariant {

  @Override
  public String name() {
    return "stylegan";
  }

  @Override
  public String description() {
    return "StyleGAN2 (Karras et al. 2020): mapping network, modulated convolutions, residual D,"
        + " lazy R1, style mixing; 28 or 32 px, 1 or 3 channels";
  }

  @Override
  public Class<? extends Record> optionsType() {
    return StyleganOptions.class;
  }

  @Override
  public void validate(ExperimentConfig config, SampleShape dataShape, int numClasses) {
    if (!dataShape.isImage()) {
      throw new ConfigException("model.variant", "model.variant stylegan needs images, but data.source "
          + config.data().source() + " gives samples of shape " + dataShape);
    }
    int size = dataShape.dims()[1];
    if (size != 28 && size != 32 || dataShape.dims()[2] != size) {
      throw new ConfigException("data.image_size",
          "data.image_size must be 28 or 32 for stylegan, found " + dataShape);
    }
  }

  @Override
  public GanModels build(BuildContext context) {
    int width = context.config().model().width();
    int dim = context.config().model().latentDim();
    StyleganOptions options = context.config().model().options(StyleganOptions.class);
    StyleGenerator generator = new StyleGenerator(dim, options.mappingLayers(), width,
        context.dataShape().dims()[0]);
    DiscriminatorLayers spectral =
        context.config().model().spectralNorm() ? DiscriminatorLayers.of(context) : null;
    SequentialBlock discriminator = new ResidualDiscriminator(width, spectral).build();
    generator.initialize(context.manager(), DataType.FLOAT32, new Shape(2, dim));
    discriminator.initialize(context.manager(), DataType.FLOAT32,
        new Shape(2, context.dataShape().dims()[0], 32, 32));
    StyleganInitializer init = new StyleganInitializer(context.config().seed());
    init.generator(GanModels.GENERATOR, generator);
    init.discriminator(GanModels.DISCRIMINATOR, discriminator);
    return new StyleganModels(generator, discriminator, context);
  }
}
