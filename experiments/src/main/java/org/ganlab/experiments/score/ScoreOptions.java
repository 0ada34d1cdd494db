package org.ganlab.experiments.score;

import static org.ganlab.experiments.score.MetricName.C2ST;
import static org.ganlab.experiments.score.MetricName.CLASS_COVERAGE;
import static org.ganlab.experiments.score.MetricName.DENSITY_COVERAGE;
import static org.ganlab.experiments.score.MetricName.FID;
import static org.ganlab.experiments.score.MetricName.IS;
import static org.ganlab.experiments.score.MetricName.KID;
import static org.ganlab.experiments.score.MetricName.MODES;
import static org.ganlab.experiments.score.MetricName.PRECISION_RECALL;
import static org.ganlab.experiments.score.MetricName.PSNR;
import static org.ganlab.experiments.score.MetricName.SSIM;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ganlab.core.config.ExtractorConfig;
import org.ganlab.core.data.SampleShape;

/**
 * Everything {@code ganlab score} was asked to do. Optional values are null when not given; their
 * defaults live with the metrics that use them.
 *
 * @param metrics the metrics to compute, at least one
 * @param real real features or images ({@code --real})
 * @param fake generated features, images or 2-D points ({@code --fake})
 * @param logits classifier logits {@code [N, C]} ({@code --logits})
 * @param probs class probabilities {@code [N, C]} ({@code --probs})
 * @param labels predicted labels, one per line ({@code --labels})
 * @param reference reference class distribution, C numbers ({@code --reference})
 * @param k neighbourhood size of precision/recall and density/coverage ({@code --k})
 * @param kidSubsets number of KID subsets ({@code --kid-subsets})
 * @param kidSubsetSize rows per KID subset ({@code --kid-subset-size})
 * @param seed seed of the KID subset draw and of the c2st split ({@code --seed})
 * @param splits Inception Score splits ({@code --splits})
 * @param dataset {@code ring8} or {@code grid25} ({@code --dataset})
 * @param numClasses number of classes C ({@code --num-classes})
 * @param shape {@code [C, H, W]} of pixel rows ({@code --shape})
 * @param scale pixel value that maps to 1 ({@code --scale})
 * @param extractor the extractor for image inputs ({@code --extractor} and its options)
 */
public record ScoreOptions(
    List<MetricName> metrics,
    Path real,
    Path fake,
    Path logits,
    Path probs,
    Path labels,
    Path reference,
    Integer k,
    Integer kidSubsets,
    Integer kidSubsetSize,
    Long seed,
    Integer splits,
    String dataset,
    Integer numClasses,
    SampleShape shape,
    Double scale,
    ExtractorConfig extractor) {

  /** Pixel value that maps to 1 when {@code --scale} is not given. */
  public static final double DEFAULT_SCALE = 255;

  /** Keeps an unmodifiable copy of the metric list. */
  public ScoreOptions {
    metrics = List.copyOf(metrics);
  }

  /**
   * Returns the pixel scale.
   *
   * @return {@code --scale}, or {@value #DEFAULT_SCALE}
   */
  double pixelScale() {
    return scale == null ? DEFAULT_SCALE : scale;
  }

  /**
   * Refuses options that none of the requested metrics uses, so a misplaced option is not silently
   * ignored (e.g. {@code --k} with only {@code fid}).
   *
   * @throws IllegalArgumentException naming the option and the metrics that would use it
   */
  void checkApplicable() {
    boolean images = extractor != null;
    check("--real", real,
        EnumSet.of(FID, KID, PRECISION_RECALL, DENSITY_COVERAGE, PSNR, SSIM, C2ST));
    check("--fake", fake, images
        ? EnumSet.of(FID, KID, PRECISION_RECALL, DENSITY_COVERAGE, PSNR, SSIM, MODES, IS,
            CLASS_COVERAGE, C2ST)
        : EnumSet.of(FID, KID, PRECISION_RECALL, DENSITY_COVERAGE, PSNR, SSIM, MODES, C2ST));
    check("--k", k, EnumSet.of(PRECISION_RECALL, DENSITY_COVERAGE));
    check("--kid-subsets", kidSubsets, EnumSet.of(KID));
    check("--kid-subset-size", kidSubsetSize, EnumSet.of(KID));
    check("--seed", seed, EnumSet.of(KID, C2ST));
    check("--logits", logits, EnumSet.of(IS));
    check("--probs", probs, EnumSet.of(IS));
    check("--splits", splits, EnumSet.of(IS));
    check("--dataset", dataset, EnumSet.of(MODES));
    check("--labels", labels, EnumSet.of(CLASS_COVERAGE));
    check("--num-classes", numClasses, EnumSet.of(CLASS_COVERAGE));
    check("--reference", reference, EnumSet.of(CLASS_COVERAGE));
    Set<MetricName> pixels = images ? EnumSet.allOf(MetricName.class) : EnumSet.of(PSNR, SSIM, C2ST);
    check("--shape", shape, pixels);
    check("--scale", scale, pixels);
    check("--extractor", extractor,
        EnumSet.of(FID, KID, PRECISION_RECALL, DENSITY_COVERAGE, IS, CLASS_COVERAGE, C2ST));
  }

  private void check(String option, Object value, Set<MetricName> users) {
    if (value != null && metrics.stream().noneMatch(users::contains)) {
      throw new IllegalArgumentException(option + " does not apply to --metrics "
          + names(metrics) + "; it is used by " + names(users));
    }
  }

  private static String names(java.util.Collection<MetricName> metrics) {
    return metrics.stream().map(MetricName::cliName).collect(Collectors.joining(","));
  }
}
