package org.ganlab.experiments.stats;

import java.util.Map;
import java.util.Optional;

/**
 * Which way is better for a metric column of ganlab's {@code metrics.csv} and {@code final.json}, so
 * that reports can rank cells ({@link CellRanking}). Columns without a direction — the training losses
 * and discriminator outputs ({@code d_real}, {@code d_fake}, {@code d_loss}, {@code g_loss}), which are
 * not measures of sample quality, learning rates, spreads such as {@code kid_std} and {@code is_std},
 * and any column ganlab does not know — have none: a report shows them without a ranking.
 */
public enum MetricDirection {
  /** Smaller values are better (distances and divergences). */
  LOWER_IS_BETTER,
  /** Larger values are better (fidelity, diversity and accuracy scores). */
  HIGHER_IS_BETTER;

  private static final Map<String, MetricDirection> COLUMNS = Map.ofEntries(
      Map.entry("fid", LOWER_IS_BETTER),
      Map.entry("fid_ba", LOWER_IS_BETTER),
      Map.entry("fid_class_mean", LOWER_IS_BETTER),
      Map.entry("kid_mean", LOWER_IS_BETTER),
      Map.entry("kl_to_uniform", LOWER_IS_BETTER),
      Map.entry("jsd_to_uniform", LOWER_IS_BETTER),
      Map.entry("kl_to_reference", LOWER_IS_BETTER),
      Map.entry("precision", HIGHER_IS_BETTER),
      Map.entry("recall", HIGHER_IS_BETTER),
      Map.entry("density", HIGHER_IS_BETTER),
      Map.entry("coverage", HIGHER_IS_BETTER),
      Map.entry("is_mean", HIGHER_IS_BETTER),
      Map.entry("modes_covered", HIGHER_IS_BETTER),
      Map.entry("hq_fraction", HIGHER_IS_BETTER),
      Map.entry("classes_covered", HIGHER_IS_BETTER),
      Map.entry("conditional_accuracy", HIGHER_IS_BETTER),
      Map.entry("psnr", HIGHER_IS_BETTER),
      Map.entry("cycle_l1", LOWER_IS_BETTER),
      Map.entry("ssim", HIGHER_IS_BETTER));

  /**
   * The direction of a metric column.
   *
   * @param column the column name exactly as ganlab writes it, e.g. {@code "fid"}, {@code "kid_mean"}
   * @return its direction, or empty for a column that is not ranked
   */
  public static Optional<MetricDirection> of(String column) {
    return Optional.ofNullable(column == null ? null : COLUMNS.get(column));
  }

  /**
   * The direction in the form {@link CellRanking#rank} takes.
   *
   * @return true when larger values are better
   */
  public boolean higherIsBetter() {
    return this == HIGHER_IS_BETTER;
  }
}
