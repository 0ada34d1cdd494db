package org.ganlab.experiments.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.function.ToDoubleBiFunction;
import org.ganlab.core.engine.EngineSetup;
import org.ganlab.metrics.feature.DensityCoverage;
import org.ganlab.metrics.feature.FeatureStatistics;
import org.ganlab.metrics.feature.FrechetDistance;
import org.ganlab.metrics.feature.KernelInceptionDistance;
import org.ganlab.metrics.feature.PrecisionRecall;

/**
 * Times the feature-distribution metrics on seeded Gaussian features: the Fréchet distance from given
 * statistics (real rows {@code N(0, I)}, fake rows {@code N(0.1, 1.5² I)}, {@code 2·d} rows each), and
 * KID, improved precision/recall ({@code k = 3}) and density/coverage ({@code k = 5}) on feature
 * matrices (real {@code N(0, I)}, fake {@code N(0.1, 1.2² I)}). Building the inputs is not timed.
 * Each measurement reports one value of its result: the FID, the KID mean, the precision, the
 * coverage.
 *
 * @param fidDims feature dimensions of the Fréchet-distance runs, each at least 1
 * @param samples rows of each feature matrix for KID, precision/recall and density/coverage, at least 6
 * @param dim columns of those matrices, at least 1
 * @param kidSubsets KID subsets, at least 1
 * @param kidSubsetSize rows per KID subset, at least 2 (capped at {@code samples})
 * @param repeats timed runs per measurement, after one untimed warm-up, at least 1
 * @param threads libtorch intra-op threads (the Fréchet distance's linear algebra), at least 1
 * @param seed seed of the features and the KID subsets
 * @param extractImages images per timed run of the shipped evaluator's feature extraction (0: skip)
 */
public record MetricsBench(List<Integer> fidDims, int samples, int dim, int kidSubsets,
    int kidSubsetSize, int repeats, int threads, long seed, int extractImages) {

  /**
   * Checks the sizes.
   *
   * @throws IllegalArgumentException naming the option, the value and what is allowed
   */
  public MetricsBench {
    fidDims = List.copyOf(fidDims);
    for (int d : fidDims) {
      atLeast("--fid-dims", d, 1);
    }
    atLeast("--samples", samples, DensityCoverage.DEFAULT_K + 1);
    atLeast("--dim", dim, 1);
    atLeast("--kid-subsets", kidSubsets, 1);
    atLeast("--kid-subset-size", kidSubsetSize, 2);
    atLeast("--repeats", repeats, 1);
    atLeast("--threads", threads, 1);
    atLeast("--extract-images", extractImages, 0);
  }

  /**
   * The measurements, in report order: one Fréchet distance per dimension, then KID,
   * precision/recall, density/coverage and the evaluator's feature extraction. Further benchmarks are
   * added here.
   *
   * @return the measurements
   */
  public List<Measurement> measurements() {
    List<Measurement> all = new ArrayList<>();
    for (int d : fidDims) {
      all.add(fid(d));
    }
    String sizes = samples + "x" + dim;
    all.add(onFeatures("KID, " + kidSubsets + " subsets x " + kidSubsetSize + ", " + sizes,
        (real, fake) -> KernelInceptionDistance.subsets(real, fake, kidSubsets, kidSubsetSize, seed)
            .mean()));
    all.add(onFeatures("precision/recall k=" + PrecisionRecall.DEFAULT_K + ", " + sizes,
        (real, fake) -> PrecisionRecall.compute(real, fake, PrecisionRecall.DEFAULT_K).precision()));
    all.add(onFeatures("density/coverage k=" + DensityCoverage.DEFAULT_K + ", " + sizes,
        (real, fake) -> DensityCoverage.compute(real, fake, DensityCoverage.DEFAULT_K).coverage()));
    if (extractImages > 0) {
      all.add(new ExtractionMeasurement(extractImages, seed));
    }
    return all;
  }

  /**
   * Sets the thread count and times every measurement.
   *
   * @return the timings, in the order of {@link #measurements()}
   */
  public Result run() {
    EngineSetup.applyThreads(threads);
    List<Timing> timings = new ArrayList<>();
    for (Measurement measurement : measurements()) {
      timings.add(Timing.of(measurement, repeats));
      if (measurement instanceof ExtractionMeasurement extraction) {
        extraction.close();
      }
    }
    return new Result(this, timings);
  }

  private Measurement fid(int d) {
    return new Lazy("FID from statistics, d=" + d, () -> {
      FeatureStatistics real = FeatureStatistics.of(
          FeatureSamples.gaussian(seed, "fid-real", 2 * d, d, 0.0, 1.0));
      FeatureStatistics fake = FeatureStatistics.of(
          FeatureSamples.gaussian(seed, "fid-fake", 2 * d, d, 0.1, 1.5));
      return () -> FrechetDistance.between(real, fake);
    });
  }

  private Measurement onFeatures(String name, ToDoubleBiFunction<double[][], double[][]> metric) {
    return new Lazy(name, () -> {
      double[][] real = FeatureSamples.gaussian(seed, "real", samples, dim, 0.0, 1.0);
      double[][] fake = FeatureSamples.gaussian(seed, "fake", samples, dim, 0.1, 1.2);
      return () -> metric.applyAsDouble(real, fake);
    });
  }

  private static void atLeast(String option, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(option + " must be >= " + min + ", found " + value);
    }
  }

  /** A measurement whose inputs a supplier builds. */
  private record Lazy(String name, Supplier<DoubleSupplier> inputs) implements Measurement {
    @Override
    public DoubleSupplier prepare() {
      return inputs.get();
    }
  }

  /**
   * The timings of one benchmark run.
   *
   * @param setup what was measured
   * @param timings one per measurement, in order
   */
  public record Result(MetricsBench setup, List<Timing> timings) {

    /**
     * Copies the list.
     */
    public Result {
      timings = List.copyOf(timings);
    }

    /**
     * Returns the report printed by {@code ganlab bench metrics}: a header, then one line per
     * measurement with median, min and max ms and the value it computed.
     *
     * @return a few lines
     */
    public String describe() {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
          "Metric timings: FID on %d libtorch thread(s), the others on parallel streams over %d"
              + " processor(s); 1 warm-up + %d timed run(s) each, ms%n%-56s %10s %10s %10s %12s",
          setup.threads(), Runtime.getRuntime().availableProcessors(), setup.repeats(), "measurement",
          "median", "min", "max", "value"));
      for (Timing t : timings) {
        out.append(String.format(Locale.ROOT, "%n%-56s %10.1f %10.1f %10.1f %12.6g", t.name(),
            t.medianMillis(), t.minMillis(), t.maxMillis(), t.value()));
      }
      return out.toString();
    }
  }
}
