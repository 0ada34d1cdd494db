package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two LAPGAN examples, shrunk to a few steps of tiny networks, train through the CLI: each level's
 * loss columns, the sample grid and the chain figure, the examples' metrics (conditional accuracy for
 * the class-conditional one); the conditional run reproduces identically through {@code ganlab
 * reproduce}; metrics that need a conditional model are refused for an unconditional LAPGAN.
 */
class LapganExamplesTest {
  private static final String LEVEL_COLUMNS = "step,"
      + "d_real_l0,d_fake_l0,d_loss_l0,g_loss_l0,d_real_l1,d_fake_l1,d_loss_l1,g_loss_l1,"
      + "d_real_l2,d_fake_l2,d_loss_l2,g_loss_l2,lr_g,lr_d,";

  @Test
  void variantsListsLapgan() {
    CliRun run = CliRun.of("variants");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).contains("lapgan").contains("Denton et al. 2015");
  }

  @Test
  void theShrunkFashionMnistExampleTrainsEveryLevelAndMeasures(@TempDir Path out) throws Exception {
    Path run = trainShrunk("lapgan-fashion-mnist", out, "eval.samples=100");

    assertThat(Files.readAllLines(run.resolve("metrics.csv")).get(0)).startsWith(LEVEL_COLUMNS);
    assertThat(run.resolve("samples/step-000004.png")).exists();
    assertThat(run.resolve("samples/step-000004-chain.png")).exists();
    JsonNode metrics = finalMetrics(run);
    assertThat(metrics.get("fid").asDouble()).isPositive();
    assertThat(metrics.get("kid_mean").isNumber()).isTrue();
  }

  @Test
  void theShrunkConditionalShapesExampleReportsConditionalAccuracyAndReproduces(@TempDir Path out)
      throws Exception {
    Path run = trainShrunk("lapgan-shapes", out, "eval.samples=200", "training.checkpoint_every=2");

    assertThat(Files.readAllLines(run.resolve("metrics.csv")).get(0))
        .startsWith(LEVEL_COLUMNS + "fid,conditional_accuracy,");
    assertThat(finalMetrics(run).get("conditional_accuracy").asDouble()).isBetween(0.0, 1.0);
    assertThat(run.resolve("samples/step-000004-chain.png")).exists();

    CliRun reproduced = CliRun.of("reproduce", run.toString(), "--work",
        out.resolve("work").toString(), "--no-progress");

    assertThat(reproduced.code()).as(reproduced.out() + reproduced.err()).isEqualTo(0);
    assertThat(reproduced.out()).startsWith("identical");
  }

  @Test
  void conditionalMetricsAreRefusedForAnUnconditionalLapgan(@TempDir Path out) {
    Path config = Path.of("..", "examples", "lapgan-shapes.yaml");

    CliRun run = CliRun.of("train", config.toString(), "--out", out.toString(), "--no-progress",
        "-o", "model.conditional=false");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("eval.metrics").contains("conditional_accuracy")
        .contains("model.conditional: true");
    assertThat(out.resolve("lapgan-shapes")).doesNotExist();
  }

  private static Path trainShrunk(String example, Path out, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("train",
        Path.of("..", "examples", example + ".yaml").toString(), "--out", out.toString(),
        "--no-progress"));
    List<String> overrides = new ArrayList<>(List.of("model.width=4",
        "model.latent_dim=8", "training.steps=4", "training.batch_size=4", "eval.every=4",
        "eval.grid_size=20", "runtime.threads=1"));
    overrides.addAll(List.of(more));
    overrides.forEach(override -> args.addAll(List.of("-o", override)));

    assertThat(GanlabCli.run(args.toArray(String[]::new))).isEqualTo(0);
    try (Stream<Path> runs = Files.list(out.resolve(example))) {
      List<Path> all = runs.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  private static JsonNode finalMetrics(Path run) throws Exception {
    return ConfigJson.json().readTree(run.resolve("final.json").toFile()).get("metrics");
  }
}
