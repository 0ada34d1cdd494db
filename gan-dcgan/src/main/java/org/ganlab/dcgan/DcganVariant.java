package org.ganlab.dcgan;

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
import org.ganlab.core.train.ParameterInitializer;
import org.ganlab.core.train.StandardGan;

/**
 * DCGAN (Radford, Metz and Chintala 2016): a convolutional generator (project and reshape, stride-2
 * up-convolutions, batch norm, ReLU, tanh output) and discriminator (stride-2 convolutions, batch norm
 * except on the first layer, LeakyReLU 0.2), sized from the image: 28 px starts at 7×7 and doubles twice,
 * 32 px starts at 4×4 and doubles three times; 1 or 3 channels. Weights N(0, 0.02²) as in the paper.
 *
 * <p>With {@code model.spectral_norm}, every convolution and the linear layer of the discriminator are
 * spectrally normalised and the discriminator has no batch norm (its convolutions get biases instead), as
 * in the SN-GAN discriminators of Miyato et al. ("Spectral Normalization for Generative Adversarial
 * Networks", ICLR 2018); the generator keeps its batch norm and is never normalised.
 */
public final class DcganVariant implements GanVariant {
  private static final double INIT_STD = 0.02;

  @Override
  public String name() {
    return "dcgan";
  }

  @Override
  public String description() {
    return "convolutional G and D with batch norm (Radford et al. 2016); 28 or 32 px, 1 or 3 channels";
  }

  @Override
  public Class<? extends Record> optionsType() {
    return DcganOptions.class;
  }

  @Override
  public void validate(ExperimentConfig config, SampleShape dataShape, int numClasses) {
    if (!dataShape.isImage()) {
      throw new ConfigException("model.variant", "model.variant dcgan needs images, but data.source "
          + config.data().source() + " gives samples of shape " + dataShape);
    }
    int size = dataShape.dims()[1];
    if (size != 28 && size != 32 || dataShape.dims()[2] != size) {
      throw new ConfigException("data.image_size",
          "data.image_size must be 28 or 32 for dcgan, found " + dataShape);
    }
  }

  @Override
  public GanModels build(BuildContext context) {
    int[] image = context.dataShape().dims();
    DcganArchitecture architecture = new DcganArchitecture(image[0], image[1],
        context.config().model().width(),
        context.config().model().options(DcganOptions.class).upsample());
    SequentialBlock generator = architecture.generator();
    boolean spectralNorm = context.config().model().spectralNorm();
    SequentialBlock discriminator =
        architecture.discriminator(DiscriminatorLayers.of(context), !spectralNorm);
    generator.initialize(context.manager(), DataType.FLOAT32,
        new Shape(2, context.config().model().latentDim()));
    discriminator.initialize(context.manager(), DataType.FLOAT32,
        new Shape(context.dataShape().batchShape(2)));
    ParameterInitializer init = new ParameterInitializer(context.config().seed());
    init.normal("generator", generator, INIT_STD);
    init.normal("discriminator", discriminator, INIT_STD);
    return new StandardGan(generator, discriminator, context);
  }
}
