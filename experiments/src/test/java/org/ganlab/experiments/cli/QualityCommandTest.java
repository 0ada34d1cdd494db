package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.experiments.quality.Training;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ganlab quality} on a bars file of its own: rows checked against fabricated finished runs
 * (pass, fail, pending for a missing run or an unstated figure, fail for a diverged run or a missing
 * column), the exit code, the trainings it lists for the script, and a run really trained by
 * {@code ganlab train} found where the train command put it.
 */
class QualityCommandTest {
  private static final String EXAMPLE = """
      name: tiny-ring8
      seed: 1
      data: {source: ring8}
      model: {variant: vanilla, latent_dim: 2, width: 16, depth: 2}
      training: {steps: 20, batch_size: 64, checkpoint_every: 20}
      eval: {every: 20, samples: 200, metrics: [modes]}
      runtime: {threads: 1}
      """;
  private static final String HEADER = "row\texample\toverrides\tfigure\tcolumn\tstated\tstated_in\tbar\n";

  @TempDir Path dir;
  private Path bars;
  private Path out;

  @BeforeEach
  void writeExample() throws Exception {
    Files.writeString(dir.resolve("tiny-ring8.yaml"), EXAMPLE);
    bars = dir.resolve("bars.tsv");
    out = dir.resolve("runs");
  }

  @Test
  void rowsOfAFinishedRunPassFailOrWaitForAStatedFigureAndAMissingRunIsPending() throws Exception {
    Files.writeString(bars, HEADER
        + "modes\ttiny-ring8\t-\tmodes covered\tmodes_covered\t-\t-\t>= 6\n"
        + "hq\ttiny-ring8\t-\thigh-quality share\thq_fraction\t-\t-\t> 0.5\n"
        + "kl\ttiny-ring8\t-\tKL to the mixture\tkl\t0.08\tREADME.md\t<= 1.25 * stated\n"
        + "fid\ttiny-ring8\t-\tFID\tfid\t-\t-\t<= 1.25 * stated\n"
        + "l1\ttiny-ring8\t-\tL1\tl1\t-\t-\t<= 0.5 * l1_baseline\n"
        + "longer\ttiny-ring8\ttraining.steps=40\tmodes covered\tmodes_covered\t-\t-\t>= 6\n");
    fabricate(new Training("tiny-ring8", List.of()), "done",
        "{\"modes_covered\": 7, \"hq_fraction\": 0.4, \"kl\": 0.11, \"fid\": 12.25}");

    CliRun run = CliRun.of("quality", "--bars", bars.toString(), "--out", out.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(row(run, "modes")).containsExactly(
        "modes", "tiny-ring8", "modes covered", "-", ">= 6 (6)", "7", "pass");
    assertThat(row(run, "hq")).endsWith("> 0.5 (0.5)", "0.4", "fail");
    assertThat(row(run, "kl")).endsWith("0.08", "<= 1.25 * stated (0.1)", "0.11", "fail");
    assertThat(row(run, "fid")).endsWith("12.25", "pending: no stated figure yet");
    assertThat(row(run, "l1")).endsWith("-", "fail: no l1 measured");
    assertThat(row(run, "longer")).containsExactly("longer", "tiny-ring8 training.steps=40",
        "modes covered", "-", ">= 6", "-", "pending: run new");
  }

  @Test
  void everyRowPassingExitsZeroAndADivergedRunFails() throws Exception {
    Files.writeString(bars, HEADER
        + "modes\ttiny-ring8\t-\tmodes covered\tmodes_covered\t-\t-\t>= 6\n"
        + "diverging\ttiny-ring8\ttraining.lr_g=1\tmodes covered\tmodes_covered\t-\t-\t>= 6\n");
    fabricate(new Training("tiny-ring8", List.of()), "done", "{\"modes_covered\": 8}");
    fabricate(new Training("tiny-ring8", List.of("training.lr_g=1")), "diverged", "{}");

    CliRun passing = CliRun.of("quality", "--bars", bars.toString(), "--out", out.toString(),
        "--only", "modes");
    CliRun all = CliRun.of("quality", "--bars", bars.toString(), "--out", out.toString());

    assertThat(passing.code()).isEqualTo(0);
    assertThat(passing.out().lines().count()).isEqualTo(2);
    assertThat(all.code()).isEqualTo(1);
    assertThat(row(all, "diverging")).endsWith("fail: run diverged");
  }

  @Test
  void aRunTrainedByTheTrainCommandIsTheOneTheTableReads() throws Exception {
    Files.writeString(bars, HEADER
        + "modes\ttiny-ring8\ttraining.batch_size=32 eval.samples=100\tmodes covered\tmodes_covered\t-\t-\t>= 0\n");
    CliRun trainings = CliRun.of("quality", "--bars", bars.toString(), "--trainings");
    List<String> arguments = List.of(trainings.out().strip().split("\t"));

    int trained = GanlabCli.run(concat(arguments, "--out", out.toString(), "--resume", "--no-progress"));
    CliRun table = CliRun.of("quality", "--bars", bars.toString(), "--out", out.toString());

    assertThat(arguments).hasSize(5);
    assertThat(Path.of(arguments.get(0)).toAbsolutePath().normalize())
        .isEqualTo(dir.resolve("tiny-ring8.yaml").toAbsolutePath().normalize());
    assertThat(arguments.subList(1, 5))
        .containsExactly("-o", "training.batch_size=32", "-o", "eval.samples=100");
    assertThat(trained).isEqualTo(0);
    assertThat(table.code()).isEqualTo(0);
    Path runDirectory;
    try (var runs = Files.list(out.resolve("tiny-ring8"))) {
      runDirectory = runs.findFirst().orElseThrow();
    }
    JsonNode metrics = ConfigJson.json().readTree(runDirectory.resolve("final.json").toFile())
        .get("metrics");
    assertThat(Double.parseDouble(row(table, "modes").get(5)))
        .isEqualTo(metrics.get("modes_covered").asDouble());
    assertThat(row(table, "modes").get(6)).isEqualTo("pass");
  }

  @Test
  void anUnknownSelectionOrAMissingBarsFileIsBadInput() throws Exception {
    Files.writeString(bars, HEADER + "modes\ttiny-ring8\t-\tmodes covered\tmodes_covered\t-\t-\t>= 6\n");

    CliRun unknown = CliRun.of("quality", "--bars", bars.toString(), "--only", "ring8");
    CliRun missing = CliRun.of("quality", "--bars", dir.resolve("none.tsv").toString());

    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no quality row or example named ring8; known: tiny-ring8, modes");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read the quality bars file");
  }

  private void fabricate(Training training, String status, String metrics) throws Exception {
    RunDirectory run = training.runDirectory(dir, out, List.of());
    Files.createDirectories(run.root());
    Files.writeString(run.provenance(), "{\"status\": \"" + status + "\"}");
    Files.writeString(run.finalMetrics(), "{\"status\": \"" + status + "\", \"metrics\": " + metrics + "}");
  }

  private static List<String> row(CliRun run, String name) {
    return run.out().lines().filter(line -> line.startsWith(name + " "))
        .map(line -> Arrays.asList(line.split(" {2,}"))).findFirst().orElseThrow();
  }

  private static String[] concat(List<String> first, String... rest) {
    String[] all = new String[first.size() + rest.length + 1];
    all[0] = "train";
    for (int i = 0; i < first.size(); i++) {
      all[i + 1] = first.get(i);
    }
    System.arraycopy(rest, 0, all, first.size() + 1, rest.length);
    return all;
  }
}
