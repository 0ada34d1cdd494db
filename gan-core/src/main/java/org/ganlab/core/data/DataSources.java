package org.ganlab.core.data;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.DataConfig;

/**
 * Opens the built-in data source a {@code data:} config section names.
 *
 * <ul>
 *   <li>{@code ring8}, {@code grid25}: 2-D Gaussian mixtures, samples {@code [2]}, unlabelled
 *       ({@link GaussianMixtureSource}), with {@code data.radius}, {@code data.spacing} and
 *       {@code data.std} setting the geometry and {@code data.train_size} a fixed training set;
 *   <li>{@code shapes}: unlimited procedural images {@code [C, S, S]}, labels 0..9
 *       ({@link ShapesSource});
 *   <li>{@code shapes-translation}: filled shapes to their outlines, a translation task with a known
 *       answer ({@link ShapesTranslationSource});
 *   <li>{@code idx}: MNIST-format files in {@code path}, train split for training, t10k held out;
 *   <li>{@code fashion-mnist}: {@code idx} with default path {@code /usr/share/datasets/fashion-mnist},
 *       where Debian's {@code dataset-fashion-mnist} package installs it;
 *   <li>{@code image-folder}: images under {@code path/<class>/}, labelled by class folder, or
 *       unlabelled when directly under {@code path}.
 * </ul>
 *
 * <p>With {@code data.domain_a} and {@code data.domain_b}, a labelled image source becomes an unpaired
 * two-domain view ({@link DomainPairSource}). Images are in [-1, 1] with background -1.
 */
public final class DataSources {

  private DataSources() {}

  /**
   * Opens the source a config names; file-backed sources are read into memory now.
   *
   * @param config the {@code data:} section
   * @param seed the run seed every batch is derived from
   * @return the source
   * @throws ConfigException for an unknown source, a missing path or bad image size or channels
   * @throws DataException when the data cannot be found or read
   */
  public static DataSource open(DataConfig config, long seed) {
    DataSource source = openSource(config, seed);
    if (!config.twoDomains()) {
      return source;
    }
    if (!(source instanceof ClassRestrictable labelled)) {
      throw new ConfigException("data.domain_a", "data.domain_a and data.domain_b need a labelled image "
          + "source (shapes, idx, fashion-mnist, image-folder), found data.source " + source.name());
    }
    return new DomainPairSource(labelled, config.domainA(), config.domainB());
  }

  private static DataSource openSource(DataConfig config, long seed) {
    String source = config.source();
    if (source == null || !DataConfig.SOURCES.contains(source)) {
      throw new ConfigException("data.source",
          "data.source must be one of " + DataConfig.SOURCES + ", found " + source);
    }
    return switch (source) {
      case "ring8" -> trainSet(config, GaussianMixtureSource.ring8(seed,
          orDefault(config.radius(), GaussianMixtureSource.RING_RADIUS),
          orDefault(config.std(), GaussianMixtureSource.RING_STD)));
      case "grid25" -> trainSet(config, GaussianMixtureSource.grid25(seed,
          orDefault(config.spacing(), GaussianMixtureSource.GRID_SPACING),
          orDefault(config.std(), GaussianMixtureSource.GRID_STD)));
      case "shapes" -> new ShapesSource(config.imageSize(), config.channels(), seed);
      case "shapes-translation" ->
          new ShapesTranslationSource(config.imageSize(), config.channels(), seed);
      case "fashion-mnist" -> idx(config, IdxFiles.FASHION_MNIST_DIR, seed);
      case "idx" -> idx(config, requiredPath(config), seed);
      default -> new FiniteImageSource(source,
          ImageFolder.load(requiredPath(config), config.imageSize(), config.channels()),
          imageShape(config), seed);
    };
  }

  private static GaussianMixtureSource trainSet(DataConfig config, GaussianMixtureSource mixture) {
    return config.trainSize() == null ? mixture : mixture.withTrainSize(config.trainSize());
  }

  private static double orDefault(Double configured, double fallback) {
    return configured == null ? fallback : configured;
  }

  private static DataSource idx(DataConfig config, Path defaultDir, long seed) {
    boolean unset = config.path() == null || config.path().isBlank();
    Path dir = unset ? defaultDir : Path.of(config.path());
    return new FiniteImageSource(config.source(), IdxFiles.load(dir), imageShape(config), seed);
  }

  private static Path requiredPath(DataConfig config) {
    if (config.path() == null || config.path().isBlank()) {
      throw new ConfigException("data.path",
          "data.path is required for data.source " + config.source() + ", found none");
    }
    return Path.of(config.path());
  }

  private static SampleShape imageShape(DataConfig config) {
    return new SampleShape(config.channels(), config.imageSize(), config.imageSize());
  }
}
