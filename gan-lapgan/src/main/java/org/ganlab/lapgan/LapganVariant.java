package org.ganlab.lapgan;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.core.metric.ModelCapability;
import org.ganlab.core.nn.DiscriminatorLayers;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.ParameterInitializer;

/**
 * LAPGAN (Denton, Chintala, Szlam and Fergus, "Deep Generative Image Models using a Laplacian Pyramid of
 * Adversarial Networks", NIPS 2015), {@code model.variant: lapgan}: a Laplacian pyramid of
 * {@code model.levels} levels (28 → 14 → 7 or 32 → 16 → 8 by default), an MLP GAN on the base image and
 * per upper level a convolutional generator of the residual given the up-sampled coarse image, each
 * level trained on real pyramids with its own discriminator, Adam and loss columns; sampling chains the
 * levels ({@link LaplacianGan}). With {@code model.conditional: true} every level is class-conditional.
 * Weights N(0, 0.02²), biases 0.
 */
public final class LapganVariant implements GanVariant {
  private static final double INIT_STD = 0.02;

  @Override
  public String name() {
    return "lapgan";
  }

  @Override
  public String description() {
    return "Laplacian pyramid of GANs (Denton et al. 2015): MLP GAN at 7/8 px, a residual conv GAN per"
        + " level above; optionally class-conditional";
  }

  @Override
  public Class<? extends Record> optionsType() {
    return LapganOptions.class;
  }

  /**
   * Returns class-conditional generation: a LAPGAN built with {@code model.conditional: true} generates
   * requested classes; {@link #validate} refuses the metrics that need it for an unconditional one.
   *
   * @return {@link ModelCapability#CLASS_CONDITIONAL}
   */
  @Override
  public Set<ModelCapability> capabilities() {
    return Set.of(ModelCapability.CLASS_CONDITIONAL);
  }

  @Override
  public void validate(ExperimentConfig config, SampleShape dataShape, int numClasses) {
    LapganOptions options = config.model().options(LapganOptions.class);
    if (!dataShape.isImage()) {
      throw new ConfigException("model.variant", "model.variant lapgan needs images, but data.source "
          + config.data().source() + " gives samples of shape " + dataShape);
    }
    int size = dataShape.dims()[1];
    int scale = 1 << (options.levels() - 1);
    if (dataShape.dims()[2] != size || size % scale != 0 || size / scale < 2) {
      throw new ConfigException("model.levels", "model.levels " + options.levels() + " needs square"
          + " images whose side divides by " + scale + " into at least 2 px, found " + dataShape);
    }
    if (options.conditional() && numClasses == 0) {
      throw new ConfigException("model.conditional", "model.conditional: true needs labelled data,"
          + " but data.source " + config.data().source() + " has no labels");
    }
    if (!options.conditional()) {
      List<String> needing = conditionalMetrics(config.eval().metrics());
      if (!needing.isEmpty()) {
        throw new ConfigException("eval.metrics", "eval.metrics " + String.join(", ", needing)
            + " need a conditional model: set model.conditional: true for lapgan");
      }
    }
  }

  private static List<String> conditionalMetrics(List<String> names) {
    List<String> needing = new ArrayList<>();
    for (Metric metric : MetricRegistry.load().metrics()) {
      if (names.contains(metric.name()) && metric.needs().contains(ModelCapability.CLASS_CONDITIONAL)) {
        needing.add(metric.name());
      }
    }
    return needing;
  }

  @Override
  public GanModels build(BuildContext context) {
    LapganOptions options = context.config().model().options(LapganOptions.class);
    int[] image = context.dataShape().dims();
    PyramidShape shape = new PyramidShape(image[0], image[1], options.levels(),
        context.config().model().latentDim());
    int classes = options.conditional() ? context.numClasses() : 0;
    int width = context.config().model().width();
    int baseWidth = LapganOptions.BASE_WIDTH_FACTOR * width;
    LaplacianGenerator generator = new LaplacianGenerator(shape, width, baseWidth, classes);
    Shape labels = new Shape(2);
    generator.initialize(context.manager(), DataType.FLOAT32, classes > 0
        ? new Shape[] {new Shape(2, shape.latentDim()), labels}
        : new Shape[] {new Shape(2, shape.latentDim())});
    ParameterInitializer init = new ParameterInitializer(context.config().seed());
    init.normal(GanModels.GENERATOR, generator, INIT_STD);
    DiscriminatorLayers layers = DiscriminatorLayers.of(context);
    List<Block> discriminators = new ArrayList<>();
    for (int k = 0; k <= shape.base(); k++) {
      Block discriminator = k == shape.base()
          ? new BaseDiscriminator(layers, baseWidth, classes)
          : new ResidualDiscriminator(layers, shape.size(k), width, classes);
      Shape level = new Shape(2, shape.channels(), shape.size(k), shape.size(k));
      discriminator.initialize(context.manager(), DataType.FLOAT32,
          classes > 0 ? new Shape[] {level, labels} : new Shape[] {level});
      init.normal(LaplacianGan.discriminatorName(k), discriminator, INIT_STD);
      discriminators.add(discriminator);
    }
    return new LaplacianGan(shape, generator, discriminators, classes > 0, context);
  }
}
