package org.ganlab.vanilla;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.nn.DiscriminatorLayers;
import org.ganlab.core.nn.Maxout;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.ParameterInitializer;
import org.ganlab.core.train.StandardGan;

/**
 * The original fully connected GAN (Goodfellow et al. 2014): MLP generator (ReLU) and discriminator
 * (LeakyReLU 0.2, or maxout units with {@code model.activation: maxout}), {@code model.depth} hidden layers
 * of {@code model.width} units. Works on 2-D points and on flattened images (the generator ends in tanh
 * for images). With {@code model.spectral_norm} every linear layer of the discriminator is spectrally
 * normalised (Miyato et al. 2018); the generator never is.
 */
public final class VanillaVariant implements GanVariant {

  @Override
  public String name() {
    return "vanilla";
  }

  @Override
  public String description() {
    return "MLP generator and discriminator (Goodfellow et al. 2014); 2-D points or flattened images";
  }

  @Override
  public Class<? extends Record> optionsType() {
    return VanillaOptions.class;
  }

  @Override
  public GanModels build(BuildContext context) {
    SampleShape shape = context.dataShape();
    int width = context.config().model().width();
    VanillaOptions options = context.config().model().options(VanillaOptions.class);
    int depth = options.depth();
    int latentDim = context.config().model().latentDim();

    SequentialBlock generator = new SequentialBlock();
    for (int i = 0; i < depth; i++) {
      generator.add(Linear.builder().setUnits(width).build()).add(Activation.reluBlock());
    }
    generator.add(Linear.builder().setUnits(shape.size()).build());
    if (shape.isImage()) {
      generator.add(Activation.tanhBlock());
    }
    long[] batchShape = shape.batchShape(1);
    generator.add(new LambdaBlock(list -> {
      NDArray flat = list.singletonOrThrow();
      return new NDList(flat.reshape(reshaped(flat.getShape().get(0), batchShape)));
    }));

    SequentialBlock discriminator = discriminator(DiscriminatorLayers.of(context), width, options);

    generator.initialize(context.manager(), DataType.FLOAT32, new Shape(1, latentDim));
    discriminator.initialize(context.manager(), DataType.FLOAT32, new Shape(batchShape));
    ParameterInitializer init = new ParameterInitializer(context.config().seed());
    init.uniformFanIn("generator", generator);
    init.uniformFanIn("discriminator", discriminator);
    return new StandardGan(generator, discriminator, context);
  }

  /**
   * Samples [B, ...] → [B, size] → {@code depth} × (linear, LeakyReLU 0.2) → logits [B, 1]; with maxout
   * each hidden layer is (linear to {@code width × pieces}, max over each unit's pieces) instead.
   */
  private static SequentialBlock discriminator(DiscriminatorLayers layers, int width,
      VanillaOptions options) {
    SequentialBlock discriminator = new SequentialBlock();
    discriminator.add(new LambdaBlock(list -> new NDList(
        list.singletonOrThrow().reshape(list.singletonOrThrow().getShape().get(0), -1))));
    for (int i = 0; i < options.depth(); i++) {
      if (options.maxout()) {
        discriminator.add(layers.linear(width * options.maxoutPieces(), true))
            .add(Maxout.of(options.maxoutPieces()));
      } else {
        discriminator.add(layers.linear(width, true)).add(Activation.leakyReluBlock(0.2f));
      }
    }
    return discriminator.add(layers.linear(1, true));
  }

  private static Shape reshaped(long batch, long[] batchShape) {
    long[] dims = batchShape.clone();
    dims[0] = batch;
    return new Shape(dims);
  }
}
