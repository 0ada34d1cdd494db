package org.ganlab.experiments.cli;

import java.util.concurrent.Callable;
import org.ganlab.experiments.bench.DcganBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ganlab bench}: times the DCGAN training step. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Time the DCGAN training step (both phases) on 28x28 shapes after a warm-up and"
        + " print the median ms/step, steps/s and achieved GFLOP/s (FLOPs counted from layer shapes).",
        "Run it several times and take the median when reporting figures."})
final class BenchCommand implements Callable<Integer> {
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
    spec.commandLine().getOut().println(new DcganBench(batch, width, upsample, threads, warmup, steps,
        device).run().describe());
    return 0;
  }
}
