package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ganlab train} with the conditional variant and the metrics that need a conditional model. */
class ConditionalTrainCommandTest {

  @Test
  void variantsListsTheConditionalVariant() {
    java.io.StringWriter out = new java.io.StringWriter();
    picocli.CommandLine commandLine = new picocli.CommandLine(new GanlabCli());
    commandLine.setOut(new java.io.PrintWriter(out));

    assertThat(commandLine.execute("variants")).isEqualTo(0);
    assertThat(out.toString()).contains("conditional").contains("Miyato and Koyama 2018");
  }

  @Test
  void aConditionalRunWritesPerClassColumns(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("cgan.yaml");
    Files.writeString(config, "name: cli-cgan\ndata: {source: shapes}\n"
        + "model: {variant: conditional, width: 4, latent_dim: 8, discriminator: concat}\n"
        + "training: {steps: 4, batch_size: 8}\n"
        + "eval: {every: 4, samples: 200, grid_size: 20,"
        + " metrics: [conditional_accuracy, per_class_fid]}\nruntime: {threads: 1}\n");
    Path out = dir.resolve("runs");

    int code = GanlabCli.run("train", config.toString(), "--out", out.toString(), "--no-progress");

    assertThat(code).isEqualTo(0);
    Path run = onlyRun(out.resolve("cli-cgan"));
    assertThat(run.resolve("samples/step-000004.png")).exists();
    assertThat(Files.readAllLines(run.resolve("metrics.csv")).get(0))
        .endsWith(",conditional_accuracy,fid_class_0,fid_class_1,fid_class_2,fid_class_3,"
            + "fid_class_4,fid_class_5,fid_class_6,fid_class_7,fid_class_8,fid_class_9,fid_class_mean");
    JsonNode metrics = ConfigJson.json().readTree(run.resolve("final.json").toFile()).get("metrics");
    assertThat(metrics.get("conditional_accuracy").asDouble()).isBetween(0.0, 1.0);
    assertThat(metrics.get("fid_class_mean").asDouble()).isPositive();
  }

  @Test
  void metricsNeedingAConditionalModelAreRefusedForOtherVariants(@TempDir Path dir)
      throws Exception {
    for (String metric : List.of("conditional_accuracy", "per_class_fid")) {
      Path config = dir.resolve(metric + ".yaml");
      Files.writeString(config, "data: {source: shapes}\nmodel: {variant: dcgan}\n"
          + "eval: {metrics: [" + metric + "]}\n");
      Path out = dir.resolve("runs");

      assertThat(GanlabCli.run("train", config.toString(), "--out", out.toString())).isEqualTo(2);
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void unlabelledDataIsRefused(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("ring8.yaml");
    Files.writeString(config, "model: {variant: conditional, backbone: mlp}\n");
    Path out = dir.resolve("runs");

    assertThat(GanlabCli.run("train", config.toString(), "--out", out.toString())).isEqualTo(2);
    assertThat(out).doesNotExist();
  }

  private static Path onlyRun(Path name) throws Exception {
    try (Stream<Path> runs = Files.list(name)) {
      List<Path> all = runs.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }
}
