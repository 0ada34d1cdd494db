package org.ganlab.experiments.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.engine.IsaLevel;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.loss.Losses;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.VariantRegistry;

/**
 * Times the DCGAN training step (both phases, shapes data 28×28) through the real {@link Trainer} and
 * reports the median step time and the arithmetic rate. FLOPs per step = 2 × multiply-adds × (4 G
 * forwards + 9 D forwards): the D phase runs G once, D on real and fake, and back-propagates D (about
 * twice a forward); the G phase runs G and D and back-propagates both. The rate is put against this
 * machine's single-precision matrix-multiply rate, a {@value #SGEMM_SIZE}² product through the same
 * libtorch at the same thread count, timed after the steps.
 *
 * @param batch batch size
 * @param width DCGAN base width
 * @param upsample transposed or resize
 * @param threads intra-op threads
 * @param warmup steps not timed
 * @param steps steps timed
 * @param device cpu or gpu
 */
public record DcganBench(int batch, int width, String upsample, int threads, int warmup, int steps,
    String device) {

  /** The side of the matrices whose product gives the machine's reference rate. */
  public static final int SGEMM_SIZE = 3072;
  private static final int SGEMM_REPEATS = 2;

  /**
   * Builds the config, trains {@code warmup + steps} steps and measures.
   *
   * @return the measurement
   * @throws java.io.IOException when the scratch directory cannot be made
   */
  public BenchResult run() throws java.io.IOException {
    VariantRegistry variants = VariantRegistry.load();
    ExperimentConfig config = ConfigLoader.load("name: bench\n", "yaml", List.of(
        "model.variant=dcgan", "data.source=shapes", "model.width=" + width,
        "model.upsample=" + upsample, "training.batch_size=" + batch,
        "training.steps=" + (warmup + steps), "training.checkpoint_every=0",
        "eval.every=" + (warmup + steps), "eval.grid_size=16", "runtime.threads=" + threads,
        "runtime.device=" + device, "runtime.isa=" + isa()), variants);
    GanVariant dcgan = variants.get("dcgan");
    DataSource data = DataSources.open(config.data(), config.seed());
    long flops = 2 * multiplyAdds(dcgan, config, data);
    Path scratch = Files.createTempDirectory("ganlab-bench");
    StepTimer timer = new StepTimer(warmup);
    new Trainer(config, ConfigWriter.sha256(config), dcgan, data, List.of(),
        new RunDirectory(scratch), timer).run(false);
    return new BenchResult(this, timer.medianMillis(), flops, sgemmGflops());
  }

  /** Times the reference matrix product at the thread count the steps ran at; GFLOP/s of its median. */
  private static double sgemmGflops() {
    try (SgemmMeasurement sgemm = new SgemmMeasurement(SGEMM_SIZE)) {
      Timing timing = Timing.of(sgemm, SGEMM_REPEATS);
      return sgemm.flops() / (timing.medianMillis() / 1000.0) / 1e9;
    }
  }

  /**
   * Returns the instruction-set level this process was started at ({@code GANLAB_ISA} of the
   * launcher), which the bench runs at: {@code GANLAB_ISA=native ./ganlab bench dcgan} times the
   * unpinned libraries.
   *
   * @return e.g. {@code avx2}; {@code native} for a mix of switches, which the run then refuses
   */
  public static String isa() {
    return IsaLevel.inEffect(System.getenv()).orElse(IsaLevel.NATIVE).configName();
  }

  private long multiplyAdds(GanVariant dcgan, ExperimentConfig config, DataSource data) {
    try (NDManager manager = NDManager.newBaseManager()) {
      GanModels models = dcgan.build(new BuildContext(config, data.shape(), data.numClasses(),
          Losses.adversarial(config.loss()), Losses.penalty(config.loss()), manager));
      long g = MultiplyAdds.of(models.networks().get("generator"),
          new Shape(batch, models.latentDim()));
      long d = MultiplyAdds.of(models.networks().get("discriminator"),
          new Shape(data.shape().batchShape(batch)));
      return 4 * g + 9 * d;
    }
  }

  /**
   * The measurement.
   *
   * @param setup what was measured
   * @param medianMillis median wall time of one step
   * @param flopsPerStep floating-point operations of one step
   * @param sgemmGflops this machine's single-precision matrix-multiply rate at the same thread count
   */
  public record BenchResult(DcganBench setup, double medianMillis, long flopsPerStep,
      double sgemmGflops) {

    /**
     * Returns the report printed by {@code ganlab bench}.
     *
     * @return a few lines
     */
    public String describe() {
      return String.format(java.util.Locale.ROOT,
          "DCGAN training step, batch %d, 28x28x1, width %d, %s up-convolutions, %d thread(s), %s,"
              + " runtime.isa %s%n"
              + "median %.1f ms/step over %d steps after %d warm-up%n"
              + "%.2f steps/s, %.3f GFLOP/step, %.2f GFLOP/s, %.0f%% of sgemm %dx%d (%.2f GFLOP/s)",
          setup.batch(), setup.width(), setup.upsample(), setup.threads(), setup.device(), isa(),
          medianMillis, setup.steps(), setup.warmup(), 1000.0 / medianMillis,
          flopsPerStep / 1e9, gflops(), 100 * gflops() / sgemmGflops, SGEMM_SIZE, SGEMM_SIZE,
          sgemmGflops);
    }

    /**
     * Returns the step's achieved arithmetic rate.
     *
     * @return GFLOP/s
     */
    public double gflops() {
      return flopsPerStep / (medianMillis / 1000.0) / 1e9;
    }
  }
}
