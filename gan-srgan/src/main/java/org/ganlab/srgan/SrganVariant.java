package org.ganlab.srgan;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.List;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.LowResolutionView;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.data.TranslationSource;
import org.ganlab.core.nn.DiscriminatorLayers;
import org.ganlab.core.nn.FeatureNetwork;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.ParameterInitializer;
import org.ganlab.core.train.TranslationModels;

/**
 * SRGAN (Ledig et al. 2017, "Photo-Realistic Single Image Super-Resolution Using a Generative
 * Adversarial Network"): an SRResNet generator and a strided convolutional discriminator
 * ({@link SrganArchitecture}) trained on any image source seen at low resolution
 * ({@link LowResolutionView}: inputs are the images bicubically downsampled by {@code model.scale}).
 * Weights start as PyTorch's defaults (uniform fan-in, zero biases, PReLU slopes 0.25).
 */
public final class SrganVariant implements GanVariant {
  @Override
  public String name() {
    return "srgan";
  }

  @Override
  public String description() {
    return "super-resolution x2/x4: SRResNet G, strided D, content + adversarial loss "
        + "(Ledig et al. 2017)";
  }

  @Override
  public Class<? extends Record> optionsType() {
    return SrganOptions.class;
  }

  @Override
  public DataSource view(DataSource source, ExperimentConfig config) {
    if (source instanceof TranslationSource) {
      throw new ConfigException("data.source", "model.variant srgan makes its own low-resolution "
          + "inputs from an image source, but data.source " + config.data().source()
          + (config.data().twoDomains() ? " with data.domain_a/domain_b" : "")
          + " is already a translation source");
    }
    checkImages(config, source.shape());
    return new LowResolutionView(source, options(config).scale());
  }

  @Override
  public void validate(ExperimentConfig config, SampleShape dataShape, int numClasses) {
    checkImages(config, dataShape);
    SrganOptions options = options(config);
    if (options.featureContent()
        && FeatureNetwork.find(config.data().source(), dataShape).isEmpty()) {
      throw new ConfigException("model.content_loss", "model.content_loss features needs a feature "
          + "network for data.source " + config.data().source() + " (the evaluator CNNs of shapes "
          + "and fashion-mnist, in gan-metrics), found none; use pixel");
    }
  }

  /**
   * Returns PSNR and SSIM against the true high-resolution images, and FID where the source has a
   * shipped evaluator.
   *
   * @param dataSource the value of {@code data.source}
   * @param sourceDefaults what {@code auto} means for the source alone
   * @return {@code [psnr, ssim, fid]} or {@code [psnr, ssim]}
   */
  @Override
  public List<String> defaultMetrics(String dataSource, List<String> sourceDefaults) {
    return sourceDefaults.contains("fid") ? List.of("psnr", "ssim", "fid") : List.of("psnr", "ssim");
  }

  @Override
  public TranslationModels build(BuildContext context) {
    ExperimentConfig config = context.config();
    SrganOptions options = options(config);
    int[] image = context.dataShape().dims();
    SrganArchitecture architecture = new SrganArchitecture(image[0], config.model().width(),
        options.resBlocks(), options.scale());
    Block generator = architecture.generator();
    Block discriminator = architecture.discriminator(DiscriminatorLayers.of(context),
        !config.model().spectralNorm());
    generator.initialize(context.manager(), DataType.FLOAT32,
        new Shape(2, image[0], image[1] / options.scale(), image[2] / options.scale()));
    discriminator.initialize(context.manager(), DataType.FLOAT32,
        new Shape(context.dataShape().batchShape(2)));
    ParameterInitializer init = new ParameterInitializer(config.seed());
    init.uniformFanIn("generator", generator);
    init.uniformFanIn("discriminator", discriminator);
    ContentLoss content = options.featureContent()
        ? ContentLoss.features(FeatureNetwork.find(config.data().source(), context.dataShape())
            .orElseThrow(() -> new ConfigException("model.content_loss",
                "model.content_loss features: no feature network for data.source "
                    + config.data().source()))
            .load(context.manager()))
        : ContentLoss.pixels();
    return new Srgan(generator, discriminator, context, content);
  }

  private static void checkImages(ExperimentConfig config, SampleShape shape) {
    if (!shape.isImage()) {
      throw new ConfigException("model.variant", "model.variant srgan needs images, but data.source "
          + config.data().source() + " gives samples of shape " + shape);
    }
    int scale = options(config).scale();
    int[] dims = shape.dims();
    if (dims[1] % scale != 0 || dims[2] % scale != 0) {
      throw new ConfigException("model.scale", "model.scale must divide the image size "
          + dims[1] + "x" + dims[2] + ", found " + scale);
    }
  }

  private static SrganOptions options(ExperimentConfig config) {
    return config.model().options(SrganOptions.class);
  }
}
