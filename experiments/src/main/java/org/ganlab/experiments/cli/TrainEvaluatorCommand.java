package org.ganlab.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.ganlab.metrics.extract.EvaluatorDataset;
import org.ganlab.metrics.extract.EvaluatorFiles;
import org.ganlab.metrics.extract.EvaluatorMetadata;
import org.ganlab.metrics.extract.EvaluatorRecipe;
import org.ganlab.metrics.extract.EvaluatorTraining;
import org.ganlab.metrics.extract.TrainedEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ganlab train-evaluator}: trains ganlab's evaluator CNN for a built-in dataset. */
@Command(name = "train-evaluator", mixinStandardHelpOptions = true,
    description = {"Train the evaluator CNN of a built-in dataset from a fixed seed and write"
        + " OUT/<name>.params (DJL parameters) and OUT/<name>.json (SHA-256, test accuracy,"
        + " held-out check, recipe, versions, this command line).",
        "The defaults reproduce the evaluators shipped in gan-metrics (same thread count, same build).",
        "Exit codes: 0 done, 1 failed, 2 bad input."})
final class TrainEvaluatorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "SOURCE",
      description = "shapes or fashion-mnist.")
  String data;

  @Option(names = "--seed", defaultValue = "1", description = "Training seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--steps",
      description = "Training steps (default: 1500 for shapes, 3000 for fashion-mnist).")
  Integer steps;

  @Option(names = "--batch-size", defaultValue = "64",
      description = "Images per step (default ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--lr", defaultValue = "0.002",
      description = "Peak Adam learning rate, cosine-decayed to 0 (default ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--threads", defaultValue = "1",
      description = "Intra-op threads; part of what the weights are, and the count tests run with"
          + " (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--n-test", defaultValue = "10000",
      description = "Test images (Fashion-MNIST has 10000) (default ${DEFAULT-VALUE}).")
  int testSamples;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "evaluators",
      description = "Output directory (default ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    EvaluatorDataset dataset = EvaluatorDataset.bySource(data);
    EvaluatorRecipe recipe = new EvaluatorRecipe(dataset, seed,
        steps == null ? dataset.defaultSteps() : steps, batchSize, learningRate, threads, testSamples);
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    TrainedEvaluator evaluator = EvaluatorTraining.run(recipe, commandLine(),
        (step, total, loss, accuracy, seconds) -> {
          err.printf(Locale.ROOT, "step %d/%d  loss %.4f  train accuracy %.4f  %.1f s%n",
              step, total, loss, accuracy, seconds);
          err.flush();
        });
    Path json = EvaluatorFiles.write(out, evaluator);
    EvaluatorMetadata m = evaluator.metadata();
    spec.commandLine().getOut().printf(Locale.ROOT,
        "%s: test accuracy %.4f on %d images, held-out check %.4f on %d, %d bytes of weights,"
            + " %.1f s; wrote %s%n", m.name(), m.testAccuracy(), m.nTest(),
        m.heldoutCheck().accuracy(), m.heldoutCheck().n(), evaluator.parameters().length,
        (System.nanoTime() - started) / 1e9, json);
    return 0;
  }

  private String commandLine() {
    return "ganlab " + spec.root().commandLine().getParseResult().originalArgs().stream()
        .map(arg -> arg.isEmpty() || arg.matches(".*[\\s'\"].*") ? "'" + arg + "'" : arg)
        .collect(Collectors.joining(" "));
  }
}
