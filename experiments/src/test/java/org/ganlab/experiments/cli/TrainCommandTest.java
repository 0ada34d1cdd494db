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

class TrainCommandTest {

  private static Path onlyRun(Path out) throws Exception {
    try (Stream<Path> runs = Files.list(out.resolve("cli-ring8"))) {
      List<Path> all = runs.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  @Test
  void trainsARunAndWritesItsDirectory(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("ring8.yaml");
    Files.writeString(config, "name: cli-ring8\nmodel: {variant: vanilla, width: 16}\n"
        + "training: {steps: 20, batch_size: 32, checkpoint_every: 10}\n"
        + "eval: {every: 10, samples: 200}\nruntime: {threads: 1}\n");
    Path out = dir.resolve("runs");

    int code = GanlabCli.run("train", config.toString(), "--out", out.toString(), "--no-progress");

    assertThat(code).isEqualTo(0);
    Path run = onlyRun(out);
    assertThat(run.resolve("config.yaml")).exists();
    assertThat(run.resolve("samples/step-000010.png")).exists();
    assertThat(run.resolve("samples/step-000020.png")).exists();
    assertThat(run.resolve("checkpoints/latest.ckpt")).exists();
    assertThat(Files.readAllLines(run.resolve("metrics.csv")).get(0))
        .isEqualTo("step,d_real,d_fake,d_loss,g_loss,lr_g,lr_d,modes_covered,hq_fraction,"
            + "kl_to_uniform,jsd_to_uniform");
    JsonNode provenance = ConfigJson.json().readTree(run.resolve("provenance.json").toFile());
    assertThat(provenance.get("status").asText()).isEqualTo("done");
    assertThat(provenance.get("completed_steps").asLong()).isEqualTo(20);
    assertThat(provenance.get("config_sha256").asText()).hasSize(64);
    assertThat(provenance.get("threads").asInt()).isEqualTo(1);
    JsonNode finals = ConfigJson.json().readTree(run.resolve("final.json").toFile());
    assertThat(finals.get("metrics").get("modes_covered").asDouble()).isBetween(0.0, 8.0);

    int again = GanlabCli.run("train", config.toString(), "--out", out.toString(), "--no-progress");
    assertThat(again).isEqualTo(0);
    assertThat(onlyRun(out)).isEqualTo(run);
  }

  @Test
  void badConfigValueExitsWithTwoAndWritesNothing(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("bad.yaml");
    Files.writeString(config, "model: {variant: vanilla}\ntraining: {lr_d: -1.0}\n");
    Path out = dir.resolve("runs");

    int code = GanlabCli.run("train", config.toString(), "--out", out.toString());

    assertThat(code).isEqualTo(2);
    assertThat(out).doesNotExist();
  }

  @Test
  void unknownVariantExitsWithTwo(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("bad.yaml");
    Files.writeString(config, "model: {variant: dcgna}\n");

    assertThat(GanlabCli.run("train", config.toString(), "--out", dir.toString())).isEqualTo(2);
  }

  @Test
  void variantsListsVanillaAndDcgan() {
    java.io.StringWriter out = new java.io.StringWriter();
    picocli.CommandLine commandLine = new picocli.CommandLine(new GanlabCli());
    commandLine.setOut(new java.io.PrintWriter(out));

    assertThat(commandLine.execute("variants")).isEqualTo(0);
    assertThat(out.toString()).contains("vanilla").contains("dcgan");
  }
}
