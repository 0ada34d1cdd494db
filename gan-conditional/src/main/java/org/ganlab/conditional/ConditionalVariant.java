package org.ganlab.conditional;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.metric.ModelCapability;
import org.ganlab.core.nn.DiscriminatorLayers;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.ParameterInitializer;

/**
 * The conditional GAN (Mirza and Osindero 2014): the generator gets a learned label embedding joined to
 * z; the discriminator is a projection discriminator (Miyato and Koyama 2018, {@code model.discriminator:
 * projection}, the default) or sees the one-hot label joined to its input ({@code concat}). The body is
 * DCGAN-like ({@code model.backbone: conv}, 28 or 32 px, 1 or 3 channels) or fully connected
 * ({@code mlp}). With {@code model.spectral_norm} every weight layer of the discriminator, the projection
 * embedding included, is spectrally normalised and the conv discriminator drops its batch norm. With
 * {@code model.conditional_bn} the conv generator's batch norms are class-conditional.
 * Needs labelled data; sample grids show one class per row.
 */
public final class ConditionalVariant implements GanVariant {
  /** Standard deviation of the generator's initial label embedding, as {@code torch.nn.Embedding}. */
  private static final double EMBEDDING_INIT_STD = 1.0;

  /** Data sources with a shipped evaluator classifier, which the conditional metrics need. */
  private static final List<String> EVALUATED_SOURCES = List.of("shapes", "fashion-mnist");

  /** What {@code eval.metrics: auto} adds to the data's defaults on those sources. */
  private static final List<String> CONDITIONAL_METRICS =
      List.of("conditional_accuracy", "per_class_fid");

  @Override
  public String name() {
    return "conditional";
  }

  @Override
  public String description() {
    return "class-conditional G and D (Mirza and Osindero 2014), projection or concat discriminator"
        + " (Miyato and Koyama 2018); conv or mlp backbone; labelled data";
  }

  @Override
  public Class<? extends Record> optionsType() {
    return ConditionalOptions.class;
  }

  @Override
  public Set<ModelCapability> capabilities() {
    return Set.of(ModelCapability.CLASS_CONDITIONAL);
  }

  /**
   * Returns the data's default metrics, plus {@code conditional_accuracy} and {@code per_class_fid} on
   * sources with a shipped evaluator (shapes, fashion-mnist).
   *
   * @param dataSource the value of {@code data.source}
   * @param sourceDefaults what {@code auto} means for the data source alone
   * @return metric names
   */
  @Override
  public List<String> defaultMetrics(String dataSource, List<String> sourceDefaults) {
    if (!EVALUATED_SOURCES.contains(dataSource)) {
      return sourceDefaults;
    }
    List<String> metrics = new ArrayList<>(sourceDefaults);
    metrics.addAll(CONDITIONAL_METRICS);
    return metrics;
  }

  @Override
  public void validate(ExperimentConfig config, SampleShape dataShape, int numClasses) {
    if (numClasses == 0) {
      throw new ConfigException("data.source", "data.source " + config.data().source()
          + " has no labels, but model.variant conditional needs labelled data (e.g. shapes,"
          + " fashion-mnist)");
    }
    if (!config.model().options(ConditionalOptions.class).conv()) {
      return;
    }
    if (!dataShape.isImage()) {
      throw new ConfigException("model.backbone", "model.backbone conv needs images, but data.source "
          + config.data().source() + " gives samples of shape " + dataShape + "; use mlp");
    }
    int size = dataShape.dims()[1];
    if (size != 28 && size != 32 || dataShape.dims()[2] != size) {
      throw new ConfigException("data.image_size",
          "data.image_size must be 28 or 32 for model.backbone conv, found " + dataShape);
    }
  }

  @Override
  public GanModels build(BuildContext context) {
    ConditionalOptions options = context.config().model().options(ConditionalOptions.class);
    DiscriminatorLayers layers = DiscriminatorLayers.of(context);
    Backbone backbone = backbone(context, options, layers);
    int classes = context.numClasses();
    ConditionalGenerator generator =
        new ConditionalGenerator(classes, options.embeddingDim(), backbone.generator());
    Block discriminator = discriminator(backbone, options, classes, layers);
    int latentDim = context.config().model().latentDim();
    generator.initialize(context.manager(), DataType.FLOAT32, new Shape(2, latentDim), new Shape(2));
    discriminator.initialize(context.manager(), DataType.FLOAT32,
        new Shape(context.dataShape().batchShape(2)), new Shape(2));
    ParameterInitializer init = new ParameterInitializer(context.config().seed());
    backbone.initialize(init, "generator", generator);
    backbone.initialize(init, "discriminator", discriminator);
    init.normal("generator-embedding", generator.embedding(), EMBEDDING_INIT_STD);
    return new ConditionalGan(generator, discriminator, context, options.classifierWeight());
  }

  private static Backbone backbone(BuildContext context, ConditionalOptions options,
      DiscriminatorLayers layers) {
    int width = context.config().model().width();
    SampleShape shape = context.dataShape();
    int classes = context.numClasses();
    return options.conv()
        ? new ConvBackbone(shape.dims()[0], shape.dims()[1], width, layers,
            !context.config().model().spectralNorm(), options.conditionalBn()
                ? () -> new ClassBatchNorm(classes) : () -> BatchNorm.builder().build())
        : new MlpBackbone(shape, width, layers);
  }

  private static Block discriminator(Backbone backbone, ConditionalOptions options, int classes,
      DiscriminatorLayers layers) {
    SequentialBlock features = backbone.features();
    if (options.projection()) {
      return new ProjectionDiscriminator(classes, features, layers.linear(1, true),
          layers.linear(backbone.featureSize(), false),
          options.classified() ? layers.linear(classes, true) : null);
    }
    return new ConcatDiscriminator(classes, backbone.labelPlanes(),
        features.add(layers.linear(1, true)));
  }
}
