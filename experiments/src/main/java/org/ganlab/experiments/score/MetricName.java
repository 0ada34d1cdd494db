package org.ganlab.experiments.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The metrics {@code ganlab score} computes, by the names used on its command line. */
public enum MetricName {
  /** Fréchet distance of feature statistics. */
  FID("fid"),
  /** Kernel inception distance over random subsets. */
  KID("kid"),
  /** Improved precision and recall (k-NN balls, {@code ≤}). */
  PRECISION_RECALL("precision_recall"),
  /** Density and coverage (k-NN balls, {@code <}). */
  DENSITY_COVERAGE("density_coverage"),
  /** Inception Score from logits or probabilities. */
  IS("is"),
  /** Mode coverage of 2-D points on ring8 or grid25. */
  MODES("modes"),
  /** Classes covered and KL to a reference class distribution. */
  CLASS_COVERAGE("class_coverage"),
  /** Mean PSNR of paired images. */
  PSNR("psnr"),
  /** Mean SSIM of paired images. */
  SSIM("ssim"),
  /** Classifier two-sample test: held-out accuracy of a k-NN telling real from generated rows. */
  C2ST("c2st");

  private final String cliName;

  MetricName(String cliName) {
    this.cliName = cliName;
  }

  /**
   * Returns the name used on the command line and in messages.
   *
   * @return e.g. {@code precision_recall}
   */
  public String cliName() {
    return cliName;
  }

  /**
   * Parses a comma-separated list of metric names; duplicates count once, order is kept.
   *
   * @param names e.g. {@code fid,kid}
   * @return the metrics, in the order first named
   * @throws IllegalArgumentException for an empty list or an unknown name, listing the known ones
   */
  public static List<MetricName> parseList(String names) {
    List<MetricName> metrics = new ArrayList<>();
    for (String name : names.split(",")) {
      MetricName metric = parse(name.trim());
      if (!metrics.contains(metric)) {
        metrics.add(metric);
      }
    }
    return List.copyOf(metrics);
  }

  private static MetricName parse(String name) {
    for (MetricName metric : values()) {
      if (metric.cliName.equals(name.toLowerCase(Locale.ROOT))) {
        return metric;
      }
    }
    throw new IllegalArgumentException("--metrics: unknown metric '" + name + "'; known: "
        + Arrays.stream(values()).map(MetricName::cliName).collect(Collectors.joining(", ")));
  }
}
