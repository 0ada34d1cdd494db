package org.ganlab.experiments.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.experiments.cli.GanlabCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose losses blow up stops, is recorded as diverged with its reason, and exits with 1. */
class DivergenceTest {

  @Test
  void explodingLearningRateIsRecordedAsDiverged(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("boom.yaml");
    Files.writeString(config, "name: boom\nmodel: {variant: vanilla, width: 16}\n"
        + "loss: {type: wasserstein}\n"
        + "training: {steps: 200, batch_size: 16, lr_d: 1.0e+30, lr_g: 1.0e+30, betas: [0.0, 0.9]}\n"
        + "eval: {every: 100, samples: 100}\nruntime: {threads: 1}\n");

    int code = GanlabCli.run("train", config.toString(), "--out", dir.toString(), "--no-progress");

    assertThat(code).isEqualTo(1);
    try (Stream<Path> runs = Files.list(dir.resolve("boom"))) {
      Path run = runs.findFirst().orElseThrow();
      JsonNode provenance = ConfigJson.json().readTree(run.resolve("provenance.json").toFile());
      assertThat(provenance.get("status").asText()).isEqualTo("diverged");
      assertThat(provenance.get("reason").asText()).contains("non-finite loss at step");
      assertThat(provenance.get("completed_steps").asLong()).isLessThan(200);
      JsonNode finals = ConfigJson.json().readTree(run.resolve("final.json").toFile());
      assertThat(finals.get("status").asText()).isEqualTo("diverged");
    }
  }
}
