package org.ganlab.metrics.extract;

import java.util.Arrays;
import java.util.List;
import org.ganlab.core.config.DataConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.DataSources;

/**
 * The built-in datasets that have an evaluator CNN, with the data config it trains on (28×28, one
 * channel) and the name its files and metric protocols carry.
 */
public enum EvaluatorDataset {
  /**
   * Procedural shapes; the test set is the source's held-out stream. Also the evaluator of
   * {@code shapes-translation}, whose images are the same shapes, filled or outlined.
   */
  SHAPES("shapes", "shapes-cnn", 1500, List.of("shapes-translation")),
  /** Fashion-MNIST (Xiao et al. 2017) from the Debian package; the test set is its 10k test split. */
  FASHION_MNIST("fashion-mnist", "fashion-mnist-cnn", 3000, List.of());

  private final String source;
  private final String evaluatorName;
  private final int defaultSteps;
  private final List<String> relatedSources;

  EvaluatorDataset(String source, String evaluatorName, int defaultSteps, List<String> relatedSources) {
    this.source = source;
    this.evaluatorName = evaluatorName;
    this.defaultSteps = defaultSteps;
    this.relatedSources = relatedSources;
  }

  /**
   * Finds a dataset by its {@code data.source} name.
   *
   * @param source {@code shapes} or {@code fashion-mnist}
   * @return the dataset
   * @throws IllegalArgumentException for any other name
   */
  public static EvaluatorDataset bySource(String source) {
    return Arrays.stream(values()).filter(d -> d.source.equals(source)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "--data must be one of " + sources() + ", found " + source));
  }

  /**
   * Finds a dataset by the name of its evaluator.
   *
   * @param evaluatorName {@code shapes-cnn} or {@code fashion-mnist-cnn}
   * @return the dataset
   * @throws IllegalArgumentException for any other name
   */
  public static EvaluatorDataset byEvaluatorName(String evaluatorName) {
    return Arrays.stream(values()).filter(d -> d.evaluatorName.equals(evaluatorName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("evaluator name must be one of "
            + Arrays.stream(values()).map(d -> d.evaluatorName).toList() + ", found "
            + evaluatorName));
  }

  /**
   * Returns the source names that have an evaluator.
   *
   * @return {@code [shapes, fashion-mnist]}
   */
  public static List<String> sources() {
    return Arrays.stream(values()).map(d -> d.source).toList();
  }

  /**
   * Returns whether {@code eval.extractor: auto} picks this evaluator for a data source: its own, or one
   * made of the same kind of images.
   *
   * @param dataSource the name of the data source ({@code DataSource.name()})
   * @return true for {@code shapes} and {@code shapes-translation} with the shapes evaluator
   */
  public boolean evaluates(String dataSource) {
    return source.equals(dataSource) || relatedSources.contains(dataSource);
  }

  /**
   * Returns the {@code data.source} name.
   *
   * @return e.g. {@code fashion-mnist}
   */
  public String source() {
    return source;
  }

  /**
   * Returns the evaluator's name, which names its files and appears in metric protocols.
   *
   * @return e.g. {@code fashion-mnist-cnn}
   */
  public String evaluatorName() {
    return evaluatorName;
  }

  /**
   * Returns the training steps the shipped evaluator was trained for.
   *
   * @return steps
   */
  public int defaultSteps() {
    return defaultSteps;
  }

  /**
   * Returns the data config the evaluator trains and is checked on.
   *
   * @return the source at image size 28 with one channel and its default path
   */
  public DataConfig dataConfig() {
    return new DataConfig(source, null, EvaluatorInput.SIZE, 1);
  }

  /**
   * Opens the data.
   *
   * @param seed the training seed, which fixes the batch order and (for shapes) the held-out images
   * @return the source
   */
  public DataSource open(long seed) {
    return DataSources.open(dataConfig(), seed);
  }
}
