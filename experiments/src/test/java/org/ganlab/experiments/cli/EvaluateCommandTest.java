package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image metrics during training and {@code ganlab evaluate}: a tiny DCGAN on shapes measured with the
 * shipped evaluator (c2st included), then re-evaluated from its checkpoint.
 */
class EvaluateCommandTest {
  @TempDir static Path dir;
  private static Path run;

  @BeforeAll
  static void trainATinyRun() throws Exception {
    Path config = dir.resolve("tiny.yaml");
    Files.writeString(config, "name: eval-tiny\nmodel: {variant: dcgan, width: 4, latent_dim: 8}\n"
        + "data: {source: shapes}\ntraining: {steps: 4, batch_size: 4, ema: 0.9}\n"
        + "eval: {every: 4, samples: 64, grid_size: 4,"
        + " metrics: [fid, kid, precision_recall, density_coverage, is, class_coverage, c2st]}\n"
        + "runtime: {threads: 1}\n");
    assertThat(GanlabCli.run("train", config.toString(), "--out", dir.resolve("runs").toString(),
        "--no-progress")).isEqualTo(0);
    try (Stream<Path> runs = Files.list(dir.resolve("runs/eval-tiny"))) {
      run = runs.findFirst().orElseThrow();
    }
  }

  @Test
  void trainingRecordsEveryImageMetricWithItsProtocol() throws Exception {
    JsonNode finals = ConfigJson.json().readTree(run.resolve("final.json").toFile());
    JsonNode metrics = finals.get("metrics");
    for (String column : List.of("fid", "kid_mean", "kid_std", "precision", "recall", "density",
        "coverage", "is_mean", "is_std", "classes_covered", "kl_to_reference", "c2st")) {
      assertThat(metrics.get(column).isNumber()).as(column).isTrue();
    }
    assertThat(metrics.get("fid").asDouble()).isPositive();
    assertThat(metrics.get("is_mean").asDouble()).isBetween(1.0, 10.0);
    JsonNode fid = finals.get("protocol").get("fid");
    assertThat(fid.get("extractor").asText()).isEqualTo("shapes-cnn");
    assertThat(fid.get("extractor_sha256").asText()).hasSize(64);
    assertThat(fid.get("n_real").asInt()).isEqualTo(64);
    assertThat(fid.get("n_fake").asInt()).isEqualTo(64);
    assertThat(fid.get("generator").asText()).isEqualTo("ema");
    assertThat(finals.get("protocol").get("precision_recall").get("k").asInt()).isEqualTo(3);
    assertThat(metrics.get("c2st").asDouble()).isBetween(0.0, 1.0);
    JsonNode c2st = finals.get("protocol").get("c2st");
    assertThat(c2st.get("representation").asText()).isEqualTo("features");
    assertThat(c2st.get("extractor").asText()).isEqualTo("shapes-cnn");
    assertThat(c2st.get("k").asInt()).isEqualTo(5);
    assertThat(c2st.get("train_per_class").asInt()).isEqualTo(32);
    assertThat(c2st.get("test_per_class").asInt()).isEqualTo(32);
    assertThat(c2st.get("seed").isIntegralNumber()).isTrue();
    assertThat(Files.readAllLines(run.resolve("metrics.csv")).get(0)).endsWith(
        "fid,kid_mean,kid_std,precision,recall,density,coverage,is_mean,is_std,classes_covered,"
            + "kl_to_reference,c2st");
  }

  @Test
  void evaluateReproducesTheFinalMetricsFromTheCheckpoint() throws Exception {
    CliRun evaluated = CliRun.of("evaluate", run.toString());

    assertThat(evaluated.code()).as(evaluated.err()).isEqualTo(0);
    JsonNode printed = ConfigJson.json().readTree(evaluated.out());
    JsonNode finals = ConfigJson.json().readTree(run.resolve("final.json").toFile());
    assertThat(printed.get("step").asLong()).isEqualTo(4);
    assertThat(printed.get("metrics")).isEqualTo(finals.get("metrics"));
    assertThat(ConfigJson.json().readTree(run.resolve("evaluations/step-000004.json").toFile()))
        .isEqualTo(printed);
  }

  @Test
  void evaluateAddsBootstrapIntervalsWhenAsked() throws Exception {
    CliRun evaluated = CliRun.of("evaluate", run.toString(), "-o", "eval.metrics=[fid,is]",
        "-o", "eval.bootstrap=20");

    assertThat(evaluated.code()).as(evaluated.err()).isEqualTo(0);
    JsonNode metrics = ConfigJson.json().readTree(evaluated.out()).get("metrics");
    assertThat(metrics.get("fid_ci_low").asDouble()).isLessThan(metrics.get("fid_ci_high").asDouble());
    assertThat(metrics.get("is_mean_ci_low").asDouble())
        .isLessThanOrEqualTo(metrics.get("is_mean_ci_high").asDouble());
    assertThat(ConfigJson.json().readTree(evaluated.out()).get("protocol").get("fid")
        .get("bootstrap_resamples").asInt()).isEqualTo(20);
  }

  @Test
  void evaluateRefusesBadInputWithExitCodeTwo() {
    assertThat(CliRun.of("evaluate", run.toString(), "-o", "training.steps=5").code()).isEqualTo(2);
    assertThat(CliRun.of("evaluate", dir.resolve("nowhere").toString()).code()).isEqualTo(2);
    CliRun unknown = CliRun.of("evaluate", run.toString(), "-o", "eval.metrics=[fdi]");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown metric 'fdi'");
  }
}
