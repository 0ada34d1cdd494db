package org.ganlab.cyclegan;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.data.TranslationSource;
import org.ganlab.core.metric.ModelCapability;
import org.ganlab.core.nn.DiscriminatorLayers;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.ParameterInitializer;

/**
 * CycleGAN (Zhu et al., "Unpaired Image-to-Image Translation using Cycle-Consistent Adversarial
 * Networks", ICCV 2017): unpaired translation from domain A (a translation source's inputs) to domain B
 * (its targets) with two ResNet generators, two PatchGAN discriminators with instance norm
 * ({@link CycleGanArchitecture}), cycle and identity L1 losses and an image pool per discriminator. It
 * trains on {@code shapes-translation} or a two-domain view ({@code data.domain_a},
 * {@code data.domain_b}) of a labelled image source, 28 or 32 px, 1 or 3 channels. The paper's
 * least-squares loss is {@code loss: {type: least-squares}} (the examples set it); any core loss and
 * penalty work. Weights N(0, 0.02²), biases 0, as in the authors' code. With {@code model.spectral_norm}
 * both discriminators' convolutions are spectrally normalised (Miyato et al. 2018) and lose their
 * instance norm.
 */
public final class CycleGanVariant implements GanVariant {
  private static final double INIT_STD = 0.02;
  private static final String SHAPES_TRANSLATION = "shapes-translation";

  @Override
  public String name() {
    return "cyclegan";
  }

  @Override
  public String description() {
    return "unpaired image-to-image translation with cycle consistency (Zhu et al. 2017); needs"
        + " shapes-translation or data.domain_a/domain_b";
  }

  @Override
  public Class<? extends Record> optionsType() {
    return CycleGanOptions.class;
  }

  @Override
  public void validate(ExperimentConfig config, SampleShape dataShape, int numClasses) {
    if (!dataShape.isImage()) {
      throw new ConfigException("model.variant", "model.variant cyclegan needs images, but data.source "
          + config.data().source() + " gives samples of shape " + dataShape);
    }
    int[] dims = dataShape.dims();
    if (dims[1] % 4 != 0 || dims[2] != dims[1] || dims[1] < 8) {
      throw new ConfigException("data.image_size", "data.image_size must be a multiple of 4 of at"
          + " least 8 (28 or 32) for cyclegan, found " + dataShape);
    }
  }

  /**
   * Accepts only translation data whose inputs and targets have one shape.
   *
   * @param source the opened source
   * @param config the resolved config
   * @return the source itself
   * @throws ConfigException naming {@code data.source} for any other data
   */
  @Override
  public DataSource view(DataSource source, ExperimentConfig config) {
    if (!(source instanceof TranslationSource translation)) {
      throw new ConfigException("data.source", "model.variant cyclegan needs two image domains: use"
          + " data.source: " + SHAPES_TRANSLATION + ", or data.domain_a and data.domain_b on a"
          + " labelled source; found data.source " + source.name() + " with no domains");
    }
    if (!Arrays.equals(translation.inputShape().dims(), translation.shape().dims())) {
      throw new ConfigException("data.source", "model.variant cyclegan needs inputs and targets of one"
          + " shape, found " + translation.inputShape() + " and " + translation.shape()
          + " from data.source " + source.name());
    }
    return source;
  }

  /**
   * Returns FID of the translations against real targets and of the way back against real inputs
   * (when the data has an evaluator), on {@code shapes-translation} also the distance to the known true
   * translations (L1, PSNR, each beside the identity mapping's), and the cycle reconstruction error.
   *
   * @param dataSource {@code data.source}
   * @param sourceDefaults the source's own defaults (the image metrics when it has an evaluator)
   * @return {@code [fid, fid_ba, l1, psnr, cycle_l1]} on shapes-translation, {@code [fid, fid_ba,
   *     cycle_l1]} on a two-domain view of a source with an evaluator, else {@code [cycle_l1]}
   */
  @Override
  public List<String> defaultMetrics(String dataSource, List<String> sourceDefaults) {
    List<String> metrics = new ArrayList<>();
    if (SHAPES_TRANSLATION.equals(dataSource)) {
      metrics.addAll(List.of("fid", "fid_ba", "l1", "psnr"));
    } else if (sourceDefaults.contains("fid")) {
      metrics.addAll(List.of("fid", "fid_ba"));
    }
    metrics.add("cycle_l1");
    return metrics;
  }

  @Override
  public Set<ModelCapability> capabilities() {
    return Set.of(ModelCapability.MAPS_BACK);
  }

  @Override
  public GanModels build(BuildContext context) {
    SampleShape shape = context.dataShape();
    CycleGanOptions options = context.config().model().options(CycleGanOptions.class);
    CycleGanArchitecture architecture = new CycleGanArchitecture(shape.dims()[0],
        context.config().model().width(), options);
    ParameterInitializer init = new ParameterInitializer(context.config().seed());
    Shape batch = new Shape(shape.batchShape(2));
    Map<String, Block> networks = new LinkedHashMap<>();
    networks.put(CycleGan.GENERATOR_AB, architecture.generator());
    networks.put(CycleGan.GENERATOR_BA, architecture.generator());
    DiscriminatorLayers layers = DiscriminatorLayers.of(context);
    boolean instanceNorm = !context.config().model().spectralNorm();
    networks.put(CycleGan.DISCRIMINATOR_A, architecture.discriminator(layers, instanceNorm));
    networks.put(CycleGan.DISCRIMINATOR_B, architecture.discriminator(layers, instanceNorm));
    networks.forEach((name, block) -> {
      block.initialize(context.manager(), DataType.FLOAT32, batch);
      init.normal(name, block, INIT_STD);
    });
    for (String pool : List.of(CycleGan.POOL_A, CycleGan.POOL_B)) {
      ImagePool images = new ImagePool(options.poolSize(), shape);
      images.initialize(context.manager());
      networks.put(pool, images);
    }
    return new CycleGan(networks, context);
  }
}
