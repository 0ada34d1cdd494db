package org.ganlab.metrics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.EvalConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.data.ShapesSource;
import org.ganlab.core.data.TranslationSource;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.core.metric.MetricResources;
import org.ganlab.core.metric.Translation;
import org.ganlab.core.train.NoOptions;
import org.junit.jupiter.api.Test;

/**
 * {@code psnr}, {@code ssim} and {@code l1} on hand-made pairs: identical images, constant offsets
 * (known PSNR and L1, and a known SSIM on flat images), the mean of per-image values, bootstrap rows,
 * clipping to [0, 1], and the sources they apply to.
 */
class PairedImageMetricsTest {
  private static final SampleShape SHAPE = new SampleShape(1, 12, 12);
  private static final int PIXELS = 144;
  private static final double C1 = 1e-4;

  @Test
  void identicalImagesScorePerfectlyAndAConstantOffsetHasItsKnownPsnrAndL1() {
    Batch targets = textured(3);
    Batch offset = shifted(targets, 0.2f, 0.2f, 0.2f);

    Map<String, Double> psnr = measure(new PsnrMetric(), targets, targets, offset).values();
    Map<String, Double> l1 = measure(new L1Metric(), targets, targets, offset).values();
    Map<String, Double> ssim = measure(new SsimMetric(), targets, targets, offset).values();

    assertThat(psnr.get("psnr")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(psnr.get("psnr_baseline")).isCloseTo(20.0, within(1e-4));
    assertThat(l1.get("l1")).isEqualTo(0.0);
    assertThat(l1.get("l1_baseline")).isCloseTo(0.1, within(1e-6));
    assertThat(ssim.get("ssim")).isCloseTo(1.0, within(1e-12));
    assertThat(ssim.get("ssim_baseline")).isLessThan(1.0);
  }

  @Test
  void psnrIsTheMeanOfPerImageValuesAndBootstrapRowsPickImages() {
    Batch targets = textured(2);
    Batch model = shifted(targets, 0.2f, 0.02f);
    Batch baseline = shifted(targets, 0.4f, 0.4f);

    Measurement measurement = measure(new PsnrMetric(), targets, model, baseline);

    assertThat(measurement.values().get("psnr")).isCloseTo((20.0 + 40.0) / 2, within(1e-3));
    assertThat(measurement.values().get("psnr_baseline"))
        .isCloseTo(10 * Math.log10(1 / 0.04), within(1e-4));
    assertThat(measurement.resampled(new int[] {1, 1}).get("psnr")).isCloseTo(40.0, within(1e-3));
    assertThat(measurement.resampled(new int[] {0, 0}).get("psnr")).isCloseTo(20.0, within(1e-4));
    assertThat(measurement.protocol()).containsEntry("n_pairs", 2).containsEntry("peak", 1.0);
  }

  @Test
  void ssimOfFlatImagesIsTheLuminanceTerm() {
    Batch targets = flat(1, 0.0f);
    Batch lighter = flat(1, 0.2f);

    Map<String, Double> ssim = measure(new SsimMetric(), targets, lighter, targets).values();

    double t = 0.5;
    double y = 0.6;
    assertThat(ssim.get("ssim")).isCloseTo((2 * t * y + C1) / (t * t + y * y + C1), within(1e-9));
    assertThat(ssim.get("ssim_baseline")).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void valuesOutsideTheRangeAreClippedBeforeComparing() {
    Batch targets = flat(2, 1.0f);
    Batch overshoot = flat(2, 1.3f);

    Map<String, Double> l1 = measure(new L1Metric(), targets, overshoot, flat(2, 0.0f)).values();

    assertThat(l1.get("l1")).isEqualTo(0.0);
    assertThat(l1.get("l1_baseline")).isCloseTo(0.5, within(1e-7));
  }

  @Test
  void theyApplyToPairedTranslationSourcesOnlyAndAreRegistered() {
    MetricRegistry registry = MetricRegistry.load();
    EvalConfig eval = eval(List.of("psnr", "ssim", "l1"));

    assertThat(registry.resolve(eval, new Pairs(textured(1), true)))
        .extracting(metric -> metric.columns())
        .containsExactly(List.of("psnr", "psnr_baseline"), List.of("ssim", "ssim_baseline"),
            List.of("l1", "l1_baseline"));
    assertThat(new PsnrMetric().appliesTo(new Pairs(textured(1), false))).isFalse();
    assertThat(new SsimMetric().appliesTo(new ShapesSource(28, 1, 1))).isFalse();
  }

  @Test
  void generatedSamplesWithoutATranslationAreRefused() {
    Batch targets = textured(1);
    EvaluationInput input = new EvaluationInput(targets, new Pairs(targets, true), 1,
        eval(List.of("psnr")), new MetricResources());

    assertThatThrownBy(() -> new PsnrMetric().measure(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("psnr needs translated held-out inputs");
  }

  private static Measurement measure(PairedImageMetric metric, Batch targets, Batch model,
      Batch baseline) {
    Translation translation = new Translation(targets, baseline, null, null, true);
    return metric.measure(new EvaluationInput(model, new Pairs(targets, true), 1,
        eval(List.of(metric.name())), new MetricResources(), translation));
  }

  private static EvalConfig eval(List<String> metrics) {
    return ConfigLoader.load("name: t\n", "yaml", List.of("model.variant=x", "data.source=shapes",
        "eval.metrics=" + metrics.toString().replace(" ", "")),
        VariantOptionsResolver.of(Map.of("x", NoOptions.class))).eval();
  }

  /** Images in [-0.5, 0.5] with a pattern, so offsets up to 0.5 stay in range. */
  private static Batch textured(int n) {
    float[] values = new float[n * PIXELS];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (0.5 * StrictMath.sin(0.7 * i + 0.3 * (i / PIXELS)));
    }
    return new Batch(values, null, SHAPE);
  }

  private static Batch flat(int n, float value) {
    float[] values = new float[n * PIXELS];
    Arrays.fill(values, value);
    return new Batch(values, null, SHAPE);
  }

  /** Adds {@code offsets[i]} (on the [-1, 1] scale) to every pixel of image {@code i}. */
  private static Batch shifted(Batch images, float... offsets) {
    float[] values = images.values().clone();
    for (int i = 0; i < values.length; i++) {
      values[i] += offsets[i / PIXELS];
    }
    return new Batch(values, null, SHAPE);
  }

  /** A translation source whose held-out targets are given; inputs are the targets themselves. */
  private record Pairs(Batch targets, boolean paired) implements TranslationSource {
    @Override
    public java.util.Map<String, String> provenance() {
      return java.util.Map.of("source", name());
    }

    @Override
    public String name() {
      return "pairs";
    }

    @Override
    public SampleShape shape() {
      return SHAPE;
    }

    @Override
    public SampleShape inputShape() {
      return SHAPE;
    }

    @Override
    public int numClasses() {
      return 0;
    }

    @Override
    public Batch trainBatch(long index, int batchSize) {
      throw new UnsupportedOperationException("held-out only");
    }

    @Override
    public Batch trainInputs(long index, int batchSize) {
      throw new UnsupportedOperationException("held-out only");
    }

    @Override
    public Batch heldOut(int n) {
      return new Batch(Arrays.copyOf(targets.values(), n * PIXELS), null, SHAPE);
    }

    @Override
    public Batch heldOutInputs(int n) {
      return heldOut(n);
    }
  }
}
