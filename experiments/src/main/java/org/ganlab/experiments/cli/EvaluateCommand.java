package org.ganlab.experiments.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.core.train.CheckpointEvaluation;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.VariantRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganlab evaluate RUN_DIR}: measures a saved run's generator again, with any metrics. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {
        "Re-evaluate a trained run from a checkpoint: the same fixed latents as the evaluations during"
            + " training (so the run's own settings reproduce its final.json), the moving-average"
            + " generator when the run keeps one.",
        "Change what is measured with eval.* overrides, e.g. -o eval.metrics=[fid,kid,is]"
            + " -o eval.samples=5000 -o eval.bootstrap=200.",
        "Prints one JSON object and writes it to RUN_DIR/evaluations/step-NNNNNN.json.",
        "Exit codes: 0 done, 1 failed, 2 bad input."})
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory (holds config.yaml).")
  Path runDir;

  @Option(names = "--checkpoint", paramLabel = "FILE",
      description = "Checkpoint to evaluate (default: RUN_DIR/checkpoints/latest.ckpt).")
  Path checkpoint;

  @Option(names = {"-o", "--override"}, paramLabel = "KEY=VALUE",
      description = "Override an eval.* key of the run's config. Repeatable.")
  List<String> overrides = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    RunDirectory directory = new RunDirectory(runDir);
    Path file = checkpoint != null ? checkpoint : directory.latestCheckpoint();
    if (!Files.isRegularFile(directory.config())) {
      throw new IllegalArgumentException(runDir + " is not a run directory: no config.yaml");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("checkpoint " + file + " does not exist");
    }
    for (String override : overrides) {
      if (!override.startsWith("eval.")) {
        throw new IllegalArgumentException("evaluate only overrides eval.* keys, found " + override);
      }
    }
    VariantRegistry variants = VariantRegistry.load();
    ExperimentConfig trained = ConfigLoader.load(directory.config(), List.of(), variants);
    ExperimentConfig config = ConfigLoader.load(directory.config(), overrides, variants);
    GanVariant variant = variants.get(config.model().variant());
    DataSource data = variant.openData(config);
    CheckpointEvaluation.StepResult evaluated = new CheckpointEvaluation(config,
        ConfigWriter.sha256(trained), variant, data,
        MetricRegistry.load().resolve(config.eval(), data, variant.capabilities())).evaluate(file);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("schema_version", 1);
    report.put("run", runDir.toString());
    report.put("checkpoint", file.toString());
    report.put("checkpoint_sha256", AtomicFiles.sha256(Files.readAllBytes(file)));
    report.put("step", evaluated.step());
    report.put("eval", config.eval());
    report.put("metrics", evaluated.result().values());
    report.put("protocol", evaluated.result().protocols());
    byte[] json = ConfigJson.json().writeValueAsBytes(report);
    AtomicFiles.write(runDir.resolve("evaluations")
        .resolve(String.format("step-%06d.json", evaluated.step())), json);
    spec.commandLine().getOut().println(new String(json, java.nio.charset.StandardCharsets.UTF_8));
    return 0;
  }
}
