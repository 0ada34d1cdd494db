package org.ganlab.experiments.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import org.ganlab.experiments.bench.ConfigBench;
import org.ganlab.experiments.bench.DcganBench;
import org.ganlab.experiments.bench.MetricsBench;
import org.ganlab.experiments.bench.VanillaBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab bench}: micro-benchmarks, one subcommand each. Given alone it prints its usage (and
 * exits 2, as {@code ganlab} does without a command).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Time parts of ganlab. Run a benchmark several times and take the median when"
        + " reporting figures; the machine's load shows in the min/max spread."},
    subcommands = {BenchCommand.Dcgan.class, BenchCommand.Vanilla.class, BenchCommand.Config.class,
        BenchCommand.Metrics.class})
final class BenchCommand {

  /** {@code ganlab bench dcgan}: times the DCGAN training step. */
  @Command(name = "dcgan", mixinStandardHelpOptions = true,
      description = {"Time the DCGAN training step (both phases) on 28x28 shapes after a warm-up and"
          + " print the median ms/step, steps/s and achieved GFLOP/s (FLOPs counted from layer"
          + " shapes), and that rate as a share of a 3072x3072 sgemm's at the same thread count.", "Run it several times and take the median when reporting figures.",
          "It runs at the instruction-set level the process was started at: GANLAB_ISA=native"
              + " ./ganlab bench dcgan times the unpinned libraries (scripts/isa-bench compares)."})
  static final class Dcgan implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--batch", defaultValue = "64", description = "Batch size (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--width", defaultValue = "64", description = "DCGAN base width (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--upsample", defaultValue = "transposed",
        description = "transposed or resize (default ${DEFAULT-VALUE}).")
    String upsample;

    @Option(names = "--threads", defaultValue = "2", description = "Intra-op threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed steps (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--steps", defaultValue = "30", description = "Timed steps (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--device", defaultValue = "cpu", description = "cpu or gpu (default ${DEFAULT-VALUE}).")
    String device;

    @Override
    public Integer call() throws Exception {
      spec.commandLine().getOut().println(new DcganBench(batch, width, upsample, threads, warmup,
          steps, device).run().describe());
      return 0;
    }
  }

  /** {@code ganlab bench vanilla}: times the small-MLP training step on ring8. */
  @Command(name = "vanilla", mixinStandardHelpOptions = true,
      description = {"Time the vanilla MLP training step (both phases, metrics logging included) on"
          + " ring8 after a warm-up and print the median ms/step and steps/s. A step this small is"
          + " bound by per-call overhead, not arithmetic.",
          "Run it several times and take the median when reporting figures."})
  static final class Vanilla implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--batch", defaultValue = "256", description = "Batch size (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--width", defaultValue = "128", description = "Hidden units (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--depth", defaultValue = "3", description = "Hidden layers (default ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--loss", defaultValue = "non-saturating",
        description = "loss.type (default ${DEFAULT-VALUE}).")
    String loss;

    @Option(names = "--threads", defaultValue = "1", description = "Intra-op threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--warmup", defaultValue = "200", description = "Untimed steps (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--steps", defaultValue = "1000", description = "Timed steps (default ${DEFAULT-VALUE}).")
    int steps;

    @Override
    public Integer call() throws Exception {
      spec.commandLine().getOut().println(new VanillaBench(batch, width, depth, loss, threads, warmup,
          steps).run().describe());
      return 0;
    }
  }

  /** {@code ganlab bench config}: times the training step of any run config. */
  @Command(name = "config", mixinStandardHelpOptions = true,
      description = {"Time the training step of a run config (e.g. an example) through the real"
          + " trainer after a warm-up, with checkpoints and metrics off, and print the median wall"
          + " and training-thread CPU ms/step. Sweeps that compare families at equal training time"
          + " set each family's steps from these figures (examples/families.yaml).",
          "Run it several times and take the median when reporting figures."})
  static final class Config implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "A run config file (not a sweep file).")
    Path config;

    @Option(names = {"-o", "--override"}, paramLabel = "KEY=VALUE",
        description = "Override a config value, e.g. -o model.width=16 (repeatable).")
    List<String> overrides = List.of();

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed steps (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--steps", defaultValue = "10", description = "Timed steps (default ${DEFAULT-VALUE}).")
    int steps;

    @Override
    public Integer call() throws Exception {
      spec.commandLine().getOut().println(
          new ConfigBench(config, overrides, warmup, steps).run().describe());
      return 0;
    }
  }

  /** {@code ganlab bench metrics}: times the feature-distribution metrics. */
  @Command(name = "metrics", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Time the feature-distribution metrics on seeded Gaussian features and print,"
          + " per measurement, the median, min and max wall time in ms and the value computed"
          + " (FID, KID mean, precision, coverage). Each measurement runs once untimed, then"
          + " --repeats times; building its inputs is not timed.",
          "Measurements: FID from statistics for each of --fid-dims (covariances of 2*d rows, real"
          + " N(0, I), fake N(0.1, 1.5^2 I)); KID, precision/recall (k=3) and density/coverage (k=5)"
          + " on --samples x --dim features (real N(0, I), fake N(0.1, 1.2^2 I))."})
  static final class Metrics implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "5",
        description = "Timed runs per measurement, after one untimed warm-up (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--fid-dims", defaultValue = "64,512,2048", split = ",", paramLabel = "D",
        description = "Feature dimensions of the FID runs (default ${DEFAULT-VALUE}).")
    List<Integer> fidDims;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000",
        description = "Rows of the real and of the fake features for KID, precision/recall and"
            + " density/coverage (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--dim", paramLabel = "D", defaultValue = "128",
        description = "Feature dimension for KID, precision/recall and density/coverage"
            + " (default ${DEFAULT-VALUE}).")
    int dim;

    @Option(names = "--kid-subsets", paramLabel = "S", defaultValue = "100",
        description = "KID subsets (default ${DEFAULT-VALUE}).")
    int kidSubsets;

    @Option(names = "--kid-subset-size", paramLabel = "N", defaultValue = "1000",
        description = "Rows per KID subset, capped at --samples (default ${DEFAULT-VALUE}).")
    int kidSubsetSize;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2",
        description = "libtorch intra-op threads, used by the FID linear algebra; KID and the"
            + " neighbourhood metrics run on the JVM's common fork-join pool (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
        description = "Seed of the features and the KID subsets (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--extract-images", paramLabel = "N", defaultValue = "10000",
        description = "Images per timed run of the shipped fashion-mnist-cnn evaluator's feature"
            + " extraction at batch 256, reported in images/s; 0 skips it (default ${DEFAULT-VALUE}).")
    int extractImages;

    @Override
    public Integer call() {
      spec.commandLine().getOut().println(new MetricsBench(fidDims, samples, dim, kidSubsets,
          kidSubsetSize, repeats, threads, seed, extractImages).run().describe());
      return 0;
    }
  }
}
