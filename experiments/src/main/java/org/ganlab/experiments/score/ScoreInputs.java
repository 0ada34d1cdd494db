package org.ganlab.experiments.score;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.ganlab.core.config.ExtractorConfig;
import org.ganlab.metrics.extract.Extraction;
import org.ganlab.metrics.extract.FeatureExtractor;

/**
 * Reads the inputs of one {@code ganlab score} call, each at most once, and remembers what was read
 * for the protocol. Image inputs go through the feature extractor, opened on first use and closed with
 * this object.
 */
final class ScoreInputs implements AutoCloseable {
  private final ScoreOptions options;
  private final Function<ExtractorConfig, FeatureExtractor> opener;
  private final Map<String, InputRecord> records = new LinkedHashMap<>();
  private final Map<String, ImageSet> images = new HashMap<>();
  private final Map<String, Extraction> extractions = new HashMap<>();
  private final Map<String, double[][]> matrices = new HashMap<>();
  private FeatureExtractor extractor;

  /**
   * Creates the reader.
   *
   * @param options the command's options (paths, shape, scale, extractor settings)
   * @param opener opens the extractor named by {@link ScoreOptions#extractor()}
   */
  ScoreInputs(ScoreOptions options, Function<ExtractorConfig, FeatureExtractor> opener) {
    this.options = options;
    this.opener = opener;
  }

  /**
   * Returns feature rows: the file itself, or the extractor's features of its images when an
   * extractor was given.
   *
   * @param option {@code --real} or {@code --fake}
   * @param path the path the option gave
   * @return {@code [N][d]}
   * @throws IllegalArgumentException for an unreadable input, or images without an extractor
   */
  double[][] features(String option, Path path) {
    if (options.extractor() != null) {
      return extraction(option, path).features();
    }
    if (holdsImages(option, path)) {
      throw new IllegalArgumentException(option + " " + path + ": holds images; feature metrics"
          + " need --extractor to turn images into features");
    }
    return matrix(option, path);
  }

  /**
   * Tells whether an input is images that no extractor turns into features: a folder, an IDX file,
   * or pixel rows (a matrix file with {@code --shape}), with no {@code --extractor} given.
   *
   * @param option {@code --real} or {@code --fake}
   * @param path the path the option gave
   * @return true when the input's rows are pixels
   * @throws IllegalArgumentException for a missing input
   */
  boolean pixelsWithoutExtractor(String option, Path path) {
    return options.extractor() == null && (options.shape() != null || holdsImages(option, path));
  }

  private static boolean holdsImages(String option, Path path) {
    InputFiles.existing(path, option);
    return Files.isDirectory(path) || (!MatrixFiles.isNpy(path, option)
        && IdxImages.looksLikeIdx(InputFiles.head(path, option)));
  }

  /**
   * Returns a numeric matrix file (features, logits, probabilities, points).
   *
   * @param option the option that gave the path
   * @param path a CSV or {@code .npy} file
   * @return {@code [N][d]}
   * @throws IllegalArgumentException for an unreadable file
   */
  double[][] matrix(String option, Path path) {
    return matrices.computeIfAbsent(option, o -> record(o, MatrixFiles.read(path, o)));
  }

  /**
   * Returns images.
   *
   * @param option the option that gave the path
   * @param path a folder, IDX file or pixel-row file (the latter with {@code --shape})
   * @return the images in [0, 1]
   * @throws IllegalArgumentException for an unreadable input
   */
  ImageSet images(String option, Path path) {
    return images.computeIfAbsent(option,
        o -> record(o, ImageFiles.read(path, o, options.shape(), options.pixelScale())));
  }

  /**
   * Returns what the extractor made of an image input.
   *
   * @param option the option that gave the path
   * @param path an image input
   * @return one feature row (and probability row, for classifiers) per image
   * @throws IllegalArgumentException when the extractor cannot be opened or returns the wrong number
   *     of rows
   */
  Extraction extraction(String option, Path path) {
    Extraction cached = extractions.get(option);
    if (cached != null) {
      return cached;
    }
    ImageSet set = images(option, path);
    Extraction extraction = extractor().extract(set.toBatch());
    if (extraction.features() == null || extraction.features().length != set.count()) {
      throw new IllegalStateException("extractor " + extractor.identity().name() + " returned "
          + (extraction.features() == null ? "no" : extraction.features().length)
          + " feature rows for " + set.count() + " images");
    }
    extractions.put(option, extraction);
    return extraction;
  }

  /**
   * Returns predicted labels.
   *
   * @param option the option that gave the path
   * @param path one integer per line
   * @return {@code [N]}
   */
  int[] labels(String option, Path path) {
    return record(option, ClassFiles.labels(path, option));
  }

  /**
   * Returns a reference class distribution.
   *
   * @param option the option that gave the path
   * @param path C numbers
   * @return {@code [C]}
   */
  double[] reference(String option, Path path) {
    return record(option, ClassFiles.reference(path, option));
  }

  /**
   * Returns the open extractor, opening it on first use.
   *
   * @return the extractor named by the options
   * @throws IllegalArgumentException when no extractor was given or it cannot be opened
   */
  FeatureExtractor extractor() {
    if (extractor == null) {
      if (options.extractor() == null) {
        throw new IllegalArgumentException("image inputs need --extractor");
      }
      extractor = opener.apply(options.extractor());
    }
    return extractor;
  }

  /**
   * Tells whether the extractor was used.
   *
   * @return true once it has been opened
   */
  boolean extractorUsed() {
    return extractor != null;
  }

  /**
   * Returns what was read, by option name without the leading dashes, in reading order.
   *
   * @return path, format, shape and SHA-256 of each input
   */
  Map<String, InputRecord> records() {
    return new LinkedHashMap<>(records);
  }

  @Override
  public void close() {
    if (extractor != null) {
      extractor.close();
    }
  }

  private <T> T record(String option, Loaded<T> loaded) {
    records.put(option.replaceFirst("^--", ""), loaded.input());
    return loaded.value();
  }
}
